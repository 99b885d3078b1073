package org.jianding.app.questions.interchange;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionBatches;
import org.jianding.app.questions.QuestionImages;
import org.jianding.app.questions.QuestionQuery;
import org.jianding.app.questions.StoredImage;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.interchange.DocxWriter;
import org.jianding.bank.interchange.ExportSource;
import org.jianding.bank.interchange.MoodleXmlWriter;
import org.jianding.bank.interchange.Qti3Writer;
import org.jianding.bank.item.Question;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a selection (ids) or a search of the bank as Moodle XML, a QTI 3.0 package or a Word question book, with
 * the images the questions show. Case analyses have no counterpart in these formats and are left out. Callers check
 * who may call.
 */
@Service
public class InterchangeExport {

    /** The most questions one export holds. */
    public static final int MAX_QUESTIONS = 20_000;

    /** The formats, by the name used in URLs. */
    public enum Format {
        MOODLE("试题导出-moodle.xml", "application/xml"),
        QTI("试题导出-qti3.zip", "application/zip"),
        DOCX("试题导出.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String fileName;
        private final String mediaType;

        Format(String fileName, String mediaType) {
            this.fileName = fileName;
            this.mediaType = mediaType;
        }

        public String fileName() {
            return fileName;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Format of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DomainException.notFound("interchange.export.unknown", name);
            }
        }
    }

    private final QuestionBank bank;
    private final QuestionBatches batches;
    private final QuestionImages images;
    private final KnowledgeTree knowledge;

    InterchangeExport(QuestionBank bank, QuestionBatches batches, QuestionImages images, KnowledgeTree knowledge) {
        this.bank = bank;
        this.batches = batches;
        this.images = images;
        this.knowledge = knowledge;
    }

    /** The questions with these ids, or when none are given those matching the search. */
    @Transactional(readOnly = true)
    public byte[] export(Format format, List<Long> ids, QuestionQuery filters) {
        List<Long> chosen = ids == null || ids.isEmpty()
                ? bank.matchingIds(filters, MAX_QUESTIONS)
                : ids.stream().distinct().limit(MAX_QUESTIONS).toList();
        List<Question> questions = batches.contents(chosen);
        ExportSource source = new ExportSource(paths(), this::image, InterchangeExport::xhtml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case MOODLE -> MoodleXmlWriter.write(questions, source, out);
            case QTI -> Qti3Writer.write(questions, source, out);
            case DOCX -> DocxWriter.write(questions, source, out);
        }
        return out.toByteArray();
    }

    private java.util.function.Function<String, List<String>> paths() {
        Map<Long, KnowledgeNode> byId = new HashMap<>();
        Map<String, KnowledgeNode> byCode = new HashMap<>();
        for (KnowledgeNode node : knowledge.nodes()) {
            byId.put(node.id(), node);
            byCode.put(node.code(), node);
        }
        return code -> {
            List<String> names = new ArrayList<>();
            for (KnowledgeNode n = byCode.get(code);
                    n != null && names.size() < 64;
                    n = n.parentId() == null ? null : byId.get(n.parentId())) {
                names.add(0, n.name());
            }
            return names;
        };
    }

    private byte[] image(String src) {
        String prefix = "/bank/images/";
        if (src == null || !src.startsWith(prefix)) {
            return null;
        }
        return images.find(src.substring(prefix.length()))
                .map(StoredImage::bytes)
                .orElse(null);
    }

    /** The bank's (sanitised) HTML as well-formed XHTML for QTI. */
    static String xhtml(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return doc.body().html();
    }
}

package org.jianding.app.questions.interchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.QuestionBatches;
import org.jianding.app.questions.QuestionImages;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.interchange.ImportDefaults;
import org.jianding.bank.interchange.Interchange;
import org.jianding.bank.interchange.InterchangeException;
import org.jianding.bank.interchange.InterchangeLimits;
import org.jianding.bank.interchange.InterchangeRead;
import org.jianding.bank.interchange.ItemConversion;
import org.jianding.bank.interchange.ItemConversion.Converted;
import org.jianding.bank.sheet.CsvText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports question files of other systems. A file is recognised by its content; an Excel workbook (or an old .xls,
 * or anything else that is no question file of ours) is left to the Excel importer. Every question is converted
 * and checked before anything is written; then either nothing is imported (each problem names its question) or
 * every question is saved as a draft, with its images, in one transaction, audited. Types the bank lacks are
 * listed as skipped and do not stop the rest. Callers check who may call.
 */
@Service
public class ForeignImport {

    /** The knowledge node questions go to when their category names none and the uploader chose no default. */
    public static final String UNSORTED_NAME = "待分类";

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final QuestionBatches batches;
    private final QuestionImages images;
    private final KnowledgeTree knowledge;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    ForeignImport(
            QuestionBatches batches,
            QuestionImages images,
            KnowledgeTree knowledge,
            AuditLog audit,
            TransactionTemplate transactions) {
        this.batches = batches;
        this.images = images;
        this.knowledge = knowledge;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * Whether the bytes are a question file this importer reads (false for a workbook, an .xls or an empty file,
     * which the Excel importer answers). A hostile package is refused here already.
     */
    public boolean handles(byte[] bytes) {
        // a CSV file goes through the spreadsheet's mapping step (a line with commas is no Aiken or GIFT question)
        if (bytes.length == 0 || startsWith(bytes, OLE2) || Interchange.isSpreadsheet(bytes) || CsvText.isCsv(bytes)) {
            return false;
        }
        try {
            if (Interchange.recognise(bytes, InterchangeLimits.DEFAULT).isPresent()) {
                return true;
            }
        } catch (InterchangeException e) {
            throw refusal(e);
        }
        return false;
    }

    /**
     * Reads, converts, checks and (unless {@code dryRun} or any question is bad) imports a file {@link #handles}
     * accepted. {@code defaultKnowledge} (a code or name, may be blank) is where questions go whose category names
     * no knowledge point; blank means the 待分类 node if there is one.
     */
    public ForeignImportResult importFrom(
            byte[] bytes, String fileName, boolean dryRun, String defaultKnowledge, long authorId) {
        InterchangeRead read;
        try {
            read = Interchange.read(bytes, InterchangeLimits.DEFAULT);
        } catch (InterchangeException e) {
            throw refusal(e);
        }
        KnowledgeMatch match = new KnowledgeMatch(knowledge.nodes());
        String fallback = fallback(match, defaultKnowledge);
        ImportDefaults defaults = ImportDefaults.standard(match::byText, match::byPath, fallback);
        Converted converted = ItemConversion.convert(read.items(), defaults, ForeignImport::imageUrl);
        var problems = new java.util.ArrayList<>(read.problems());
        problems.addAll(converted.problems());
        if (!problems.isEmpty()) {
            return new ForeignImportResult.Rejected(read.format(), problems, read.skipped());
        }
        if (converted.questions().isEmpty()) {
            throw DomainException.badRequest("interchange.empty", read.skipped().size());
        }
        if (dryRun) {
            return new ForeignImportResult.Checked(
                    read.format(), converted.questions().size(), read.skipped(), converted.assumptions());
        }
        List<Long> ids = transactions.execute(s -> save(converted, authorId, fileName, read));
        return new ForeignImportResult.Imported(read.format(), ids, read.skipped(), converted.assumptions());
    }

    private List<Long> save(Converted converted, long authorId, String fileName, InterchangeRead read) {
        String unclassified = org.jianding.app.questions.excel.ImportDefaults.UNCLASSIFIED;
        if (converted.questions().stream().anyMatch(q -> unclassified.equals(q.knowledgePoint()))
                && knowledge.byCode(unclassified).isEmpty()) {
            knowledge.add(unclassified, org.jianding.app.questions.excel.ImportDefaults.UNCLASSIFIED_NAME, null);
        }
        for (Map.Entry<String, byte[]> image : converted.images().entrySet()) {
            String stored = images.store(image.getValue(), authorId);
            if (!stored.equals(image.getKey())) {
                throw new IllegalStateException("image stored as " + stored + ", expected " + image.getKey());
            }
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        List<Long> ids = batches.createDrafts(
                converted.questions(), authorId, abbreviate(read.format().displayName() + " 导入：" + name, 500));
        audit.record(
                "questions.imported",
                "question",
                null,
                abbreviate(
                        ids.size() + " drafts from " + read.format().displayName() + " " + name + ": ids " + ids.get(0)
                                + ".." + ids.get(ids.size() - 1) + ", "
                                + read.skipped().size() + " skipped",
                        2000));
        return ids;
    }

    private static String fallback(KnowledgeMatch match, String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            String code = match.byText(chosen);
            if (code == null) {
                throw DomainException.badRequest("interchange.knowledge.unknown", chosen.strip());
            }
            return code;
        }
        String unsorted = match.byText(UNSORTED_NAME);
        // as the spreadsheet import does: a visible 待分类 node, created with the import when it does not exist yet
        return unsorted != null ? unsorted : org.jianding.app.questions.excel.ImportDefaults.UNCLASSIFIED;
    }

    /** Where an image will be stored: the bank's path of its SHA-256, as {@link QuestionImages#store} returns. */
    static String imageUrl(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > QuestionImages.MAX_BYTES || !isImage(bytes)) {
            return null;
        }
        try {
            return "/bank/images/"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static boolean isImage(byte[] b) {
        return startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                || startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(b, new byte[] {'G', 'I', 'F', '8'});
    }

    private static DomainException refusal(InterchangeException e) {
        return DomainException.badRequest(
                "interchange.file." + e.reason().name(), e.detail() == null ? "" : e.detail());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

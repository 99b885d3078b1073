package org.jianding.app.questions.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionBatches;
import org.jianding.app.questions.QuestionQuery;
import org.jianding.app.questions.excel.QuestionImportResult.Timings;
import org.jianding.app.shared.ConflictRetry;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.item.Question;
import org.jianding.bank.sheet.SheetReport;
import org.jianding.bank.sheet.UnreadableWorkbookException;
import org.jianding.bank.sheet.XlsxUpload;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Questions in and out of Excel. An upload (.xlsx, or a CSV file: UTF-8 with or without BOM or GBK, comma or tab
 * separated, recognised by content) is read defensively ({@link XlsxUpload}), every row of every question
 * sheet is checked before anything is written, and then either nothing is imported (every problem comes back by
 * sheet, row and column, with a marked copy of the file) or all questions are saved as drafts by the importing
 * author in one transaction, each audited, plus one summary line. A dry run stops after the checks. Exports write
 * the same workbook as the template, so an export imports back as the same questions. Callers check who may call.
 */
@Service
public class QuestionImport {

    private final QuestionBatches batches;
    private final QuestionBank bank;
    private final KnowledgeTree knowledge;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final ImportMappings mappings;
    private final ConflictRetry retry;

    QuestionImport(
            QuestionBatches batches,
            QuestionBank bank,
            KnowledgeTree knowledge,
            AuditLog audit,
            MessageSource messages,
            TransactionTemplate transactions,
            ImportMappings mappings,
            ConflictRetry retry) {
        this.retry = retry;
        this.batches = batches;
        this.bank = bank;
        this.knowledge = knowledge;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
        this.mappings = mappings;
    }

    /**
     * The mapping step: what each column of each sheet of an upload is recognised as, with the columns the user's
     * organisation unit saved before. A file that cannot be read is
     * refused as by {@link #importFrom}.
     */
    public WorkbookMapping mapping(InputStream upload, long userId, Locale locale) {
        ImportWords words = new ImportWords(messages, locale);
        try (XlsxUpload workbook = XlsxUpload.readAllowingCsv(upload, QuestionSheet.LIMITS, words)) {
            return mappings.recognise(workbook, new KnowledgeLookup(knowledge.nodes()), userId);
        } catch (UnreadableWorkbookException e) {
            throw DomainException.badRequest("questionImport.file." + e.reason(), e.detail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template: instructions, the 试题 sheet with drop-downs and one example per type. */
    public byte[] template() {
        List<KnowledgeNode> nodes = knowledge.nodes();
        List<String> leaves = KnowledgeLookup.choices(nodes);
        String leaf = leaves.isEmpty() ? "G1" : leaves.get(0).split(" ")[0];
        return workbook(nodes, TemplateExamples.all(leaf));
    }

    /** The questions matching the search filters (at most {@link QuestionSheet#MAX_ROWS}), as the template. */
    public byte[] export(QuestionQuery filters) {
        List<Long> ids = bank.matchingIds(filters, QuestionSheet.MAX_ROWS);
        return workbook(knowledge.nodes(), batches.contents(ids));
    }

    /**
     * Reads, checks and (unless {@code dryRun} or any row is bad) imports an upload. A file that cannot be read at
     * all is refused with a {@link DomainException} whose code names the reason ({@code questionImport.file.*}).
     */
    public QuestionImportResult importFrom(
            InputStream upload, String fileName, boolean dryRun, long authorId, Locale locale) {
        return importFrom(upload, fileName, dryRun, authorId, locale, ImportChoices.NONE);
    }

    /**
     * Like {@link #importFrom(InputStream, String, boolean, long, Locale)}, reading the columns as the author chose
     * them in the mapping step, with their defaults for what the file lacks; every default used is an assumption of
     * the result. A successful import remembers the columns when asked to.
     */
    public QuestionImportResult importFrom(
            InputStream upload, String fileName, boolean dryRun, long authorId, Locale locale, ImportChoices choices) {
        ImportWords words = new ImportWords(messages, locale);
        long start = System.nanoTime();
        try (XlsxUpload workbook = XlsxUpload.readAllowingCsv(upload, QuestionSheet.LIMITS, words)) {
            long parsed = System.nanoTime();
            KnowledgeLookup lookup = new KnowledgeLookup(knowledge.nodes());
            WorkbookMapping mapping =
                    mappings.recognise(workbook, lookup, authorId).choose(choices.columns());
            var reader = new SheetQuestions(words, lookup, choices.defaults());
            List<SheetQuestions.Parsed> rows = QuestionWorkbook.read(workbook, mapping, reader, words);
            List<ImportAssumption> assumptions = reader.assumptions();
            SheetReport report = workbook.report();
            if (rows.isEmpty() && !report.hasProblems()) {
                throw DomainException.badRequest("questionImport.empty");
            }
            List<Question> questions =
                    rows.stream().map(SheetQuestions.Parsed::question).toList();
            var warnings = new DuplicateWarnings(batches, words).of(rows);
            if (report.hasProblems()) {
                ByteArrayOutputStream copy = new ByteArrayOutputStream();
                report.writeHighlightedCopy(copy);
                return new QuestionImportResult.Rejected(
                        report.problems(),
                        report.rowsWithProblems(),
                        copy.toByteArray(),
                        warnings,
                        timings(start, parsed),
                        assumptions);
            }
            if (dryRun) {
                return new QuestionImportResult.Checked(questions, warnings, timings(start, parsed), assumptions);
            }
            long validated = System.nanoTime();
            // one transaction, run again after a conflict (the parsed questions are in memory; not after a broken
            // connection, which may have committed the import)
            List<Long> ids = retry.run(
                    "QuestionImport.save",
                    false,
                    () -> transactions.execute(s -> {
                        unclassifiedNode(questions);
                        if (choices.remember()) {
                            mappings.remember(mapping, authorId);
                        }
                        return save(questions, authorId, fileName);
                    }));
            return new QuestionImportResult.Imported(
                    ids,
                    warnings,
                    new Timings(millis(start, parsed), millis(parsed, validated), millis(validated, System.nanoTime())),
                    assumptions);
        } catch (UnreadableWorkbookException e) {
            throw DomainException.badRequest("questionImport.file." + e.reason(), e.detail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the visible 待分类 node when questions land there and it does not exist yet. */
    private void unclassifiedNode(List<Question> questions) {
        boolean needed = questions.stream().anyMatch(q -> ImportDefaults.UNCLASSIFIED.equals(q.knowledgePoint()));
        if (needed && knowledge.byCode(ImportDefaults.UNCLASSIFIED).isEmpty()) {
            knowledge.add(ImportDefaults.UNCLASSIFIED, ImportDefaults.UNCLASSIFIED_NAME, null);
        }
    }

    private List<Long> save(List<Question> questions, long authorId, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName;
        List<Long> ids = batches.createDrafts(questions, authorId, abbreviate("Excel 导入：" + name, 500));
        audit.record(
                "questions.imported",
                "question",
                null,
                abbreviate(
                        ids.size() + " drafts from " + name + ": ids " + ids.get(0) + ".." + ids.get(ids.size() - 1),
                        2000));
        return ids;
    }

    private static byte[] workbook(List<KnowledgeNode> nodes, List<Question> questions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuestionTemplate.write(nodes, questions, out);
        return out.toByteArray();
    }

    private static Timings timings(long start, long parsed) {
        return new Timings(millis(start, parsed), millis(parsed, System.nanoTime()), 0);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package org.jianding.app.questions.excel;

import java.util.List;
import org.jianding.bank.item.Question;
import org.jianding.bank.sheet.CellProblem;

/** What an upload came to: imported, checked only (dry run), or refused with every problem. */
public sealed interface QuestionImportResult {

    /** Near-duplicate warnings; they never block an import. */
    List<ImportWarning> warnings();

    /** How long each step took, in milliseconds. */
    Timings timings();

    /** What was assumed for rows because the file did not say it (defaults, partial names), in file order. */
    List<ImportAssumption> assumptions();

    /** Every question was saved as a draft by the importing author; {@code ids} in file order. */
    record Imported(List<Long> ids, List<ImportWarning> warnings, Timings timings, List<ImportAssumption> assumptions)
            implements QuestionImportResult {}

    /** Every question is valid; nothing was saved (dry run). The questions are as they would be saved. */
    record Checked(
            List<Question> questions, List<ImportWarning> warnings, Timings timings, List<ImportAssumption> assumptions)
            implements QuestionImportResult {}

    /**
     * Nothing was imported. {@code highlightedCopy} is the upload with each bad cell marked red and commented, made for
     * this response and not kept.
     */
    record Rejected(
            List<CellProblem> problems,
            long rowsWithProblems,
            byte[] highlightedCopy,
            List<ImportWarning> warnings,
            Timings timings,
            List<ImportAssumption> assumptions)
            implements QuestionImportResult {}

    /** A question that reads almost like another in the file or in the bank, placed at its row. */
    record ImportWarning(String sheet, int row, String message) {}

    /** Milliseconds spent opening the workbook, checking every row, and saving. */
    record Timings(long parseMillis, long validateMillis, long saveMillis) {

        public long totalMillis() {
            return parseMillis + validateMillis + saveMillis;
        }
    }
}

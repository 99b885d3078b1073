package org.jianding.app.questions.excel;

import java.util.List;
import org.jianding.app.questions.BatchNearDuplicate;
import org.jianding.app.questions.QuestionBatches;
import org.jianding.app.questions.excel.QuestionImportResult.ImportWarning;

/** Near-duplicate warnings for the questions of an upload, placed at their rows: against the file and the bank. */
final class DuplicateWarnings {

    private final QuestionBatches batches;
    private final ImportWords words;

    DuplicateWarnings(QuestionBatches batches, ImportWords words) {
        this.batches = batches;
        this.words = words;
    }

    List<ImportWarning> of(List<SheetQuestions.Parsed> rows) {
        List<BatchNearDuplicate> found = batches.nearDuplicates(
                rows.stream().map(SheetQuestions.Parsed::question).toList());
        return found.stream().map(d -> warning(rows, d)).toList();
    }

    private ImportWarning warning(List<SheetQuestions.Parsed> rows, BatchNearDuplicate d) {
        SheetQuestions.Parsed at = rows.get(d.index());
        long percent = Math.round(d.similarity() * 100);
        String message;
        if (d.earlierIndex() != null) {
            SheetQuestions.Parsed earlier = rows.get(d.earlierIndex());
            message = words.text("duplicate.inFile", earlier.sheet(), earlier.row(), percent);
        } else {
            message = words.text("duplicate.inBank", String.valueOf(d.questionId()), percent, shorten(d.otherStem()));
        }
        return new ImportWarning(at.sheet(), at.row(), message);
    }

    private static String shorten(String stem) {
        return stem.length() <= 40 ? stem : stem.substring(0, 40) + "…";
    }
}

package org.jianding.app.questions.interchange;

import java.util.List;
import java.util.Locale;
import org.jianding.bank.interchange.ItemConversion.Assumption;
import org.jianding.bank.interchange.SkippedItem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The JSON answers to a question file of another system: 201 with the new draft ids, 200 for a dry run, or 400 with
 * a problem detail listing every problem by question. Skipped questions and the assumptions made come with each.
 */
public final class ForeignImportResponses {

    record ImportedDto(
            String format, int imported, List<Long> ids, List<SkippedItem> skipped, List<Assumption> assumptions) {}

    record CheckedDto(
            String format, int valid, boolean dryRun, List<SkippedItem> skipped, List<Assumption> assumptions) {}

    record ProblemDto(String question, String message) {}

    private ForeignImportResponses() {}

    public static ResponseEntity<?> of(ForeignImportResult result, MessageSource messages, Locale locale) {
        String format = result.format().displayName();
        if (result instanceof ForeignImportResult.Imported imported) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new ImportedDto(
                            format, imported.ids().size(), imported.ids(), imported.skipped(), imported.assumptions()));
        }
        if (result instanceof ForeignImportResult.Checked checked) {
            return ResponseEntity.ok(
                    new CheckedDto(format, checked.valid(), true, checked.skipped(), checked.assumptions()));
        }
        var rejected = (ForeignImportResult.Rejected) result;
        long questions = rejected.questionsWithProblems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        "interchange.rejected",
                        new Object[] {format, questions, rejected.problems().size()},
                        locale));
        problem.setTitle(messages.getMessage("questionImport.rejected.title", null, locale));
        problem.setProperty("code", "interchange.rejected");
        problem.setProperty(
                "problems",
                rejected.problems().stream()
                        .map(p -> new ProblemDto(p.ref(), p.message()))
                        .toList());
        problem.setProperty("skipped", rejected.skipped());
        return ResponseEntity.badRequest().body(problem);
    }
}

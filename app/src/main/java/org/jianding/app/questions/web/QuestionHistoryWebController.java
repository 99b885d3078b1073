package org.jianding.app.questions.web;

import java.util.List;
import java.util.Optional;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionVersion;
import org.jianding.app.questions.VersionDiff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A question's versions (修订记录) and the line diff between any two of them; by default the current version
 * against the one before.
 */
@Controller
class QuestionHistoryWebController {

    private final QuestionBank bank;

    QuestionHistoryWebController(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping("/bank/questions/{id}/history")
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    String history(
            @PathVariable long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Model model) {
        List<QuestionVersion> versions = bank.versions(id); // newest first
        int newest = versions.get(0).versionNo();
        int toNo = to == null ? newest : to;
        int fromNo = from == null ? Math.max(1, toNo - 1) : from;
        Optional<QuestionVersion> older = find(versions, fromNo);
        Optional<QuestionVersion> newer = find(versions, toNo);
        model.addAttribute("q", bank.get(id));
        model.addAttribute("versions", versions);
        model.addAttribute("from", fromNo);
        model.addAttribute("to", toNo);
        if (older.isPresent() && newer.isPresent()) {
            model.addAttribute("diff", VersionDiff.of(older.get(), newer.get()));
        }
        return "bank/questions/history";
    }

    private static Optional<QuestionVersion> find(List<QuestionVersion> versions, int number) {
        return versions.stream().filter(v -> v.versionNo() == number).findFirst();
    }
}

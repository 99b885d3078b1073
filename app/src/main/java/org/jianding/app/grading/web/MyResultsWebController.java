package org.jianding.app.grading.web;

import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.grading.CandidateResults;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的成绩: a candidate's own released results, never anyone else's (the id comes from the login). */
@Controller
@PreAuthorize("hasRole('CANDIDATE')")
class MyResultsWebController {

    private final CandidateResults results;
    private final CurrentUser currentUser;

    MyResultsWebController(CandidateResults results, CurrentUser currentUser) {
        this.results = results;
        this.currentUser = currentUser;
    }

    @GetMapping("/my/results")
    @PreAuthorize("hasRole('CANDIDATE')")
    String mine(Model model, java.util.Locale locale) {
        model.addAttribute("results", results.mine(currentUser.get().id(), locale));
        return "results/mine";
    }
}

package org.jianding.app.grading.web;

import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.grading.GradingTasks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The grader's pages (阅卷): the questions assigned to them, and the marking page of one question, a frame that
 * grading.js fills from the API one anonymous answer at a time.
 */
@Controller
@PreAuthorize("hasRole('GRADER')")
class GraderWebController {

    private final GradingTasks tasks;
    private final CurrentUser currentUser;

    GraderWebController(GradingTasks tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    @GetMapping("/grading")
    @PreAuthorize("hasRole('GRADER')")
    String list(@RequestParam(required = false) Long session, Model model) {
        model.addAttribute(
                "queues",
                tasks.queues(currentUser.get().id()).stream()
                        .filter(q -> session == null || q.sessionId() == session)
                        .toList());
        model.addAttribute("session", session);
        return "grading/list";
    }

    @GetMapping("/grading/sessions/{sessionId}/questions/{questionId}")
    @PreAuthorize("hasRole('GRADER')")
    String queue(@PathVariable long sessionId, @PathVariable long questionId, Model model) {
        model.addAttribute(
                "key", tasks.key(sessionId, questionId, currentUser.get().id()));
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("questionId", questionId);
        return "grading/queue";
    }
}

package org.jianding.app.exams.web;

import org.jianding.app.exams.ExamSessions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The proctor's live page (监考) of one session. The page is a frame: proctor.js fills the table from
 * {@code /api/exam-sessions/{id}/live} and refreshes it every 10 seconds.
 */
@Controller
@PreAuthorize("hasRole('EXAM_ADMIN')")
class ProctorWebController {

    private final ExamSessions sessions;

    ProctorWebController(ExamSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/exams/{sessionId}/proctor")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String proctor(@PathVariable long sessionId, Model model) {
        model.addAttribute("examSession", sessions.get(sessionId));
        return "exams/proctor";
    }
}

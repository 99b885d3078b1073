package org.jianding.app.statistics;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 场次统计分析: a session's test and item statistics with the distractor analysis, linked from the session's results
 * page, for the same people (certification officers and exam administrators). Rounded on this page only; the API
 * {@code /api/statistics/sessions/{id}} has the exact values.
 */
@Controller
@RequestMapping("/statistics/sessions/{sessionId}")
@PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
class SessionStatisticsWebController {

    private final SessionStatistics sessionStatistics;

    SessionStatisticsWebController(SessionStatistics sessionStatistics) {
        this.sessionStatistics = sessionStatistics;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    String page(@PathVariable long sessionId, Model model) {
        SessionStatistics.Analysed analysed = sessionStatistics.of(sessionId);
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("title", analysed.title());
        model.addAttribute("unmarked", analysed.unmarked());
        model.addAttribute("stats", analysed.statistics());
        // the template reads plain lists: SpEL cannot call methods of this package's non-public records
        model.addAttribute(
                "labels",
                analysed.questions().stream()
                        .map(SessionStatistics.Question::label)
                        .toList());
        model.addAttribute(
                "questionIds",
                analysed.questions().stream()
                        .map(SessionStatistics.Question::questionId)
                        .toList());
        model.addAttribute("maxTotal", analysed.maxTotal());
        model.addAttribute(
                "distribution", ScoreDistribution.of(analysed.statistics().totals(), analysed.maxTotal()));
        return "statistics/session";
    }
}

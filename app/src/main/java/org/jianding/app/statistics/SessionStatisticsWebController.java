package org.jianding.app.statistics;

import java.util.Locale;
import org.jianding.app.shared.XlsxDownloads;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
    private final MessageSource messages;

    SessionStatisticsWebController(SessionStatistics sessionStatistics, MessageSource messages) {
        this.sessionStatistics = sessionStatistics;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    String page(@PathVariable long sessionId, Model model) {
        SessionStatistics.Analysed analysed = sessionStatistics.of(sessionId);
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("paperId", null);
        describe(analysed, model);
        return "statistics/session";
    }

    /** What the statistics page shows of an analysis, a session's or a paper's pooled one. */
    static void describe(SessionStatistics.Analysed analysed, Model model) {
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
        model.addAttribute("standard", analysed.standardScore());
        model.addAttribute("areas", analysed.areas().stream().map(AreaDto::of).toList());
        model.addAttribute(
                "distribution", ScoreDistribution.of(analysed.statistics().totals(), analysed.maxTotal()));
    }

    /** The tables as an .xlsx with the exact values: test, items, distribution, standard score, areas, options. */
    @GetMapping("/statistics.xlsx")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    ResponseEntity<byte[]> workbook(@PathVariable long sessionId, Locale locale) {
        SessionStatistics.Analysed analysed = sessionStatistics.of(sessionId);
        byte[] xlsx = StatisticsWorkbook.of(
                analysed,
                ScoreDistribution.of(analysed.statistics().totals(), analysed.maxTotal()),
                code -> messages.getMessage(code, null, locale));
        return XlsxDownloads.attachment(
                messages.getMessage("statistics.session.download.name", new Object[] {sessionId}, locale), xlsx);
    }
}

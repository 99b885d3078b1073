package org.jianding.app.statistics;

import java.util.List;
import java.util.Locale;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.Role;
import org.jianding.app.shared.XlsxDownloads;
import org.jianding.bank.statistics.ItemStatistics;
import org.jianding.bank.statistics.Observation;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 试卷统计分析 (a paper's statistics pooled over its sessions, with the sessions compared; the session page's layout)
 * and 题目跨场次统计 (one question in every session that used it, and per level), linked from the paper page, the
 * question page and the statistics pages' item lines; for the same people as a session's statistics. Rounded here
 * only; the API has the exact values, the downloads too.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
class PooledStatisticsWebController {

    private final PooledStatistics pooled;
    private final MessageSource messages;
    private final CurrentUser currentUser;

    PooledStatisticsWebController(PooledStatistics pooled, MessageSource messages, CurrentUser currentUser) {
        this.pooled = pooled;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @GetMapping("/statistics/papers/{paperId}")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    String paper(@PathVariable long paperId, Model model) {
        PooledStatistics.OfPaper paper = pooled.ofPaper(paperId);
        SessionStatistics.Analysed analysed = paper.pooled();
        model.addAttribute("paperId", paperId);
        model.addAttribute("canSeePaper", currentUser.get().hasRole(Role.EXAM_ADMIN));
        model.addAttribute(
                "sittings", paper.sittings().stream().map(PaperSittingDto::of).toList());
        SessionStatisticsWebController.describe(analysed, model);
        return "statistics/session";
    }

    @GetMapping("/statistics/papers/{paperId}/statistics.xlsx")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    ResponseEntity<byte[]> paperWorkbook(@PathVariable long paperId, Locale locale) {
        byte[] xlsx = PooledWorkbook.ofPaper(pooled.ofPaper(paperId), code -> messages.getMessage(code, null, locale));
        return XlsxDownloads.attachment(
                messages.getMessage("statistics.paper.download.name", new Object[] {paperId}, locale), xlsx);
    }

    @GetMapping("/statistics/questions/{questionId}")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    String question(@PathVariable long questionId, Model model, Locale locale) {
        PooledStatistics.OfQuestion question = pooled.ofQuestion(questionId);
        model.addAttribute("questionId", questionId);
        // the question's number and type, the type in the reader's words (in Chinese by its short name, as the API)
        model.addAttribute(
                "label",
                Locale.CHINESE.getLanguage().equals(locale.getLanguage())
                        ? question.label()
                        : "#" + questionId + " "
                                + messages.getMessage(
                                        "questionType." + question.type().name(), null, locale));
        model.addAttribute("canSeeQuestion", currentUser.get().hasRole(Role.EXAM_ADMIN));
        model.addAttribute(
                "levels", question.levels().stream().map(LevelLine::of).toList());
        model.addAttribute(
                "sessions", question.sessions().stream().map(SessionLine::of).toList());
        return "statistics/question";
    }

    @GetMapping("/statistics/questions/{questionId}/statistics.xlsx")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    ResponseEntity<byte[]> questionWorkbook(@PathVariable long questionId, Locale locale) {
        byte[] xlsx = PooledWorkbook.ofQuestion(
                pooled.ofQuestion(questionId), code -> messages.getMessage(code, null, locale));
        return XlsxDownloads.attachment(
                messages.getMessage("statistics.question.download.name", new Object[] {questionId}, locale), xlsx);
    }

    /** The question in one session, readable by the template. */
    public record SessionLine(long sessionId, String title, String level, int candidates, ItemStatistics item) {
        static SessionLine of(PooledStatistics.InSession s) {
            return new SessionLine(
                    s.sessionId(),
                    s.title(),
                    s.level() == null ? null : s.level().name(),
                    s.candidates(),
                    s.item());
        }
    }

    /** The question at one level, readable by the template. */
    public record LevelLine(
            String level,
            int sessions,
            int responses,
            Double facility,
            Double discrimination,
            List<Observation.Option> options) {
        static LevelLine of(PooledStatistics.AtLevel a) {
            var o = a.pooled();
            return new LevelLine(
                    a.level().name(), o.sittings(), o.responses(), o.facility(), o.discrimination(), o.options());
        }
    }
}

package org.jianding.app.exams.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.exams.AttemptStatus;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamSettings;
import org.jianding.app.exams.ExamSheet;
import org.jianding.app.exams.MyExam;
import org.jianding.app.shared.DisplayTime;
import org.jianding.app.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate's exam pages: 我的考试, a session's 考试须知 with the start/resume button, and the exam page itself
 * (a shell that exam.js fills from the candidate API). Candidates only, and only their own sessions and attempts:
 * someone else's attempt is "not found".
 */
@Controller
@RequestMapping("/exam")
@PreAuthorize("hasRole('CANDIDATE')")
class CandidateExamWebController {

    /** The texts exam.js shows, handed to it in the page's language (keys after "exampage.js."). */
    static final List<String> SCRIPT_TEXTS = List.of(
            "saved",
            "saving",
            "unsaved",
            "question",
            "of",
            "points",
            "type.SINGLE_CHOICE",
            "type.MULTIPLE_CHOICE",
            "type.TRUE_FALSE",
            "type.FILL_BLANK",
            "type.SHORT_ANSWER",
            "type.CASE_ANALYSIS",
            "true",
            "false",
            "blank",
            "part",
            "deadline",
            "deadlineChanged",
            "timeUp",
            "answered",
            "unanswered",
            "flagged",
            "pending",
            "tooEarly",
            "rejected",
            "error",
            "pageHidden",
            "windowBlurred");

    private final Attempts attempts;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Duration clockTick;
    private final String displayZone;
    private final JsonMapper json = JsonMapper.builder().build();
    private final java.time.Clock clock;
    private final Duration startJitter;

    CandidateExamWebController(
            Attempts attempts,
            CurrentUser currentUser,
            MessageSource messages,
            ExamSettings settings,
            DisplayTime time,
            java.time.Clock clock) {
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clockTick = settings.page().clockTick();
        this.displayZone = time.zone().getId();
        this.clock = clock;
        this.startJitter = settings.page().startJitter();
    }

    @GetMapping
    @PreAuthorize("hasRole('CANDIDATE')")
    String list(Model model) {
        List<MyExam> exams = attempts.myExams(me());
        model.addAttribute("exams", exams);
        return "exam/list";
    }

    @GetMapping("/sessions/{sessionId}")
    @PreAuthorize("hasRole('CANDIDATE')")
    String session(@PathVariable long sessionId, Model model) {
        MyExam exam = attempts.myExam(sessionId, me());
        model.addAttribute("exam", exam);
        model.addAttribute("examSession", exam.session());
        // the waiting page counts down by the server's clock and spreads the starts over a few seconds
        model.addAttribute("serverNow", clock.instant());
        model.addAttribute("startJitterMillis", startJitter.toMillis());
        model.addAttribute(
                "instructionLines",
                exam.session().instructions() == null
                        ? List.of()
                        : List.of(exam.session().instructions().split("\\r?\\n", -1)));
        return "exam/session";
    }

    /** Starts the session's next attempt, or resumes the running one, and opens the exam page. */
    @PostMapping("/sessions/{sessionId}/start")
    @PreAuthorize("hasRole('CANDIDATE')")
    String start(@PathVariable long sessionId, RedirectAttributes flash) {
        try {
            long attemptId = attempts.start(sessionId, me(), null);
            return "redirect:/exam/attempts/" + attemptId;
        } catch (DomainException e) {
            if (e.getStatusCode().value() == 404) {
                throw e;
            }
            flash.addFlashAttribute("error", e);
            return "redirect:/exam/sessions/" + sessionId;
        }
    }

    /** The exam page; a handed-in attempt shows 已交卷，成绩待发布 instead. */
    @GetMapping("/attempts/{attemptId}")
    @PreAuthorize("hasRole('CANDIDATE')")
    String attempt(@PathVariable long attemptId, Model model, Locale locale) {
        ExamSheet sheet = attempts.sheet(attemptId, me(), null);
        model.addAttribute("sheet", sheet);
        if (sheet.status() == AttemptStatus.SUBMITTED) {
            return "exam/submitted";
        }
        model.addAttribute("clockTickMillis", clockTick.toMillis());
        model.addAttribute("displayZone", displayZone);
        Map<String, String> texts = new LinkedHashMap<>();
        SCRIPT_TEXTS.forEach(k -> texts.put(k, messages.getMessage("exampage.js." + k, null, locale)));
        model.addAttribute("scriptTexts", json.writeValueAsString(texts));
        return "exam/attempt";
    }

    private long me() {
        return currentUser.get().id();
    }
}

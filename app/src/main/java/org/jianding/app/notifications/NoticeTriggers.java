package org.jianding.app.notifications;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.exams.CandidatesEnrolled;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.GradersAssigned;
import org.jianding.app.grading.ResultSummary;
import org.jianding.app.grading.Results;
import org.jianding.app.grading.ResultsReleased;
import org.jianding.app.questions.QuestionReturned;
import org.jianding.app.reports.CredentialKind;
import org.jianding.app.reports.DocumentIssued;
import org.jianding.app.shared.DisplayTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns other modules' events into notices, in the background once the transaction that published them has
 * committed: nothing here can undo or slow down an enrolment, a release or a review. A failure is logged; what it
 * missed is not notified again (the pages themselves show the state).
 */
@Component
class NoticeTriggers {

    private static final Logger log = LoggerFactory.getLogger(NoticeTriggers.class);

    private final Notifications notifications;
    private final ExamSessions sessions;
    private final Results results;
    private final Accounts accounts;
    private final DisplayTime time;

    NoticeTriggers(
            Notifications notifications, ExamSessions sessions, Results results, Accounts accounts, DisplayTime time) {
        this.notifications = notifications;
        this.sessions = sessions;
        this.results = results;
        this.accounts = accounts;
        this.time = time;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onEnrolled(CandidatesEnrolled event) {
        run("enrolment in session " + event.sessionId(), () -> {
            ExamSession s = sessions.get(event.sessionId());
            notifications.notify(event.candidateIds(), sessionNotice(NotificationKind.ENROLLED, "enrolled", s));
        });
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onReleased(ResultsReleased event) {
        run("release of session " + event.sessionId(), () -> {
            ExamSession s = sessions.get(event.sessionId());
            Map<Long, List<Long>> byCandidate = results.summaries(event.attemptIds()).stream()
                    .collect(Collectors.groupingBy(
                            ResultSummary::candidateId,
                            Collectors.mapping(ResultSummary::attemptId, Collectors.toList())));
            byCandidate.forEach((candidate, attempts) -> attempts.forEach(a -> notifications.notify(
                    List.of(candidate),
                    new Notice(NotificationKind.RESULTS_RELEASED, "result:" + a, List.of(s.title()), "/my/results"))));
        });
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onDocument(DocumentIssued event) {
        run("document " + event.serial(), () -> {
            ExamSession s = sessions.get(event.sessionId());
            var kind = event.kind() == CredentialKind.CERTIFICATE
                    ? NotificationKind.CERTIFICATE_ISSUED
                    : NotificationKind.REPORT_READY;
            notifications.notify(
                    List.of(event.holderId()),
                    new Notice(
                            kind, "credential:" + event.serial(), List.of(s.title(), event.serial()), "/my/reports"));
        });
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onReturned(QuestionReturned event) {
        run("return of question " + event.questionId(), () -> {
            String reviewer =
                    accounts.displayNames(java.util.Set.of(event.reviewerId())).getOrDefault(event.reviewerId(), "");
            notifications.notify(
                    List.of(event.authorId()),
                    new Notice(
                            NotificationKind.QUESTION_RETURNED,
                            "question.returned:" + event.questionId() + ":"
                                    + event.returnedAt().toEpochMilli(),
                            List.of(String.valueOf(event.questionId()), reviewer, event.reason()),
                            "/bank/questions/" + event.questionId()));
        });
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onGradersAssigned(GradersAssigned event) {
        run("grading assignment of session " + event.sessionId(), () -> {
            ExamSession s = sessions.get(event.sessionId());
            notifications.notify(
                    event.graderIds(),
                    new Notice(NotificationKind.GRADING_ASSIGNED, "grading:" + s.id(), List.of(s.title()), "/grading"));
        });
    }

    /** A notice about a session: its title and window in local time, pointing at the candidate's session page. */
    Notice sessionNotice(NotificationKind kind, String prefix, ExamSession s) {
        return new Notice(
                kind,
                prefix + ":" + s.id(),
                List.of(s.title(), time.dateTime(s.opensAt()), time.dateTime(s.closesAt())),
                "/exam/sessions/" + s.id());
    }

    private static void run(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("notifying about {} failed", what, e);
        }
    }
}

package org.jianding.app.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jianding.app.grading.ReleasedResultChanged;
import org.jianding.app.grading.ResultsReleased;
import org.jianding.app.questions.QuestionStatistics;
import org.jianding.bank.statistics.ItemStatistics;
import org.jianding.bank.statistics.Observation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds each question's kept statistics (questions' {@link QuestionStatistics}) from a session: after a release of
 * its results commits, and again after a released result changes (erratum, re-score). Each time the session's
 * statistics are computed afresh over all its scored attempts and replace what the session recorded before, so a
 * session counts once however often it is fed.
 */
@Component
class QuestionStatisticsFeed {

    private static final Logger log = LoggerFactory.getLogger(QuestionStatisticsFeed.class);

    private final SessionStatistics statistics;
    private final QuestionStatistics questions;

    QuestionStatisticsFeed(SessionStatistics statistics, QuestionStatistics questions) {
        this.statistics = statistics;
        this.questions = questions;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onReleased(ResultsReleased event) {
        feedQuietly(event.sessionId());
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onChanged(ReleasedResultChanged event) {
        feedQuietly(event.sessionId());
    }

    private void feedQuietly(long sessionId) {
        try {
            feed(sessionId);
        } catch (RuntimeException e) {
            log.warn(
                    "question statistics of session {} not recorded; the next release or change retries", sessionId, e);
        }
    }

    /** Computes the session's statistics and records them per question at the session's level. */
    void feed(long sessionId) {
        SessionStatistics.Analysed analysed = statistics.of(sessionId);
        if (analysed.level() == null) {
            return;
        }
        Map<Long, Observation> observations = new LinkedHashMap<>();
        for (ItemStatistics item : analysed.statistics().items()) {
            long questionId = analysed.questions().get(item.item()).questionId();
            observations.put(
                    questionId, Observation.of(item, analysed.statistics().test()));
        }
        questions.recordSession(sessionId, analysed.level(), observations);
    }
}

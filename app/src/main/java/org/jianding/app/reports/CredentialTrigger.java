package org.jianding.app.reports;

import org.jianding.app.grading.ReleasedResultChanged;
import org.jianding.app.grading.ResultsReleased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Issues documents once a release has committed, in the background, so the officer's release never waits for it;
 * follows changes of released results. Both are idempotent; anything missed here (a node stopped in between) is
 * filled in by the next batch, the officer's session page or the candidate's page ({@link Credentials#fillIn}).
 */
@Component
class CredentialTrigger {

    private static final Logger log = LoggerFactory.getLogger(CredentialTrigger.class);

    private final Credentials credentials;

    CredentialTrigger(Credentials credentials) {
        this.credentials = credentials;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onReleased(ResultsReleased event) {
        var ids = event.attemptIds();
        for (int from = 0; from < ids.size(); from += 500) {
            try {
                credentials.ensure(ids.subList(from, Math.min(ids.size(), from + 500)));
            } catch (RuntimeException e) {
                log.warn("issuing documents of session {} failed; they are issued on next use", event.sessionId(), e);
            }
        }
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onChanged(ReleasedResultChanged event) {
        try {
            credentials.resultChanged(event.attemptId());
        } catch (RuntimeException e) {
            log.warn("following the change of result {} failed", event.attemptId(), e);
        }
    }
}

package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.AnsweredAttempts;
import org.jianding.app.grading.Results;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Two callers issuing the same documents at once, as the release listener and an officer's session page, a batch or
 * a candidate's page do at the moment of release: both must succeed and leave one live document per result and kind.
 */
@WebTest
@Import({ExamFixture.class, AnsweredAttempts.class})
class ConcurrentIssuingTests {

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Results results;

    @Autowired
    Credentials credentials;

    @Test
    void twoCallersIssuingTheSameDocumentsAtOnceBothSucceed() throws Exception {
        List<Long> people = List.of(fixture.candidate(), fixture.candidate(), fixture.candidate(), fixture.candidate());
        ExamSession session = fixture.published(fixture.fixedPaperDraft("并发签发"), people, fixture.hr());
        for (long p : people) {
            sitting.sit(session.id(), p, q -> true);
        }
        results.release(session.id());
        awaitDocuments(session.id(), 8);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        try {
            for (int round = 0; round < 5; round++) {
                fixture.jdbc.update("DELETE FROM credential WHERE session_id = ?", session.id());
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> calls = new ArrayList<>();
                for (int caller = 0; caller < 2; caller++) {
                    calls.add(pool.submit(() -> {
                        together.await();
                        return credentials.ensureSession(session.id());
                    }));
                }
                for (Future<?> call : calls) {
                    try {
                        call.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("concurrent issuing").isEmpty();
        assertThat(credentials.ofSession(session.id())).hasSize(8);
    }

    private void awaitDocuments(long sessionId, int n) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (credentials.ofSession(sessionId).size() < n && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        assertThat(credentials.ofSession(sessionId)).hasSize(n);
    }
}

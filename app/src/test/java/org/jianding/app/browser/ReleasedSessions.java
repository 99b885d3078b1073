package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.AnsweredAttempts;
import org.jianding.app.grading.ResultView;
import org.jianding.app.grading.Results;
import org.jianding.app.papers.Papers;
import org.jianding.app.reports.Credential;
import org.jianding.app.reports.CredentialKind;
import org.jianding.app.reports.Credentials;
import org.jianding.bank.Level;
import org.springframework.context.ApplicationContext;

/**
 * Sessions of 政企客户经理 初级 whose results are released, built through the real services (sit, hand in, mark,
 * release, issue) from the application context, so that the browser tests need no {@code @Import} and share one
 * Spring context with the other browser tests.
 */
final class ReleasedSessions {

    /** Password of every candidate made here. */
    static final String PASSWORD = "demo1234x";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    final ExamFixture exams;
    final AnsweredAttempts sittings;
    final Results results;
    final Credentials credentials;

    /** A candidate who sat the session, and their result. */
    record Sitter(UserAccount person, ResultView result) {}

    record Released(ExamSession session, List<Sitter> sitters) {

        Sitter sitter(int i) {
            return sitters.get(i);
        }
    }

    ReleasedSessions(ApplicationContext context) {
        exams = ExamFixture.of(context);
        results = context.getBean(Results.class);
        sittings = new AnsweredAttempts(exams, context.getBean(Attempts.class), context.getBean(Papers.class), results);
        credentials = context.getBean(Credentials.class);
    }

    /** A fresh candidate of 政企客户经理 (初级 held) with this display name. */
    UserAccount candidate(String name) {
        String no = "bw" + (System.nanoTime() % 1_000_000_000L) + SERIAL.incrementAndGet();
        var draft = new UserDraft(
                no,
                name,
                exams.accounts.orgUnits().get(0).id(),
                exams.post().id(),
                Level.JUNIOR,
                LocalDate.of(2020, 1, 1),
                EnumSet.of(Role.CANDIDATE));
        return exams.accounts.createWithKnownPassword(draft, PASSWORD).user();
    }

    /**
     * A released 初级 session: each of these candidates sits it, answering every question right when {@code passes}
     * says so and none otherwise; then the results are released and the release listener's documents awaited.
     */
    Released released(String title, List<UserAccount> candidates, List<Boolean> passes) throws InterruptedException {
        ExamSession session = exams.published(
                exams.fixedPaperDraft(title + " " + SERIAL.incrementAndGet()),
                candidates.stream().map(UserAccount::id).toList(),
                exams.hr());
        List<Sitter> sitters = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            boolean pass = passes.get(i);
            ResultView result = sittings.sit(session.id(), candidates.get(i).id(), q -> pass);
            assertThat(result.passed())
                    .as("result of " + candidates.get(i).displayName())
                    .isEqualTo(pass);
            sitters.add(new Sitter(candidates.get(i), result));
        }
        assertThat(results.release(session.id())).isEqualTo(candidates.size());
        awaitDocuments(
                session.id(),
                candidates.size() + (int) passes.stream().filter(p -> p).count());
        return new Released(session, sitters);
    }

    /**
     * Waits for the release listener to issue the documents in the background. Not {@code ensureSession} here: run
     * while the listener inserts the same rows, it can lose a deadlock on MariaDB (see the report of this branch).
     */
    void awaitDocuments(long sessionId, int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (credentials.ofSession(sessionId).size() < count) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("the documents of session " + sessionId + " were not issued after release");
            }
            Thread.sleep(100);
        }
    }

    Credential document(Sitter sitter, CredentialKind kind) {
        return credentials.ofHolder(sitter.person().id(), kind).stream()
                .filter(c -> c.attemptId() == sitter.result().attemptId() && c.current())
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + kind + " for " + sitter.person().displayName()));
    }
}

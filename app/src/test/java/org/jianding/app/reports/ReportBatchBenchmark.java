package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.AnsweredAttempts;
import org.jianding.app.grading.ResultView;
import org.jianding.app.grading.Results;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 7's benchmark: a batch of 1,000 score reports with radar, end to end on MariaDB: issuing the 1,000 serials,
 * reading the results, candidates, sessions and competency profiles, rendering on one thread per core and storing
 * every PDF in credential_batch_file; then streaming the ZIP. Target ≥ 50 reports per second. Run with
 * {@code TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/jianding_bench ./mvnw -pl app -am -Pbench test
 * -Dtest=ReportBatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Setup (not timed): one candidate sits the
 * session for real, the other 999 results are copies of that result for 999 new candidates, released and not
 * passed (so the batch holds 1,000 reports and the one certificate).
 */
@Tag("bench")
@SpringBootTest
@Import({ExamFixture.class, AnsweredAttempts.class})
@TestPropertySource(properties = {"jianding.grading.sweep.enabled=false", "jianding.exam.deadline-job.enabled=false"})
@WithMockUser(username = "officer", roles = "OFFICER")
class ReportBatchBenchmark {

    static final int RESULTS = Integer.getInteger("bench.results", 1_000);

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Results results;

    @Autowired
    Credentials credentials;

    @Autowired
    Batches batches;

    @Test
    void printsABatchOfAThousandScoreReports() throws Exception {
        var jdbc = fixture.jdbc;
        long first = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("报告基准"), List.of(first), fixture.hr());
        ResultView real = sitting.sit(session.id(), first, q -> true);
        String prefix = "rb" + session.id() + "-";
        long unit = fixture.accounts.orgUnits().get(0).id();
        jdbc.batchUpdate(
                "INSERT INTO app_user (employee_no, display_name, org_unit_id, post_id, level_rank, password_hash,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, 4, '{noop}x', NOW(3), NOW(3))",
                java.util.stream.IntStream.range(1, RESULTS)
                        .mapToObj(i -> new Object[] {
                            prefix + i, "考生" + i, unit, fixture.post().id()
                        })
                        .toList());
        jdbc.update(
                "INSERT INTO exam_attempt (session_id, candidate_id, attempt_no, paper_id, status, started_at,"
                        + " deadline_at, submitted_at, submit_reason, shuffle_seed) SELECT ?, u.id, 1, a.paper_id,"
                        + " 'SUBMITTED', a.started_at, a.deadline_at, a.submitted_at, 'CANDIDATE', 1 FROM app_user u"
                        + " JOIN exam_attempt a ON a.id = ? WHERE u.employee_no LIKE ?",
                session.id(),
                real.attemptId(),
                prefix + "%");
        jdbc.update(
                "INSERT INTO exam_result (attempt_id, session_id, candidate_id, paper_id, scoring_rule_id, status,"
                        + " max_points, earned_points, standard_score, passed, items, areas, notes, revision,"
                        + " computed_at) SELECT a.id, r.session_id, a.candidate_id, r.paper_id, r.scoring_rule_id,"
                        + " r.status, r.max_points, r.earned_points, r.standard_score, FALSE, r.items, r.areas, r.notes,"
                        + " 1, r.computed_at FROM exam_attempt a JOIN exam_result r ON r.attempt_id = ?"
                        + " WHERE a.session_id = ? AND a.id <> ?",
                real.attemptId(),
                session.id(),
                real.attemptId());
        long released = System.nanoTime();
        results.release(session.id());
        // the release listener issues the serials in the background; the batch starts once they are there
        while (credentials.ofSession(session.id()).size() < RESULTS + 1) {
            Thread.sleep(20);
        }
        double issuedAfter = (System.nanoTime() - released) / 1e9;
        // the competency record is fed from the same release in the background; time the batch on its own, after
        // the feed has settled (its row count unchanged for a second), as an officer printing later would see it
        String fed = "SELECT COUNT(*) FROM competency_value v JOIN exam_attempt a ON a.id = v.attempt_id"
                + " WHERE a.session_id = ?";
        long settled = -1;
        long rows = jdbc.queryForObject(fed, Long.class, session.id());
        Instant feedUntil = Instant.now().plus(Duration.ofMinutes(2));
        while (rows != settled && Instant.now().isBefore(feedUntil)) {
            settled = rows;
            Thread.sleep(1000);
            rows = jdbc.queryForObject(fed, Long.class, session.id());
        }
        System.out.printf(
                "issued %d serials after release in %.2f s; competency feed settled at %d values after %.2f s;"
                        + " load average before the batch: %s%n",
                RESULTS + 1, issuedAfter, rows, (System.nanoTime() - released) / 1e9, load());

        long start = System.nanoTime();
        Batch batch = batches.start(
                session.id(),
                fixture.accounts.findByEmployeeNo("officer").orElseThrow().id());
        Instant until = Instant.now().plus(Duration.ofMinutes(10));
        while (!batch.finished() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
            batch = batches.get(batch.id());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long zipStart = System.nanoTime();
        long[] size = {0};
        batches.writeZip(batch.id(), new OutputStream() {
            @Override
            public void write(int b) {
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                size[0] += len;
            }
        });
        double zipSeconds = (System.nanoTime() - zipStart) / 1e9;
        long reports = credentials.ofSession(session.id()).stream()
                .filter(c -> c.kind() == CredentialKind.REPORT)
                .count();
        System.out.printf(
                "report batch: %d documents (%d score reports) printed and stored in %.2f s = %.0f reports/s;"
                        + " ZIP of %d MiB streamed in %.2f s; %d failed; load average after: %s%n",
                batch.done(),
                reports,
                seconds,
                reports / seconds,
                size[0] / (1024 * 1024),
                zipSeconds,
                batch.failed(),
                load());
        assertThat(batch.status()).isEqualTo(Batch.Status.DONE);
        assertThat(reports).isEqualTo(RESULTS);
        assertThat(batch.done()).isEqualTo(RESULTS + 1);
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}

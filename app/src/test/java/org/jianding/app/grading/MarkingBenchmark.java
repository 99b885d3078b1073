package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.Papers;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 6's benchmark: marking and standard-scoring 10,000 submitted attempts of 100 items each, target under 10
 * s, on MariaDB. Not part of the suite; run it with
 * {@code TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/jianding_bench ./mvnw -pl app -am -Pbench test
 * -Dtest=MarkingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Setup (not timed) writes a 100-item paper of
 * objective questions from the demo bank, 10,000 candidates, their submitted attempts and a million answers
 * (about 70 % right) straight into the tables; the timed part is {@link Marking#markAll} in batches of 500, as
 * the sweep runs it, including reading the answers and writing every result.
 */
@Tag("bench")
@SpringBootTest
@TestPropertySource(properties = {"jianding.grading.sweep.enabled=false", "jianding.exam.deadline-job.enabled=false"})
@WithMockUser(username = "hr", roles = "EXAM_ADMIN")
class MarkingBenchmark {

    static final int ATTEMPTS = Integer.getInteger("bench.attempts", 10_000);
    static final int ITEMS = 100;
    static final int BATCH = 500;

    @Autowired
    ExamFixture fixture;

    @Autowired
    Papers papers;

    @Autowired
    Marking marking;

    @Test
    void markTenThousandAttemptsOfAHundredItems() {
        var jdbc = fixture.jdbc;
        ExamSession session = fixture.sessions.create(fixture.draft("评分基准"), fixture.hr());
        long blueprintVersion = session.blueprintVersionId();
        // a 100-item paper of objective questions, 1 point each
        List<Object[]> versions = jdbc.query(
                "SELECT q.id, v.id FROM question q JOIN question_version v ON v.question_id = q.id AND v.version_no ="
                        + " q.current_version WHERE q.type IN ('SINGLE_CHOICE','MULTIPLE_CHOICE','TRUE_FALSE','FILL_BLANK')"
                        + " ORDER BY q.id LIMIT " + ITEMS,
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2)});
        assertThat(versions).hasSize(ITEMS);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO paper (blueprint_version_id, kind, status, seed, title, created_at, updated_at, published_at)"
                        + " VALUES (?, 'FIXED', 'PUBLISHED', 1, '评分基准卷', ?, ?, ?)",
                blueprintVersion,
                now,
                now,
                now);
        long paperId = jdbc.queryForObject("SELECT MAX(id) FROM paper", Long.class);
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(new Object[] {paperId, i + 1, "SINGLE_CHOICE", versions.get(i)[0], versions.get(i)[1]});
        }
        jdbc.batchUpdate(
                "INSERT INTO paper_item (paper_id, position, section, question_id, question_version_id, points)"
                        + " VALUES (?, ?, ?, ?, ?, 1)",
                items);
        PaperContent paper = papers.content(paperId);

        String prefix = "mb" + session.id() + "-";
        long unit = fixture.accounts.orgUnits().get(0).id();
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            users.add(new Object[] {prefix + i, "考生" + i, unit, fixture.post().id(), now, now});
        }
        jdbc.batchUpdate(
                "INSERT INTO app_user (employee_no, display_name, org_unit_id, post_id, level_rank, password_hash,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, 4, '{noop}x', ?, ?)",
                users);
        List<Long> people = jdbc.queryForList(
                "SELECT id FROM app_user WHERE employee_no LIKE ? ORDER BY id", Long.class, prefix + "%");
        jdbc.batchUpdate(
                "INSERT INTO exam_attempt (session_id, candidate_id, attempt_no, paper_id, status, started_at,"
                        + " deadline_at, submitted_at, submit_reason, shuffle_seed) VALUES (?, ?, 1, ?, 'SUBMITTED', ?, ?,"
                        + " ?, 'CANDIDATE', 1)",
                people.stream()
                        .map(p -> new Object[] {session.id(), p, paperId, now, now, now})
                        .toList());
        List<Long> attempts = jdbc.queryForList(
                "SELECT id FROM exam_attempt WHERE session_id = ? ORDER BY id", Long.class, session.id());
        SplittableRandom random = new SplittableRandom(7);
        List<Object[]> answers = new ArrayList<>();
        for (long attempt : attempts) {
            for (PaperQuestion q : paper.questions()) {
                answers.add(
                        new Object[] {attempt, q.position(), answer(q.content().body(), random), q.position(), now});
            }
            if (answers.size() >= 50_000) {
                insertAnswers(answers);
            }
        }
        insertAnswers(answers);

        long start = System.nanoTime();
        int stored = 0;
        for (int from = 0; from < attempts.size(); from += BATCH) {
            stored += marking.markAll(attempts.subList(from, Math.min(attempts.size(), from + BATCH)));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        System.out.printf(
                "marking benchmark: %d attempts × %d items marked and scored in %.2f s (%.0f attempts/s)%n",
                stored, ITEMS, took.toMillis() / 1000.0, stored / (took.toMillis() / 1000.0));
        assertThat(stored).isEqualTo(ATTEMPTS);
        Map<String, Object> stats = jdbc.queryForMap(
                "SELECT COUNT(*) n, MIN(standard_score) lo, MAX(standard_score) hi FROM exam_result WHERE session_id = ?",
                session.id());
        System.out.println("results: " + stats);
        assertThat(((Number) stats.get("n")).intValue()).isEqualTo(ATTEMPTS);
    }

    private void insertAnswers(List<Object[]> answers) {
        fixture.jdbc.batchUpdate(
                "INSERT INTO exam_answer (attempt_id, position, answer, seq, saved_at) VALUES (?, ?, ?, ?, ?)",
                answers);
        answers.clear();
    }

    /** The canonical JSON of a right answer about 70 % of the time, else a wrong one. */
    private static String answer(QuestionBody body, SplittableRandom random) {
        boolean right = random.nextInt(100) < 70;
        if (body instanceof SingleChoice s) {
            return "\"" + (right ? s.answer() : (s.answer().equals("A") ? "B" : "A")) + "\"";
        } else if (body instanceof MultipleChoice m) {
            return right
                    ? "[\"" + String.join("\",\"", m.answers()) + "\"]"
                    : "[\"" + m.answers().get(0) + "\"]";
        } else if (body instanceof TrueFalse t) {
            return String.valueOf(right == t.answer());
        } else if (body instanceof FillBlank f) {
            List<String> texts = new ArrayList<>();
            f.blanks().forEach(b -> texts.add("\"" + (right ? b.accepted().get(0) : "不知道") + "\""));
            return "[" + String.join(",", texts) + "]";
        }
        return null;
    }
}

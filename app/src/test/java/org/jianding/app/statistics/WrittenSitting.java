package org.jianding.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.Marking;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.Papers;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;

/**
 * A large sitting written straight to the database for statistics tests and benchmarks: a fixed paper of the given
 * objective questions (1 point each), new candidates, their submitted attempts and answers (right or wrong as {@link
 * Chance} says, wrong choices spread over the options), all stored as results by grading's own {@link
 * Marking#markAll} — the same item marks the sweep writes.
 */
final class WrittenSitting {

    /** Whether candidate c (0-based) answers the question at paper position p (1-based) right. */
    interface Chance {
        boolean right(int candidate, int position, SplittableRandom random);
    }

    private WrittenSitting() {}

    /** The question and current version ids of {@code count} objective questions of the demo bank from {@code skip}. */
    static List<long[]> objectiveQuestions(ExamFixture fixture, int skip, int count) {
        List<long[]> versions = fixture.jdbc.query(
                "SELECT q.id, v.id FROM question q JOIN question_version v ON v.question_id = q.id AND v.version_no ="
                        + " q.current_version WHERE q.type IN ('SINGLE_CHOICE','MULTIPLE_CHOICE','TRUE_FALSE','FILL_BLANK')"
                        + " ORDER BY q.id LIMIT " + count + " OFFSET " + skip,
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        assertThat(versions).hasSize(count);
        return versions;
    }

    /** Writes the sitting and returns its session id. */
    static long write(
            ExamFixture fixture,
            Papers papers,
            Marking marking,
            String title,
            List<long[]> questions,
            int candidates,
            Chance chance,
            SplittableRandom random) {
        ExamSession session = fixture.sessions.create(fixture.draft(title), fixture.hr());
        long paperId = paper(fixture, session.blueprintVersionId(), title + "卷", questions);
        PaperContent paper = papers.content(paperId);
        List<Long> attempts = attempts(fixture, session.id(), paperId, candidates);
        List<Object[]> answers = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int c = 0; c < attempts.size(); c++) {
            for (PaperQuestion q : paper.questions()) {
                boolean right = chance.right(c, q.position(), random);
                answers.add(new Object[] {
                    attempts.get(c), q.position(), answer(q.content().body(), random, right), q.position(), now
                });
            }
            if (answers.size() >= 50_000) {
                insertAnswers(fixture, answers);
            }
        }
        insertAnswers(fixture, answers);
        mark(marking, attempts);
        return session.id();
    }

    /** A published fixed paper of these questions (question and version ids), 1 point each; its id. */
    static long paper(ExamFixture fixture, long blueprintVersionId, String title, List<long[]> questions) {
        var jdbc = fixture.jdbc;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO paper (blueprint_version_id, kind, status, seed, title, created_at, updated_at, published_at)"
                        + " VALUES (?, 'FIXED', 'PUBLISHED', 1, ?, ?, ?, ?)",
                blueprintVersionId,
                title,
                now,
                now,
                now);
        long paperId = jdbc.queryForObject("SELECT MAX(id) FROM paper", Long.class);
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            items.add(new Object[] {
                paperId, i + 1, "SINGLE_CHOICE", questions.get(i)[0], questions.get(i)[1]
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO paper_item (paper_id, position, section, question_id, question_version_id, points)"
                        + " VALUES (?, ?, ?, ?, ?, 1)",
                items);
        return paperId;
    }

    /** New candidates, each with a submitted attempt on the paper in the session; the attempts' ids in order. */
    static List<Long> attempts(ExamFixture fixture, long sessionId, long paperId, int candidates) {
        var jdbc = fixture.jdbc;
        Timestamp now = Timestamp.from(Instant.now());
        String prefix = "sb" + sessionId + "-";
        long unit = fixture.accounts.orgUnits().get(0).id();
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
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
                        .map(p -> new Object[] {sessionId, p, paperId, now, now, now})
                        .toList());
        return jdbc.queryForList(
                "SELECT id FROM exam_attempt WHERE session_id = ? AND paper_id = ? ORDER BY id",
                Long.class,
                sessionId,
                paperId);
    }

    /** Stores the answers (attempt, position, JSON answer) as saved. */
    static void answers(ExamFixture fixture, List<Object[]> attemptPositionAnswer) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (Object[] a : attemptPositionAnswer) {
            rows.add(new Object[] {a[0], a[1], a[2], a[1], now});
        }
        insertAnswers(fixture, rows);
    }

    /** Marks the attempts with grading's own code, as the sweep does. */
    static void mark(Marking marking, List<Long> attempts) {
        int stored = 0;
        for (int from = 0; from < attempts.size(); from += 500) {
            stored += marking.markAll(attempts.subList(from, Math.min(attempts.size(), from + 500)));
        }
        assertThat(stored).isEqualTo(attempts.size());
    }

    private static void insertAnswers(ExamFixture fixture, List<Object[]> answers) {
        fixture.jdbc.batchUpdate(
                "INSERT INTO exam_answer (attempt_id, position, answer, seq, saved_at) VALUES (?, ?, ?, ?, ?)",
                answers);
        answers.clear();
    }

    /** The canonical JSON of a right answer, or of a wrong one spread over the options. */
    static String answer(QuestionBody body, SplittableRandom random, boolean right) {
        if (body instanceof SingleChoice s) {
            List<String> wrong = s.options().stream()
                    .map(o -> o.label())
                    .filter(l -> !l.equals(s.answer()))
                    .toList();
            return "\"" + (right ? s.answer() : wrong.get(random.nextInt(wrong.size()))) + "\"";
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

package org.jianding.app.grading;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSheet;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.Papers;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Sits an attempt through the real services: answers the chosen objective questions right, hands in, awaits marking. */
@Component
public class AnsweredAttempts {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ExamFixture fixture;
    private final Attempts attempts;
    private final Papers papers;
    private final Results results;

    public AnsweredAttempts(ExamFixture fixture, Attempts attempts, Papers papers, Results results) {
        this.fixture = fixture;
        this.attempts = attempts;
        this.papers = papers;
        this.results = results;
    }

    /** Starts, answers right every objective question the filter accepts, hands in and waits for the result. */
    public ResultView sit(long sessionId, long candidate, Predicate<PaperQuestion> answerRight)
            throws InterruptedException {
        long attempt = attempts.start(sessionId, candidate, "p");
        ExamSheet sheet = attempts.sheet(attempt, candidate, "p");
        PaperContent paper = paperOf(attempt);
        Map<Integer, PaperQuestion> byPosition = new HashMap<>();
        paper.questions().forEach(q -> byPosition.put(q.position(), q));
        long seq = 0;
        for (ExamSheet.Question q : sheet.questions()) {
            PaperQuestion pq = byPosition.get(q.position());
            JsonNode answer = correct(pq.content().body());
            if (answer != null && answerRight.test(pq)) {
                attempts.save(attempt, candidate, "p", q.position(), ++seq, answer, false);
            }
        }
        attempts.handIn(attempt, candidate);
        return await(attempt);
    }

    public PaperContent paperOf(long attempt) {
        long paperId =
                fixture.jdbc.queryForObject("SELECT paper_id FROM exam_attempt WHERE id = ?", Long.class, attempt);
        return papers.content(paperId);
    }

    public ResultView await(long attempt) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            Integer n = fixture.jdbc.queryForObject(
                    "SELECT COUNT(*) FROM exam_result WHERE attempt_id = ?", Integer.class, attempt);
            if (n != null && n > 0) {
                return results.derivation(attempt);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("attempt " + attempt + " was not marked in the background within 30 s");
    }

    static JsonNode correct(QuestionBody body) {
        if (body instanceof SingleChoice s) {
            return NODES.stringNode(s.answer());
        } else if (body instanceof MultipleChoice m) {
            var array = NODES.arrayNode();
            m.answers().forEach(array::add);
            return array;
        } else if (body instanceof TrueFalse t) {
            return NODES.booleanNode(t.answer());
        } else if (body instanceof FillBlank f) {
            var array = NODES.arrayNode();
            f.blanks().forEach(b -> array.add(b.accepted().get(0)));
            return array;
        }
        return null;
    }
}

package org.jianding.app.grading;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSheet;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Sessions whose candidates answered one short answer each, handed in and marked (waiting for graders). */
@Component
class GradingFixture {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final ExamFixture exams;
    final Attempts attempts;

    GradingFixture(ExamFixture exams, Attempts attempts) {
        this.exams = exams;
        this.attempts = attempts;
    }

    String unique(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000L) + SERIAL.incrementAndGet();
    }

    OrgUnit unit(String name, Long parentId) {
        return exams.accounts.createOrgUnit(unique("u"), name + unique(""), parentId);
    }

    long user(String name, Long unitId, Role role) {
        String no = unique("g");
        var draft = new UserDraft(
                no,
                name + no,
                unitId == null ? exams.accounts.orgUnits().get(0).id() : unitId,
                exams.post().id(),
                Level.JUNIOR,
                LocalDate.of(2020, 1, 1),
                EnumSet.of(role));
        return exams.accounts.createWithKnownPassword(draft, "demo1234x").user().id();
    }

    /** A published 中级 session with these candidates enrolled. */
    ExamSession session(List<Long> candidates) {
        return exams.published(exams.draft(unique("阅卷"), Level.INTERMEDIATE), candidates, exams.hr());
    }

    /** The candidate answers the first short answer (or short-answer part of a case) and hands in. */
    long answerAndHandIn(ExamSession session, long candidate, String text) throws InterruptedException {
        long attempt = attempts.start(session.id(), candidate, "p");
        ExamSheet sheet = attempts.sheet(attempt, candidate, "p");
        var type = QuestionType.SHORT_ANSWER;
        ExamSheet.Question essay = sheet.questions().stream()
                .filter(q -> q.type() == type || q.parts().stream().anyMatch(p -> p.type() == type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the paper has no short answer"));
        JsonNode answer = essay.type() == type
                ? NODES.stringNode(text)
                : NODES.objectNode()
                        .set(
                                String.valueOf(essay.parts().stream()
                                        .filter(p -> p.type() == type)
                                        .findFirst()
                                        .orElseThrow()
                                        .number()),
                                NODES.stringNode(text));
        attempts.save(attempt, candidate, "p", essay.position(), 1, answer, false);
        attempts.handIn(attempt, candidate);
        awaitResult(attempt);
        return attempt;
    }

    void awaitResult(long attempt) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            Integer n = exams.jdbc.queryForObject(
                    "SELECT COUNT(*) FROM exam_result WHERE attempt_id = ?", Integer.class, attempt);
            if (n != null && n > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("attempt " + attempt + " was not marked within 30 s");
    }

    String status(long attempt) {
        return exams.jdbc.queryForObject("SELECT status FROM exam_result WHERE attempt_id = ?", String.class, attempt);
    }
}

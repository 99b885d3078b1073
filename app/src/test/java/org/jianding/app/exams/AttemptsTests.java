package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.Papers;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.ShortAnswer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

@SpringBootTest
@WithMockUser(username = "hr", roles = "EXAM_ADMIN")
class AttemptsTests {

    private static final JsonMapper JSON =
            JsonMapper.builder().findAndAddModules().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    ExamFixture fixture;

    @Autowired
    Attempts attempts;

    @Autowired
    Proctoring proctoring;

    @Autowired
    DeadlineJob deadlineJob;

    @Autowired
    Papers papers;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void startingTwiceResumesTheSameAttemptAndTheDeadlineIsTheServers() {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("续考"), List.of(candidate), fixture.hr());

        long first = attempts.start(session.id(), candidate, "page-1");
        long again = attempts.start(session.id(), candidate, "page-2");

        assertThat(again).isEqualTo(first);
        ExamSheet sheet = attempts.sheet(first, candidate, "page-2");
        assertThat(Duration.between(sheet.startedAt(), sheet.deadline())).isEqualTo(Duration.ofMinutes(60));
        assertThat(sheet.questions()).isNotEmpty();
        assertThat(sheet.questions().stream().map(ExamSheet.Question::number))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(
                                1, sheet.questions().size())
                        .boxed()
                        .toList());
        // the same order on every load: shuffling is seeded per attempt
        assertThat(attempts.sheet(first, candidate, "page-2").questions()).isEqualTo(sheet.questions());
    }

    @Test
    void startIsRefusedOutsideTheWindowAndWhenNoAttemptIsLeft() {
        long candidate = fixture.candidate();
        var base = fixture.draft("窗口");
        var now = fixture.clock.instant();
        var later = new SessionDraft(
                base.title(),
                base.postId(),
                base.level(),
                null,
                base.blueprintVersionId(),
                now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(3)),
                60,
                null,
                0,
                1,
                false,
                false,
                ResultsRelease.MANUAL,
                false,
                null,
                null);
        ExamSession notYet = fixture.published(later, List.of(candidate), fixture.hr());
        assertThatThrownBy(() -> attempts.start(notYet.id(), candidate, "p"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("exam.start.notYet"));

        var lateEntry = new SessionDraft(
                base.title(),
                base.postId(),
                base.level(),
                null,
                base.blueprintVersionId(),
                now.minus(Duration.ofMinutes(20)),
                now.plus(Duration.ofHours(3)),
                60,
                30,
                0,
                1,
                false,
                false,
                ResultsRelease.MANUAL,
                false,
                null,
                null);
        long lateComer = fixture.candidate();
        ExamSession late = fixture.published(lateEntry, List.of(lateComer), fixture.hr());
        // forty minutes after opening, a thirty-minute late-entry limit has passed
        jdbc.update(
                "UPDATE exam_session SET opens_at = ? WHERE id = ?",
                java.sql.Timestamp.valueOf(
                        java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(40)),
                late.id());
        assertThatThrownBy(() -> attempts.start(late.id(), lateComer, "p"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("exam.start.tooLate"));

        long onlyOnce = fixture.candidate();
        ExamSession once = fixture.published(base, List.of(onlyOnce), fixture.hr());
        long attempt = attempts.start(once.id(), onlyOnce, "p");
        attempts.handIn(attempt, onlyOnce);
        assertThatThrownBy(() -> attempts.start(once.id(), onlyOnce, "p"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("exam.start.noAttemptsLeft"));
    }

    @Test
    void theSheetCarriesNoKeyNoExplanationAndNoRubric() {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("无答案"), List.of(candidate), fixture.hr());
        long attempt = attempts.start(session.id(), candidate, "p");
        String json = JSON.writeValueAsString(attempts.sheet(attempt, candidate, "p"));

        long paperId = jdbc.queryForObject("SELECT paper_id FROM exam_attempt WHERE id = ?", Long.class, attempt);
        List<PaperQuestion> questions = papers.content(paperId).questions();
        int checked = 0;
        for (PaperQuestion q : questions) {
            String explanation = q.content().explanation();
            if (explanation != null && explanation.length() >= 6) {
                assertThat(json)
                        .as("explanation of question %d", q.questionId())
                        .doesNotContain(explanation);
                checked++;
            }
            if (q.content().body() instanceof ShortAnswer s) {
                assertThat(json).doesNotContain(s.referenceAnswer());
                s.rubric().forEach(r -> assertThat(json).doesNotContain(r.description()));
                checked++;
            }
            if (q.content().body() instanceof CaseAnalysis ca) {
                ca.subQuestions().stream()
                        .filter(sq -> sq.body() instanceof ShortAnswer)
                        .forEach(sq -> assertThat(json).doesNotContain(((ShortAnswer) sq.body()).referenceAnswer()));
            }
        }
        assertThat(checked).as("explanations and reference answers checked").isGreaterThan(3);
        assertThat(json)
                .doesNotContainIgnoringCase("\"correct\"")
                .doesNotContain("\"key\"")
                .doesNotContain("rubric");
    }

    @Test
    void answersAreCheckedAgainstTheQuestionTypeAndStoredCanonically() {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("答案格式"), List.of(candidate), fixture.hr());
        long attempt = attempts.start(session.id(), candidate, "p");
        ExamSheet sheet = attempts.sheet(attempt, candidate, "p");
        ExamSheet.Question multiple = first(sheet, QuestionType.MULTIPLE_CHOICE);
        ExamSheet.Question single = first(sheet, QuestionType.SINGLE_CHOICE);

        var chosen = NODES.arrayNode()
                .add(multiple.options().get(1).label())
                .add(multiple.options().get(0).label())
                .add(multiple.options().get(0).label());
        attempts.save(attempt, candidate, "p", multiple.position(), 1, chosen, true);
        assertThatThrownBy(() ->
                        attempts.save(attempt, candidate, "p", single.position(), 2, NODES.stringNode("Z"), false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("exam.answer.shape"));
        assertThatThrownBy(() -> attempts.save(attempt, candidate, "p", 9999, 3, NODES.stringNode("A"), false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("exam.save.position"));
        attempts.save(attempt, candidate, "p", single.position(), 4, NODES.stringNode(""), true);

        ExamSheet reloaded = attempts.sheet(attempt, candidate, "p");
        JsonNode stored =
                JSON.readTree(reloaded.answers().get(multiple.position()).value());
        List<String> labels = new java.util.ArrayList<>();
        stored.forEach(n -> labels.add(n.stringValue()));
        assertThat(labels).isSorted().hasSize(2).doesNotHaveDuplicates();
        assertThat(reloaded.answers().get(single.position()).value())
                .as("an empty answer is unanswered")
                .isNull();
        assertThat(reloaded.answers().get(single.position()).flagged()).isTrue();
        assertThat(reloaded.lastSeq()).isEqualTo(4);
    }

    @Test
    void anotherCandidatesAttemptIsNotFound() {
        long owner = fixture.candidate();
        long other = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("他人"), List.of(owner, other), fixture.hr());
        long attempt = attempts.start(session.id(), owner, "p");

        assertThatThrownBy(() -> attempts.sheet(attempt, other, "q"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("exam.attempt.notFound"));
        assertThatThrownBy(() -> attempts.save(attempt, other, "q", 1, 1, NODES.nullNode(), false))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> attempts.handIn(attempt, other)).isInstanceOf(DomainException.class);
        assertThat(attempts.tick(attempt, owner, "p").status()).isEqualTo(AttemptStatus.OPEN);
    }

    @Test
    void handInBeforeTheMinimumTimeIsRefusedAndHandingInTwiceSubmitsOnce() {
        long candidate = fixture.candidate();
        var base = fixture.draft("最短时间");
        var draft = new SessionDraft(
                base.title(),
                base.postId(),
                base.level(),
                null,
                base.blueprintVersionId(),
                base.opensAt(),
                base.closesAt(),
                60,
                null,
                20,
                1,
                false,
                false,
                ResultsRelease.MANUAL,
                false,
                null,
                null);
        ExamSession session = fixture.published(draft, List.of(candidate), fixture.hr());
        long attempt = attempts.start(session.id(), candidate, "p");

        assertThatThrownBy(() -> attempts.handIn(attempt, candidate))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("exam.handIn.tooEarly"));
        jdbc.update(
                "UPDATE exam_attempt SET started_at = ? WHERE id = ?",
                java.sql.Timestamp.valueOf(
                        java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(21)),
                attempt);
        assertThat(attempts.handIn(attempt, candidate).status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(attempts.handIn(attempt, candidate).status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(submittedAuditRows(attempt)).isEqualTo(1);
        assertThatThrownBy(() -> attempts.save(attempt, candidate, "p", 1, 9, NODES.nullNode(), false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("exam.attempt.submitted"));
    }

    @Test
    void theDeadlineJobSubmitsTimedOutAttemptsOnceAndLeavesTheOthers() {
        long late = fixture.candidate();
        long running = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("超时"), List.of(late, running), fixture.hr());
        long timedOut = attempts.start(session.id(), late, "p");
        long stillRunning = attempts.start(session.id(), running, "p");
        fixture.moveDeadline(
                timedOut, fixture.clock.instant().minus(attempts.grace()).minusSeconds(1));

        deadlineJob.submitDue();
        deadlineJob.submitDue();

        assertThat(attempts.tick(timedOut, late, null).status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(jdbc.queryForObject("SELECT submit_reason FROM exam_attempt WHERE id = ?", String.class, timedOut))
                .isEqualTo("TIMEOUT");
        assertThat(submittedAuditRows(timedOut)).isEqualTo(1);
        assertThat(attempts.tick(stillRunning, running, null).status()).isEqualTo(AttemptStatus.OPEN);
    }

    @Test
    void aSaveWithinTheGraceAfterTheDeadlineIsTakenButNotLater() {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("宽限"), List.of(candidate), fixture.hr());
        long attempt = attempts.start(session.id(), candidate, "p");
        ExamSheet.Question single = first(attempts.sheet(attempt, candidate, "p"), QuestionType.SINGLE_CHOICE);
        var answer = NODES.stringNode(single.options().get(0).label());

        fixture.moveDeadline(attempt, fixture.clock.instant().minusSeconds(2));
        Instant sentBeforeTheDeadline = fixture.clock.instant().minusSeconds(3);
        assertThat(attempts.save(attempt, candidate, "p", single.position(), 1, answer, false, sentBeforeTheDeadline)
                        .stored())
                .isTrue();

        fixture.moveDeadline(
                attempt, fixture.clock.instant().minus(attempts.grace()).minusSeconds(1));
        assertThatThrownBy(() -> attempts.save(attempt, candidate, "p", single.position(), 2, answer, false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("exam.attempt.timeUp"));
    }

    @Test
    void reachingTheFocusLossLimitSubmitsTheAttempt() {
        long candidate = fixture.candidate();
        var base = fixture.draft("离开页面");
        var draft = new SessionDraft(
                base.title(),
                base.postId(),
                base.level(),
                null,
                base.blueprintVersionId(),
                base.opensAt(),
                base.closesAt(),
                60,
                null,
                0,
                1,
                false,
                false,
                ResultsRelease.MANUAL,
                false,
                3,
                null);
        ExamSession session = fixture.published(draft, List.of(candidate), fixture.hr());
        long attempt = attempts.start(session.id(), candidate, "p");

        assertThat(attempts.report(attempt, candidate, "PASTE", "粘贴 12 字")).isEqualTo(AttemptStatus.OPEN);
        assertThat(attempts.report(attempt, candidate, "FOCUS_LOST", null)).isEqualTo(AttemptStatus.OPEN);
        assertThat(attempts.report(attempt, candidate, "FOCUS_LOST", null)).isEqualTo(AttemptStatus.OPEN);
        assertThat(attempts.report(attempt, candidate, "FOCUS_LOST", null)).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(jdbc.queryForObject("SELECT submit_reason FROM exam_attempt WHERE id = ?", String.class, attempt))
                .isEqualTo("FOCUS_LIMIT");
        assertThatThrownBy(() -> attempts.report(attempt, candidate, "SECOND_DEVICE", null))
                .as("only the server reports a second device")
                .isInstanceOf(DomainException.class);
        LiveView.Row row = proctoring.live(session.id()).rows().get(0);
        assertThat(row.events())
                .extracting(LiveView.Event::kind)
                .containsExactlyInAnyOrder(
                        IntegrityKind.PASTE,
                        IntegrityKind.FOCUS_LOST,
                        IntegrityKind.FOCUS_LOST,
                        IntegrityKind.FOCUS_LOST);
    }

    @Test
    void aSecondDeviceTakesOverAndTheFirstPageStopsSaving() {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("换设备"), List.of(candidate), fixture.hr());
        long attempt = attempts.start(session.id(), candidate, "laptop");
        ExamSheet.Question single = first(attempts.sheet(attempt, candidate, "laptop"), QuestionType.SINGLE_CHOICE);
        var answer = NODES.stringNode(single.options().get(0).label());
        attempts.save(attempt, candidate, "laptop", single.position(), 1, answer, false);

        ExamSheet onPhone = attempts.sheet(attempt, candidate, "phone");

        assertThat(onPhone.answers().get(single.position()).value()).isEqualTo("\"" + answer.stringValue() + "\"");
        assertThat(onPhone.lastSeq()).isEqualTo(1);
        assertThatThrownBy(() -> attempts.save(attempt, candidate, "laptop", single.position(), 2, answer, false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("exam.attempt.otherDevice"));
        assertThat(attempts.tick(attempt, candidate, "laptop").superseded()).isTrue();
        assertThat(attempts.save(attempt, candidate, "phone", single.position(), 2, answer, false)
                        .stored())
                .isTrue();
        assertThat(proctoring.live(session.id()).rows().get(0).events())
                .extracting(LiveView.Event::kind)
                .containsExactly(IntegrityKind.SECOND_DEVICE);
    }

    private int submittedAuditRows(long attempt) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'exam.submitted' AND target_id = ?",
                Integer.class,
                String.valueOf(attempt));
    }

    private static ExamSheet.Question first(ExamSheet sheet, QuestionType type) {
        return sheet.questions().stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " on the paper"));
    }
}

package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

/** Manual marking on the real database: double marking with arbitration, own-unit exclusion, concurrent claims. */
@SpringBootTest
@Import({ExamFixture.class, GradingFixture.class})
class ManualMarkingTests {

    @Autowired
    GradingFixture fixture;

    @Autowired
    GradingPlans plans;

    @Autowired
    GradingTasks tasks;

    @Autowired
    GradingScores scores;

    @Autowired
    Results results;

    @Autowired
    GradingProgress progress;

    @Test
    void doubleMarkingTakesTheMeanWithinToleranceAndTheArbiterDecidesBeyondIt() throws Exception {
        long agreeing = fixture.exams.candidate();
        long disagreeing = fixture.exams.candidate();
        ExamSession session = fixture.session(List.of(agreeing, disagreeing));
        long first = fixture.answerAndHandIn(session, agreeing, "客户分级管理，差异化服务。");
        long second = fixture.answerAndHandIn(session, disagreeing, "不知道。");
        assertThat(fixture.status(first)).isEqualTo("GRADING");
        long g1 = fixture.user("阅卷甲", null, Role.GRADER);
        long g2 = fixture.user("阅卷乙", null, Role.GRADER);
        long arbiter = fixture.user("仲裁", null, Role.GRADER);
        long hr = fixture.exams.hr();
        plans.update(session.id(), true, new BigDecimal("1"), false, hr);
        plans.assign(session.id(), 0, List.of(g1, g2), List.of(arbiter), hr);

        assertThat(tasks.queues(g1).stream()
                        .mapToInt(GradingTasks.Queue::available)
                        .sum())
                .as("two attempts × one part for each marker")
                .isEqualTo(2);
        java.util.Map<Long, String> texts = java.util.Map.of(first, "客户分级管理，差异化服务。", second, "不知道。");
        long q1 = questionOf(first);
        assertThat(tasks.open(session.id(), q1, arbiter).current())
                .as("nothing to arbitrate yet")
                .isNull();

        // one answer: 甲 gives full marks, 乙 half a point less on the first rubric point
        TaskView a1 = tasks.open(session.id(), q1, g1).current();
        TaskView b1 = tasks.open(session.id(), q1, g2).current();
        long x = attemptOf(a1);
        long y = x == first ? second : first;
        assertThat(a1.taskId()).isNotEqualTo(b1.taskId());
        assertThat(attemptOf(b1)).as("the second marker gets the same answer").isEqualTo(x);
        assertThat(a1.label()).isEqualTo(b1.label());
        assertThat(a1.round()).isNotEqualTo(b1.round());
        assertThat(a1.answer()).isEqualTo(texts.get(x));
        List<BigDecimal> full =
                a1.rubric().stream().map(TaskView.RubricLine::points).toList();
        List<BigDecimal> lessHalf = new ArrayList<>(full);
        lessHalf.set(0, full.get(0).subtract(new BigDecimal("0.5")));
        scores.save(a1.taskId(), g1, full, "要点齐全");
        assertThat(fixture.status(x)).as("one mark of two").isEqualTo("GRADING");
        scores.save(b1.taskId(), g2, lessHalf, null);

        BigDecimal max = a1.maxPoints();
        BigDecimal rubricSum = max.add(max.subtract(new BigDecimal("0.5")));
        ResultView scored = results.derivation(x);
        assertThat(scored.status()).isEqualTo(ResultStatus.SCORED);
        assertThat(scored.standardScore()).isNotNull();
        assertThat(scored.reproducible()).isTrue();
        var part = scored.items().stream()
                .flatMap(i -> i.parts().stream())
                .filter(p -> !p.auto())
                .findFirst()
                .orElseThrow();
        // the mean on the paper's scale, rounded once: (a + b) × paper ÷ (2 × rubric)
        BigDecimal mean = rubricSum
                .multiply(part.max())
                .divide(BigDecimal.valueOf(2).multiply(part.ownMax()), 2, RoundingMode.HALF_UP);
        assertThat(part.earned()).isEqualByComparingTo(mean);
        assertThat(part.note()).contains("取平均 " + mean.toPlainString());
        assertThatThrownBy(() -> scores.save(a1.taskId(), g1, full, "改"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo("grader.task.final"));

        // the other answer: 甲 full marks, 乙 nothing — beyond the tolerance, so the arbiter decides
        long q2 = questionOf(y);
        TaskView a2 = tasks.open(session.id(), q2, g1).current();
        TaskView b2 = tasks.open(session.id(), q2, g2).current();
        assertThat(attemptOf(a2)).isEqualTo(y);
        assertThat(attemptOf(b2)).isEqualTo(y);
        assertThat(a2.answer()).isEqualTo(texts.get(y));
        List<BigDecimal> full2 =
                a2.rubric().stream().map(TaskView.RubricLine::points).toList();
        scores.save(a2.taskId(), g1, full2, null);
        scores.save(b2.taskId(), g2, full2.stream().map(v -> BigDecimal.ZERO).toList(), "答非所问");
        assertThat(fixture.status(y)).isEqualTo("GRADING");
        assertThat(tasks.open(session.id(), q2, g1).current())
                .as("a marker does not arbitrate")
                .isNull();
        TaskView arbitration = tasks.open(session.id(), q2, arbiter).current();
        assertThat(arbitration.round()).isEqualTo(3);
        assertThat(arbitration.label()).isEqualTo(a2.label());
        assertThat(arbitration.earlierMarks()).hasSize(2);
        List<BigDecimal> arbiterScores =
                full2.stream().map(v -> BigDecimal.ZERO).collect(java.util.stream.Collectors.toList());
        arbiterScores.set(0, full2.get(0));
        scores.save(arbitration.taskId(), arbiter, arbiterScores, "仲裁");
        ResultView arbitrated = results.derivation(y);
        assertThat(arbitrated.status()).isEqualTo(ResultStatus.SCORED);
        assertThat(arbitrated.items().stream()
                        .flatMap(i -> i.parts().stream())
                        .filter(p -> !p.auto())
                        .findFirst()
                        .orElseThrow()
                        .note())
                .contains("仲裁 " + full2.get(0).setScale(2).toPlainString());

        GradingProgress.Progress p = progress.of(session.id());
        assertThat(p.pairs()).isEqualTo(2);
        assertThat(p.agreement()).isEqualByComparingTo("50.0");
        assertThat(p.questions().stream()
                        .mapToInt(GradingProgress.QuestionLine::done)
                        .sum())
                .isEqualTo(5);
        assertThat(p.questions().stream()
                        .mapToInt(GradingProgress.QuestionLine::arbitrations)
                        .sum())
                .isEqualTo(1);

        // every score and every change of a result is audited with before and after
        assertThat(fixture.exams.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'grading.scored' AND target_id IN (?, ?, ?, ?, ?)",
                        Integer.class,
                        String.valueOf(a1.taskId()),
                        String.valueOf(b1.taskId()),
                        String.valueOf(a2.taskId()),
                        String.valueOf(b2.taskId()),
                        String.valueOf(arbitration.taskId())))
                .isEqualTo(5);
        for (long attempt : List.of(first, second)) {
            assertThat(fixture.exams.jdbc.queryForObject(
                            "SELECT detail FROM audit_event WHERE action = 'grading.rescored' AND target_id = ?",
                            String.class,
                            String.valueOf(attempt)))
                    .contains("待阅卷 → 已出分")
                    .contains("标准分 无 → ");
        }
    }

    @Test
    void gradersNeverGetCandidatesOfTheirOwnUnitOrItsSubUnitsWhenTheSessionSaysSo() throws Exception {
        OrgUnit branch = fixture.unit("分公司", null);
        OrgUnit team = fixture.unit("班组", branch.id());
        OrgUnit other = fixture.unit("别处", null);
        long candidate = fixture.user("考生", team.id(), Role.CANDIDATE);
        ExamSession session = fixture.session(List.of(candidate));
        fixture.answerAndHandIn(session, candidate, "本单位的答卷");
        long colleague = fixture.user("同单位阅卷", branch.id(), Role.GRADER);
        long stranger = fixture.user("外单位阅卷", other.id(), Role.GRADER);
        long hr = fixture.exams.hr();
        plans.update(session.id(), false, BigDecimal.ZERO, true, hr);
        plans.assign(session.id(), 0, List.of(colleague, stranger), List.of(), hr);
        long question = tasks.queues(stranger).get(0).questionId();

        assertThat(tasks.open(session.id(), question, colleague).current()).isNull();
        assertThat(tasks.queues(colleague).get(0).available()).isZero();
        TaskView task = tasks.open(session.id(), question, stranger).current();
        assertThat(task).isNotNull();
        assertThat(task.answer()).isEqualTo("本单位的答卷");

        // without the exclusion the colleague could have taken it
        plans.update(session.id(), false, BigDecimal.ZERO, false, hr);
        assertThat(tasks.excludedUnits(session.id(), colleague)).isEmpty();
        plans.update(session.id(), false, BigDecimal.ZERO, true, hr);
        assertThat(tasks.excludedUnits(session.id(), colleague)).contains(branch.id(), team.id());
        assertThat(tasks.excludedUnits(session.id(), colleague)).doesNotContain(other.id());
    }

    @Test
    void concurrentClaimsNeverHandOneAnswerToTwoGraders() throws Exception {
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(fixture.exams.candidate());
        }
        ExamSession session = fixture.session(candidates);
        for (long c : candidates) {
            fixture.answerAndHandIn(session, c, "答卷" + c);
        }
        List<Long> graders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            graders.add(fixture.user("流水" + i, null, Role.GRADER));
        }
        plans.assign(session.id(), 0, graders, List.of(), fixture.exams.hr());
        List<Long> questions = tasks.queues(graders.get(0)).stream()
                .map(GradingTasks.Queue::questionId)
                .toList();

        Set<Long> marked = ConcurrentHashMap.newKeySet();
        List<Long> handedOut = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(graders.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (long g : graders) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (long question : questions) {
                        TaskView t;
                        while ((t = tasks.open(session.id(), question, g).current()) != null) {
                            handedOut.add(t.taskId());
                            scores.save(
                                    t.taskId(),
                                    g,
                                    t.rubric().stream()
                                            .map(r -> BigDecimal.ZERO)
                                            .toList(),
                                    null);
                            marked.add(t.taskId());
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(handedOut)
                .as("every answer handed out once")
                .doesNotHaveDuplicates()
                .hasSize(5);
        assertThat(new HashSet<>(handedOut)).isEqualTo(marked);
        assertThat(fixture.exams.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM grading_task WHERE session_id = ? AND status = 'DONE'",
                        Integer.class,
                        session.id()))
                .isEqualTo(5);
        assertThat(fixture.exams.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM exam_result WHERE session_id = ? AND status = 'SCORED'",
                        Integer.class,
                        session.id()))
                .isEqualTo(5);
    }

    private long questionOf(long attempt) {
        return fixture.exams.jdbc.queryForObject(
                "SELECT MIN(question_id) FROM grading_task WHERE attempt_id = ?", Long.class, attempt);
    }

    private long attemptOf(TaskView task) {
        return fixture.exams.jdbc.queryForObject(
                "SELECT attempt_id FROM grading_task WHERE id = ?", Long.class, task.taskId());
    }

    @Test
    void aGraderNotAssignedToTheSessionCannotSeeItsKeys() throws Exception {
        long candidate = fixture.exams.candidate();
        ExamSession session = fixture.session(List.of(candidate));
        fixture.answerAndHandIn(session, candidate, "答");
        long assigned = fixture.user("指派", null, Role.GRADER);
        long outsider = fixture.user("未指派", null, Role.GRADER);
        plans.assign(session.id(), 0, List.of(assigned), List.of(), fixture.exams.hr());
        long question = tasks.queues(assigned).get(0).questionId();

        assertThat(tasks.key(session.id(), question, assigned)).containsKey("referenceAnswer");
        assertThatThrownBy(() -> tasks.key(session.id(), question, outsider))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.messageCode()).isEqualTo("grader.notAssigned");
                });
        TaskView task = tasks.open(session.id(), question, assigned).current();
        assertThatThrownBy(() -> tasks.task(task.taskId(), outsider)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> scores.save(task.taskId(), outsider, List.of(), null))
                .isInstanceOf(DomainException.class);
    }
}

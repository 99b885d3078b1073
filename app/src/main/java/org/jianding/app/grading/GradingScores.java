package org.jianding.app.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.exams.SubmittedAttempt;
import org.jianding.app.grading.db.tables.records.ExamResultRecord;
import org.jianding.app.grading.db.tables.records.GradingPlanRecord;
import org.jianding.app.grading.db.tables.records.GradingTaskRecord;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.papers.Papers;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.exact.Fraction;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.marking.ItemMark;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A grader's scores and what follows from them. With single marking a part's score is final once given; with
 * double marking two different graders score it, and if their marks differ by more than the tolerance an
 * arbiter's task is made and the arbiter's score is final, otherwise the mean. Comparison, mean and rounding all
 * happen on the paper's scale, exactly, with one rounding to two decimals half-up ({@link #finalOf}). When every
 * part of an attempt is final its result is re-computed and stored as SCORED. Every score and every change of a
 * result is audited with before and after.
 */
@Service
@RetriedOnConflict
@Transactional
public class GradingScores {

    private final GradingRepository repository;
    private final GradingTasks tasks;
    private final GradingPlans plans;
    private final GradingContent content;
    private final ResultRepository results;
    private final Marking marking;
    private final ScoringRules rules;
    private final ExamRecords exams;
    private final Papers papers;
    private final KnowledgeTree tree;
    private final ErratumRepository errata;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    GradingScores(
            GradingRepository repository,
            GradingTasks tasks,
            GradingPlans plans,
            GradingContent content,
            ResultRepository results,
            Marking marking,
            ScoringRules rules,
            ExamRecords exams,
            Papers papers,
            KnowledgeTree tree,
            ErratumRepository errata,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.tasks = tasks;
        this.plans = plans;
        this.content = content;
        this.results = results;
        this.marking = marking;
        this.rules = rules;
        this.exams = exams;
        this.papers = papers;
        this.tree = tree;
        this.errata = errata;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Stores the grader's points per rubric point (in rubric order) and comment. */
    public TaskView save(long taskId, long graderId, List<BigDecimal> scores, String comment) {
        GradingTaskRecord seen = tasks.own(taskId, graderId);
        // lock order: the result, then the tasks of the attempt (as settle does), so two graders never deadlock
        ExamResultRecord result = repository.lockResult(seen.getAttemptId()).orElseThrow();
        GradingTaskRecord t = repository.lock(taskId).orElseThrow();
        if (t.getGraderId() == null || t.getGraderId() != graderId || GradingRepository.OPEN.equals(t.getStatus())) {
            throw new DomainException(HttpStatus.FORBIDDEN, "grader.task.notYours");
        }
        if (result.getReleasedAt() != null) {
            throw DomainException.conflict("grader.task.released");
        }
        GradingPlanRecord plan = plans.record(t.getSessionId());
        List<GradingTaskRecord> part = repository.ofPart(t.getAttemptId(), t.getPosition(), t.getPartNo());
        if (GradingRepository.DONE.equals(t.getStatus()) && !revisable(t, part, plan.getDoubleMarking())) {
            throw DomainException.conflict("grader.task.final");
        }
        ShortAnswer rubric = GradingContent.rubricOf(
                content.question(t.getAttemptId(), t.getPosition()).content(), t.getPartNo());
        BigDecimal total = check(rubric, scores);
        String text = comment == null ? null : comment.strip();
        if (text != null && text.length() > 1000) {
            throw DomainException.badRequest("grader.score.comment", 1000);
        }
        BigDecimal before = t.getTotal();
        repository.score(
                taskId,
                Marking.JSON.writeValueAsString(scores),
                total,
                text == null || text.isEmpty() ? null : text,
                clock.instant());
        audit.record(
                "grading.scored",
                "gradingTask",
                taskId,
                "答卷 #" + AnonymousLabel.of(plan.getLabelSalt(), t.getAttemptId()) + " 第" + t.getPosition() + "题"
                        + (t.getPartNo() > 0 ? "第" + t.getPartNo() + "小题" : "") + " 第" + t.getRoundNo() + "评："
                        + (before == null ? "未评" : before.toPlainString()) + " → " + total.toPlainString());
        settle(t.getAttemptId(), plan, result);
        return tasks.view(repository.find(taskId).orElseThrow());
    }

    /** Whether a done task may still be changed: not once the other marker of the pair has scored too. */
    static boolean revisable(GradingTaskRecord t, List<GradingTaskRecord> part, boolean doubleMarking) {
        if (!GradingRepository.DONE.equals(t.getStatus())) {
            return true;
        }
        if (!doubleMarking || t.getRoundNo() == 3) {
            return true;
        }
        return part.stream()
                .noneMatch(o -> o.getRoundNo() != 3
                        && !Objects.equals(o.getId(), t.getId())
                        && GradingRepository.DONE.equals(o.getStatus()));
    }

    /** The final score of a part in paper points (rounded once, two decimals), or null while it is not final. */
    record Final(BigDecimal points, String note) {}

    /**
     * The final score of a part given its tasks. Marks are given in rubric points; everything after happens on the
     * paper's scale ({@code part}: its paper and rubric maximum), exactly: each mark is converted, the two marks of a
     * pair are compared with the tolerance (paper points) and averaged, and only the result is rounded, once, to two
     * decimals half-up. An arbiter's mark is converted and rounded the same way.
     */
    static Final finalOf(
            List<GradingTaskRecord> tasks, boolean doubleMarking, BigDecimal tolerance, ItemMark.Part part) {
        BigDecimal[] byRound = new BigDecimal[4];
        for (GradingTaskRecord t : tasks) {
            if (GradingRepository.DONE.equals(t.getStatus())) {
                byRound[t.getRoundNo()] = t.getTotal();
            }
        }
        String scale = "（评分标准 " + bare(part.ownMax()) + " 分，本题卷面 " + bare(part.max()) + " 分）";
        if (!doubleMarking) {
            return byRound[1] == null
                    ? null
                    : new Final(
                            ItemMark.onPaper(part, byRound[1]).round(2), "阅卷评分 " + byRound[1].toPlainString() + scale);
        }
        if (byRound[1] == null || byRound[2] == null) {
            return null;
        }
        Fraction first = ItemMark.onPaper(part, byRound[1]);
        Fraction second = ItemMark.onPaper(part, byRound[2]);
        String pair = "双评 " + byRound[1].toPlainString() + "、" + byRound[2].toPlainString() + scale + "，折合卷面 "
                + shown(first) + "、" + shown(second);
        if (first.subtract(second).abs().compareTo(Fraction.of(tolerance)) <= 0) {
            BigDecimal mean = first.add(second).divide(Fraction.of(2)).round(2);
            return new Final(mean, pair + "，取平均 " + mean.toPlainString());
        }
        if (byRound[3] == null) {
            return null;
        }
        BigDecimal arbitrated = ItemMark.onPaper(part, byRound[3]).round(2);
        return new Final(
                arbitrated,
                pair + "，相差超过容差 " + tolerance.toPlainString() + "，仲裁 " + byRound[3].toPlainString() + "，折合卷面 "
                        + arbitrated.toPlainString());
    }

    /** An exact value as it is shown: its finite decimals, or six decimals when it has no finite expansion. */
    private static String shown(Fraction value) {
        BigDecimal six = value.round(6);
        return Fraction.of(six).equals(value) ? bare(six) : six.toPlainString() + "…";
    }

    private static BigDecimal check(ShortAnswer rubric, List<BigDecimal> scores) {
        List<RubricPoint> points = rubric.rubric();
        if (scores == null || scores.size() != points.size() || scores.stream().anyMatch(Objects::isNull)) {
            throw DomainException.badRequest("grader.score.count", points.size());
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < points.size(); i++) {
            BigDecimal s = scores.get(i);
            BigDecimal max = points.get(i).points();
            if (s.signum() < 0 || s.compareTo(max) > 0 || s.stripTrailingZeros().scale() > 2) {
                throw DomainException.badRequest(
                        "grader.score.range", i + 1, max.stripTrailingZeros().toPlainString());
            }
            total = total.add(s);
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** Makes arbiter tasks where a pair disagrees, and re-computes the result once every part is final. */
    void settle(long attemptId, GradingPlanRecord plan, ExamResultRecord result) {
        Map<String, List<GradingTaskRecord>> parts = new TreeMap<>();
        for (GradingTaskRecord t : repository.ofAttemptLocked(attemptId)) {
            parts.computeIfAbsent(t.getPosition() + ":" + t.getPartNo(), k -> new ArrayList<>())
                    .add(t);
        }
        Map<String, ItemMark.Part> scales = new HashMap<>();
        for (ItemResult item : ResultItems.read(result.getItems())) {
            item.parts().forEach(p -> scales.put(item.position() + ":" + p.no(), p));
        }
        Map<Integer, Map<Integer, ResultComputation.Graded>> graded = new HashMap<>();
        boolean allFinal = !parts.isEmpty();
        for (Map.Entry<String, List<GradingTaskRecord>> entry : parts.entrySet()) {
            List<GradingTaskRecord> part = entry.getValue();
            GradingTaskRecord first = part.get(0);
            Final f = finalOf(part, plan.getDoubleMarking(), plan.getTolerance(), scales.get(entry.getKey()));
            if (f == null) {
                allFinal = false;
                boolean pairDone = plan.getDoubleMarking()
                        && part.stream()
                                        .filter(t -> t.getRoundNo() < 3 && GradingRepository.DONE.equals(t.getStatus()))
                                        .count()
                                == 2;
                boolean hasArbiter = part.stream().anyMatch(t -> t.getRoundNo() == 3);
                if (pairDone && !hasArbiter) {
                    GradingTaskRecord arbiter = new GradingTaskRecord();
                    arbiter.setSessionId(first.getSessionId());
                    arbiter.setAttemptId(attemptId);
                    arbiter.setPosition(first.getPosition());
                    arbiter.setPartNo(first.getPartNo());
                    arbiter.setRoundNo(3);
                    arbiter.setQuestionId(first.getQuestionId());
                    arbiter.setCandidateUnitId(first.getCandidateUnitId());
                    arbiter.setMaxPoints(first.getMaxPoints());
                    arbiter.setStatus(GradingRepository.OPEN);
                    arbiter.setCreatedAt(clock.instant());
                    repository.insertTasks(List.of(arbiter));
                }
            } else {
                graded.computeIfAbsent(first.getPosition(), k -> new HashMap<>())
                        .put(first.getPartNo(), new ResultComputation.Graded(f.points(), f.note()));
            }
        }
        if (allFinal) {
            rescore(result, graded);
        }
    }

    private void rescore(ExamResultRecord before, Map<Integer, Map<Integer, ResultComputation.Graded>> graded) {
        SubmittedAttempt a = exams.submitted(before.getAttemptId()).orElseThrow();
        ScoringRuleVersion rule = rules.version(before.getScoringRuleId());
        Map<String, KnowledgeNode> byCode = new HashMap<>();
        tree.nodes().forEach(n -> byCode.put(n.code(), n));
        var computed = ResultComputation.compute(
                a,
                papers.content(a.paperId()),
                rule,
                byCode,
                ResultComputation.byId(byCode),
                graded,
                errata.latest(a.sessionId()));
        if (!computed.complete()) {
            return;
        }
        ResultRepository.Row row = marking.row(a, rule, computed);
        if (ResultStatus.SCORED.name().equals(before.getStatus())
                && Objects.equals(row.items(), before.getItems())
                && before.getStandardScore() != null
                && row.standardScore().compareTo(before.getStandardScore()) == 0) {
            return;
        }
        results.replace(row, before.getReleasedAt() != null);
        if (before.getReleasedAt() != null) {
            events.publishEvent(
                    new ReleasedResultChanged(before.getAttemptId(), before.getSessionId(), before.getCandidateId()));
        }
        audit.record(
                "grading.rescored",
                "examResult",
                before.getAttemptId(),
                "状态 " + ResultStatus.valueOf(before.getStatus()).label() + " → "
                        + row.status().label() + "，卷面得分 " + plain(before.getEarnedPoints())
                        + " → " + plain(row.earnedPoints()) + "，标准分 " + plain(before.getStandardScore()) + " → "
                        + plain(row.standardScore()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "无" : value.toPlainString();
    }

    private static String bare(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

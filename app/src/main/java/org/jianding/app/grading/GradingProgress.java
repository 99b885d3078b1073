package org.jianding.app.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.db.tables.records.GradingPlanRecord;
import org.jianding.app.grading.db.tables.records.GradingTaskRecord;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.exact.Fraction;
import org.jianding.bank.marking.ItemMark;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marking progress of a session for certification officers: per question and per grader how much is done, and
 * how well double markers agree (share of pairs within the tolerance, mean absolute difference), both in paper
 * points like the tolerance itself.
 */
@Service
@RetriedOnConflict
@Transactional
public class GradingProgress {

    public record QuestionLine(
            long questionId,
            String title,
            int total,
            int open,
            int inHand,
            int done,
            int pairs,
            int agreed,
            BigDecimal agreement,
            BigDecimal meanAbsDifference,
            int arbitrations) {}

    public record GraderLine(
            long graderId, String employeeNo, String displayName, long questionId, int inHand, int done) {}

    public record Progress(
            ExamSession session,
            GradingPlan plan,
            List<QuestionLine> questions,
            List<GraderLine> graders,
            int pairs,
            BigDecimal agreement,
            BigDecimal meanAbsDifference) {}

    private final GradingRepository repository;
    private final ResultRepository results;
    private final GradingTasks tasks;
    private final GradingPlans plans;
    private final GradingContent content;
    private final ExamSessions sessions;
    private final Accounts accounts;

    GradingProgress(
            GradingRepository repository,
            GradingTasks tasks,
            GradingPlans plans,
            GradingContent content,
            ExamSessions sessions,
            Accounts accounts,
            ResultRepository results) {
        this.results = results;
        this.repository = repository;
        this.tasks = tasks;
        this.plans = plans;
        this.content = content;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    public Progress of(long sessionId) {
        ExamSession session = sessions.get(sessionId);
        tasks.ensure(sessionId);
        GradingPlanRecord plan = plans.record(sessionId);
        List<GradingTaskRecord> all = repository.ofSession(sessionId);
        Map<String, ItemMark.Part> scales = scales(sessionId);
        Map<Long, List<GradingTaskRecord>> byQuestion = new TreeMap<>();
        all.forEach(t -> byQuestion
                .computeIfAbsent(t.getQuestionId(), k -> new ArrayList<>())
                .add(t));
        List<QuestionLine> questions = new ArrayList<>();
        List<BigDecimal> allDiffs = new ArrayList<>();
        int allAgreed = 0;
        for (var e : byQuestion.entrySet()) {
            List<GradingTaskRecord> list = e.getValue();
            GradingTaskRecord sample = list.get(0);
            Map<String, BigDecimal[]> pairs = new HashMap<>();
            for (GradingTaskRecord t : list) {
                if (t.getRoundNo() < 3 && GradingRepository.DONE.equals(t.getStatus())) {
                    pairs.computeIfAbsent(
                                            t.getAttemptId() + ":" + t.getPosition() + ":" + t.getPartNo(),
                                            k -> new BigDecimal[2])[t.getRoundNo() - 1] =
                            t.getTotal();
                }
            }
            List<BigDecimal> diffs = new ArrayList<>();
            int agreed = 0;
            for (Map.Entry<String, BigDecimal[]> pair : pairs.entrySet()) {
                BigDecimal[] p = pair.getValue();
                if (p[0] != null && p[1] != null) {
                    // on the paper's scale, as GradingScores.finalOf decides
                    ItemMark.Part part = scales.get(pair.getKey());
                    Fraction d = ItemMark.onPaper(part, p[0])
                            .subtract(ItemMark.onPaper(part, p[1]))
                            .abs();
                    diffs.add(d.round(4));
                    if (d.compareTo(Fraction.of(plan.getTolerance())) <= 0) {
                        agreed++;
                    }
                }
            }
            allDiffs.addAll(diffs);
            allAgreed += agreed;
            questions.add(new QuestionLine(
                    e.getKey(),
                    GradingContent.title(content.question(sample.getAttemptId(), sample.getPosition())
                            .content()),
                    list.size(),
                    count(list, GradingRepository.OPEN),
                    count(list, GradingRepository.CLAIMED),
                    count(list, GradingRepository.DONE),
                    diffs.size(),
                    agreed,
                    share(agreed, diffs.size()),
                    mean(diffs),
                    (int) list.stream().filter(t -> t.getRoundNo() == 3).count()));
        }
        Map<String, int[]> perGrader = new TreeMap<>();
        Set<Long> graderIds = new HashSet<>();
        for (GradingTaskRecord t : all) {
            if (t.getGraderId() != null && !GradingRepository.OPEN.equals(t.getStatus())) {
                graderIds.add(t.getGraderId());
                int[] c = perGrader.computeIfAbsent(t.getGraderId() + ":" + t.getQuestionId(), k -> new int[2]);
                c[GradingRepository.DONE.equals(t.getStatus()) ? 1 : 0]++;
            }
        }
        Map<Long, UserAccount> users = accounts.getAll(graderIds);
        List<GraderLine> graders = new ArrayList<>();
        perGrader.forEach((key, c) -> {
            String[] ids = key.split(":");
            UserAccount u = users.get(Long.parseLong(ids[0]));
            graders.add(new GraderLine(u.id(), u.employeeNo(), u.displayName(), Long.parseLong(ids[1]), c[0], c[1]));
        });
        return new Progress(
                session,
                plans.plan(sessionId),
                questions,
                graders,
                allDiffs.size(),
                share(allAgreed, allDiffs.size()),
                mean(allDiffs));
    }

    private static int count(List<GradingTaskRecord> list, String status) {
        return (int) list.stream().filter(t -> status.equals(t.getStatus())).count();
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** Each hand-marked part of the session's results, by attempt, position and part number: its two scales. */
    private Map<String, ItemMark.Part> scales(long sessionId) {
        Map<String, ItemMark.Part> scales = new HashMap<>();
        for (var r : results.ofSession(sessionId)) {
            for (ItemResult item : ResultItems.read(r.getItems())) {
                item.parts().stream()
                        .filter(p -> !p.auto())
                        .forEach(p -> scales.put(r.getAttemptId() + ":" + item.position() + ":" + p.no(), p));
            }
        }
        return scales;
    }
}

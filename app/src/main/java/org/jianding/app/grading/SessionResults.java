package org.jianding.app.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.Enrolment;
import org.jianding.app.exams.Enrolments;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.SessionAttempt;
import org.jianding.app.exams.SubmitReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of one session as officers review them, as the 成绩单 exports them and as the results API returns
 * them: one line per attempt of every enrolled candidate, and one 缺考 line for each enrolled candidate who never
 * started, with unit, status and hand-in; the areas seen on the session's results; and the summary (应考, 实考, 缺考,
 * attempts running, handed in, being marked, waiting for graders, scored, 合格 and 不合格, released, and over scored
 * results the pass rate, mean, median, minimum and maximum of the standard score and the mean score per area).
 */
@Service
@Transactional(readOnly = true)
public class SessionResults {

    /**
     * One line: a candidate with one attempt (its result once marked), or with none (缺考: {@code attemptId} and
     * {@code result} null).
     */
    public record Line(
            long candidateId,
            String employeeNo,
            String name,
            String unit,
            Long attemptId,
            EntryStatus status,
            Instant submittedAt,
            SubmitReason submitReason,
            ResultView result) {

        /** The area line of this result in the area; empty for a line without a result or an area not on it. */
        public java.util.Optional<ResultView.AreaLine> area(String code) {
            return result == null ? java.util.Optional.empty() : result.area(code);
        }

        /** The area score, or null when the line has no result or the area counts for nothing on this paper. */
        public BigDecimal score(String code) {
            return area(code).map(ResultView.AreaLine::score).orElse(null);
        }

        public BigDecimal standardScore() {
            return result == null ? null : result.standardScore();
        }

        /** How the attempt was handed in, in words; empty while it runs or without an attempt. */
        public String handIn() {
            if (submitReason == null || status == EntryStatus.IN_PROGRESS) {
                return "";
            }
            return switch (submitReason) {
                case CANDIDATE -> "考生交卷";
                case TIMEOUT -> "到时自动交卷";
                case PROCTOR -> "监考收卷";
                case FOCUS_LIMIT -> "离开页面超限收卷";
                case PAPER -> "纸笔考试导入";
            };
        }

        /** 合格, 不合格, or empty while there is no decision. */
        public String decision() {
            Boolean passed = result == null ? null : result.passed();
            return passed == null ? "" : passed ? "合格" : "不合格";
        }
    }

    public record Area(String code, String name, BigDecimal mean) {}

    public record Summary(
            int enrolled,
            int sat,
            int absent,
            int inProgress,
            int submitted,
            int marked,
            int unmarked,
            int grading,
            int scored,
            int passed,
            int failed,
            int released,
            int changedAfterRelease,
            BigDecimal passRate,
            BigDecimal mean,
            BigDecimal median,
            BigDecimal min,
            BigDecimal max) {

        /** Releasing is possible once every submitted attempt is marked and no grader has parts left. */
        public boolean releasable() {
            return unmarked == 0 && grading == 0 && scored > released;
        }

        /** Scored results not yet released: what 发布成绩 would release now, even while others are being marked. */
        public int toRelease() {
            return Math.max(0, scored - released);
        }
    }

    /**
     * One form (paper) of the session over its scored results: how many, the mean and SD (sample) of the standard
     * score, and the pass rate, so that an officer sees whether parallel forms were equally hard.
     */
    public record Form(long paperId, int count, BigDecimal mean, BigDecimal sd, BigDecimal passRate) {}

    /** How many scored standard scores fall in [from, to) (the last band includes 100). */
    public record Band(int from, int to, int count) {}

    public record View(ExamSession session, List<Line> lines, List<Area> areas, Summary summary) {

        /** The forms' comparison, in order of first appearance; empty before any result is scored. */
        public List<Form> forms() {
            Map<Long, List<Line>> byPaper = new LinkedHashMap<>();
            for (Line l : lines) {
                if (scored(l)) {
                    byPaper.computeIfAbsent(l.result().paperId(), k -> new ArrayList<>())
                            .add(l);
                }
            }
            List<Form> forms = new ArrayList<>();
            byPaper.forEach((paper, scored) -> {
                List<BigDecimal> scores =
                        scored.stream().map(Line::standardScore).toList();
                long passed = scored.stream()
                        .filter(l -> Boolean.TRUE.equals(l.result().passed()))
                        .count();
                forms.add(new Form(
                        paper,
                        scores.size(),
                        mean(scores, 2),
                        sd(scores),
                        BigDecimal.valueOf(passed * 100L)
                                .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP)));
            });
            return forms;
        }

        /** The scored standard scores in ten bands of ten points. */
        public List<Band> bands() {
            int[] counts = new int[10];
            for (Line l : lines) {
                if (scored(l)) {
                    counts[Math.min(9, l.standardScore().intValue() / 10)]++;
                }
            }
            List<Band> bands = new ArrayList<>();
            for (int b = 0; b < 10; b++) {
                bands.add(new Band(b * 10, b * 10 + 10, counts[b]));
            }
            return bands;
        }

        private static boolean scored(Line l) {
            return l.result() != null
                    && l.result().status() == ResultStatus.SCORED
                    && l.result().standardScore() != null;
        }

        private static BigDecimal sd(List<BigDecimal> scores) {
            if (scores.size() < 2) {
                return null;
            }
            double mean = scores.stream()
                    .mapToDouble(BigDecimal::doubleValue)
                    .average()
                    .orElseThrow();
            double squares = scores.stream()
                    .mapToDouble(v -> (v.doubleValue() - mean) * (v.doubleValue() - mean))
                    .sum();
            return BigDecimal.valueOf(Math.sqrt(squares / (scores.size() - 1))).setScale(2, RoundingMode.HALF_UP);
        }
    }

    private final Results results;
    private final ExamSessions sessions;
    private final Enrolments enrolments;
    private final ExamRecords exams;
    private final Accounts accounts;

    SessionResults(
            Results results, ExamSessions sessions, Enrolments enrolments, ExamRecords exams, Accounts accounts) {
        this.results = results;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.exams = exams;
        this.accounts = accounts;
    }

    public View of(long sessionId) {
        ExamSession session = sessions.get(sessionId);
        Map<Long, ResultView> byAttempt = new HashMap<>();
        results.ofSession(sessionId).forEach(r -> byAttempt.put(r.attemptId(), r));
        Map<Long, List<SessionAttempt>> attempts = new LinkedHashMap<>();
        exams.attemptsIn(sessionId)
                .forEach(a -> attempts.computeIfAbsent(a.candidateId(), k -> new ArrayList<>())
                        .add(a));
        // enrolment order first; anyone with an attempt but no enrolment any more is listed too, never dropped
        Set<Long> candidates = new LinkedHashSet<>();
        enrolments.list(sessionId).stream().map(Enrolment::candidateId).forEach(candidates::add);
        candidates.addAll(attempts.keySet());
        Map<Long, UserAccount> people = accounts.getAll(candidates);
        List<Line> lines = new ArrayList<>();
        for (long candidate : candidates) {
            UserAccount who = people.get(candidate);
            String no = who == null ? "#" + candidate : who.employeeNo();
            String name = who == null ? "" : who.displayName();
            String unit =
                    who == null || who.orgUnit() == null ? "" : who.orgUnit().name();
            List<SessionAttempt> tries = attempts.getOrDefault(candidate, List.of());
            if (tries.isEmpty()) {
                lines.add(new Line(candidate, no, name, unit, null, EntryStatus.ABSENT, null, null, null));
            }
            for (SessionAttempt a : tries) {
                // a reopened attempt is running again: whatever it was marked before is not its result yet
                ResultView r = a.open() ? null : byAttempt.get(a.attemptId());
                EntryStatus status =
                        a.open() ? EntryStatus.IN_PROGRESS : r == null ? EntryStatus.MARKING : EntryStatus.of(r);
                lines.add(new Line(
                        candidate, no, name, unit, a.attemptId(), status, a.submittedAt(), a.submitReason(), r));
            }
        }
        return new View(session, lines, areas(lines), summary(lines));
    }

    private static List<Area> areas(List<Line> lines) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> scores = new LinkedHashMap<>();
        for (Line l : lines) {
            if (l.result() == null) {
                continue;
            }
            for (ResultView.AreaLine a : l.result().areas()) {
                names.putIfAbsent(a.area(), a.name());
                List<BigDecimal> list = scores.computeIfAbsent(a.area(), k -> new ArrayList<>());
                if (a.scored()) {
                    list.add(a.score());
                }
            }
        }
        List<Area> areas = new ArrayList<>();
        names.forEach((code, name) -> areas.add(new Area(code, name, mean(scores.get(code), 2))));
        return areas;
    }

    static Summary summary(List<Line> lines) {
        List<BigDecimal> scores = new ArrayList<>();
        Set<Long> everyone = new LinkedHashSet<>();
        Set<Long> sat = new LinkedHashSet<>();
        int inProgress = 0;
        int submitted = 0;
        int marked = 0;
        int unmarked = 0;
        int grading = 0;
        int passed = 0;
        int released = 0;
        int changed = 0;
        for (Line l : lines) {
            everyone.add(l.candidateId());
            if (l.attemptId() != null) {
                sat.add(l.candidateId());
            }
            switch (l.status()) {
                case IN_PROGRESS -> inProgress++;
                case MARKING -> unmarked++;
                case GRADING -> grading++;
                default -> {}
            }
            submitted += l.submittedAt() != null && l.status() != EntryStatus.IN_PROGRESS ? 1 : 0;
            ResultView r = l.result();
            if (r == null) {
                continue;
            }
            marked++;
            if (r.status() == ResultStatus.SCORED && r.standardScore() != null) {
                scores.add(r.standardScore());
                passed += Boolean.TRUE.equals(r.passed()) ? 1 : 0;
            }
            released += r.releasedAt() != null ? 1 : 0;
            changed += r.changedAfterRelease() ? 1 : 0;
        }
        scores.sort(null);
        int n = scores.size();
        BigDecimal median = n == 0
                ? null
                : n % 2 == 1
                        ? scores.get(n / 2)
                        : scores.get(n / 2 - 1)
                                .add(scores.get(n / 2))
                                .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return new Summary(
                everyone.size(),
                sat.size(),
                everyone.size() - sat.size(),
                inProgress,
                submitted,
                marked,
                unmarked,
                grading,
                n,
                passed,
                n - passed,
                released,
                changed,
                n == 0
                        ? null
                        : BigDecimal.valueOf(passed * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP),
                mean(scores, 2),
                median,
                n == 0 ? null : scores.get(0),
                n == 0 ? null : scores.get(n - 1));
    }

    private static BigDecimal mean(List<BigDecimal> values, int scale) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
    }
}

package org.jianding.app.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of one session as officers review them and as the 成绩单 exports them: one line per result with the
 * candidate's unit and hand-in time, the areas seen on the session's results, and the summary (counts, pass rate,
 * mean, median, minimum and maximum of the standard score, mean score per area; over scored results only).
 */
@Service
@Transactional(readOnly = true)
public class SessionResults {

    public record Line(ResultView result, String unit, Instant submittedAt) {

        /** The area score of this result in the area, or null. */
        public BigDecimal score(String area) {
            return result.areas().stream()
                    .filter(a -> a.area().equals(area))
                    .map(ResultView.AreaLine::score)
                    .findFirst()
                    .orElse(null);
        }
    }

    public record Area(String code, String name, BigDecimal mean) {}

    public record Summary(
            int submitted,
            int marked,
            int unmarked,
            int grading,
            int scored,
            int passed,
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
    }

    public record View(ExamSession session, List<Line> lines, List<Area> areas, Summary summary) {}

    private final Results results;
    private final ExamSessions sessions;
    private final ExamRecords exams;
    private final Accounts accounts;

    SessionResults(Results results, ExamSessions sessions, ExamRecords exams, Accounts accounts) {
        this.results = results;
        this.sessions = sessions;
        this.exams = exams;
        this.accounts = accounts;
    }

    public View of(long sessionId) {
        ExamSession session = sessions.get(sessionId);
        List<ResultView> views = results.ofSession(sessionId);
        Map<Long, UserAccount> people =
                accounts.getAll(views.stream().map(ResultView::candidateId).collect(Collectors.toSet()));
        Map<Long, Instant> submittedAt = new HashMap<>();
        List<Long> ids = views.stream().map(ResultView::attemptId).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            exams.submitted(ids.subList(from, Math.min(ids.size(), from + 500)))
                    .forEach(a -> submittedAt.put(a.attemptId(), a.submittedAt()));
        }
        List<Line> lines = new ArrayList<>();
        for (ResultView v : views) {
            UserAccount who = people.get(v.candidateId());
            lines.add(new Line(
                    v,
                    who == null || who.orgUnit() == null ? "" : who.orgUnit().name(),
                    submittedAt.get(v.attemptId())));
        }
        int unmarked = results.unmarked(sessionId).size();
        int submitted = exams.submittedIn(sessionId).size();
        return new View(session, lines, areas(lines), summary(lines, submitted, unmarked));
    }

    private static List<Area> areas(List<Line> lines) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> scores = new LinkedHashMap<>();
        for (Line l : lines) {
            for (ResultView.AreaLine a : l.result().areas()) {
                names.putIfAbsent(a.area(), a.name());
                List<BigDecimal> list = scores.computeIfAbsent(a.area(), k -> new ArrayList<>());
                if (a.score() != null) {
                    list.add(a.score());
                }
            }
        }
        List<Area> areas = new ArrayList<>();
        names.forEach((code, name) -> areas.add(new Area(code, name, mean(scores.get(code), 2))));
        return areas;
    }

    static Summary summary(List<Line> lines, int submitted, int unmarked) {
        List<BigDecimal> scores = new ArrayList<>();
        int grading = 0;
        int passed = 0;
        int released = 0;
        int changed = 0;
        for (Line l : lines) {
            ResultView r = l.result();
            if (r.status() == ResultStatus.GRADING) {
                grading++;
            } else if (r.standardScore() != null) {
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
                submitted,
                lines.size(),
                unmarked,
                grading,
                n,
                passed,
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

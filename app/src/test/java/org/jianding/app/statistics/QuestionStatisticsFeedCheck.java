package org.jianding.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.Level;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a session feeds into each question's kept statistics, checked against figures worked out here from the marks
 * the test gave (not from the calculator): responses, facility as mean mark / maximum, the discrimination index as
 * Pearson's r of mark and rest score × 100, and per option the count of choosers and their mean standardised total.
 * Fed twice: the session's rows are replaced, not added.
 */
final class QuestionStatisticsFeedCheck {

    private QuestionStatisticsFeedCheck() {}

    static void check(
            QuestionStatisticsFeed feed,
            JdbcTemplate jdbc,
            long sessionId,
            Level level,
            List<List<SessionStatisticsTests.Expected>> persons) {
        feed.feed(sessionId);
        feed.feed(sessionId);
        int n = persons.size();
        double[] totals = new double[n];
        for (int p = 0; p < n; p++) {
            totals[p] = persons.get(p).stream()
                    .mapToDouble(SessionStatisticsTests.Expected::earned)
                    .sum();
        }
        double mean = mean(totals);
        double sd = Math.sqrt(covariance(totals, totals));
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT question_id, level_rank, responses, facility, discrimination, options FROM question_statistic"
                        + " WHERE session_id = ? ORDER BY question_id",
                sessionId);
        long distinct = persons.get(0).stream()
                .map(SessionStatisticsTests.Expected::questionId)
                .distinct()
                .count();
        assertThat(rows).hasSize((int) distinct);
        for (Map<String, Object> row : rows) {
            long questionId = ((Number) row.get("question_id")).longValue();
            assertThat(((Number) row.get("level_rank")).intValue()).isEqualTo(level.rank());
            double[] marks = new double[n];
            double[] rest = new double[n];
            double max = 0;
            Map<String, List<Double>> choosers = new LinkedHashMap<>();
            for (int p = 0; p < n; p++) {
                for (SessionStatisticsTests.Expected e : persons.get(p)) {
                    if (e.questionId() == questionId) {
                        marks[p] = e.earned();
                        max = e.points();
                        if (e.chosen() != null) {
                            for (char c : e.chosen().toCharArray()) {
                                choosers.computeIfAbsent(String.valueOf(c), k -> new ArrayList<>())
                                        .add((totals[p] - mean) / sd);
                            }
                        }
                    }
                }
                rest[p] = totals[p] - marks[p];
            }
            assertThat(((Number) row.get("responses")).intValue()).isEqualTo(n);
            assertThat((Double) row.get("facility")).isCloseTo(mean(marks) / max, within(1e-9));
            double varMarks = covariance(marks, marks);
            double varRest = covariance(rest, rest);
            if (varMarks == 0 || varRest == 0) {
                assertThat(row.get("discrimination")).isNull();
            } else {
                assertThat((Double) row.get("discrimination"))
                        .isCloseTo(100 * covariance(marks, rest) / Math.sqrt(varMarks * varRest), within(1e-7));
            }
            String options = (String) row.get("options");
            Map<String, String> stored = new LinkedHashMap<>();
            if (options != null && !options.isEmpty()) {
                for (String line : options.split("\n")) {
                    stored.put(line.substring(0, line.indexOf(' ')), line);
                }
            }
            assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(choosers.keySet());
            choosers.forEach((option, zs) -> {
                String[] parts = stored.get(option).split(" ", -1);
                assertThat(Integer.parseInt(parts[1])).isEqualTo(zs.size());
                double z =
                        zs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                assertThat(Double.parseDouble(parts[2])).isCloseTo(z, within(1e-9));
            });
        }
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double covariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / (x.length - 1);
    }
}

package org.jianding.app.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A kept calibration written straight into irt_calibration / irt_item_parameter, with parameters made up per question
 * (a 0.6–2.0, b −2–2, spread by the question id), so tests can work out each question's information themselves.
 */
public final class CalibrationFixture {

    /** a and d of one question: P(θ) = 1 / (1 + exp(−(aθ + d))). */
    public record Item(double a, double d) {
        public double information(double theta) {
            double p = 1 / (1 + Math.exp(-(a * theta + d)));
            return a * a * p * (1 - p);
        }
    }

    private CalibrationFixture() {}

    public static Item parametersOf(long questionId) {
        double a = 0.6 + Math.floorMod(questionId * 7919, 141) / 100.0;
        double b = (Math.floorMod(questionId * 104_729, 401) - 200) / 100.0;
        return new Item(a, -a * b);
    }

    /** Keeps a calibration of these questions; returns its id and the parameters written, by question. */
    public static Map.Entry<Long, Map<Long, Item>> keep(JdbcTemplate jdbc, String title, Collection<Long> questionIds) {
        jdbc.update(
                "INSERT INTO irt_calibration (title, model, session_ids, persons, log_likelihood, parameters, aic, bic,"
                        + " cycles, converged, quadrature_points, ability_mean, ability_sd, excluded, created_by,"
                        + " created_at) VALUES (?, 'TWO_PL', '1', 500, -1000, ?, 2100, 2200, 30, TRUE, 41, 0, 1, '',"
                        + " 'officer', ?)",
                title,
                2 * questionIds.size(),
                Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM irt_calibration WHERE title = ?", Long.class, title);
        Map<Long, Item> items = new LinkedHashMap<>();
        int position = 1;
        for (long q : questionIds) {
            Item item = parametersOf(q);
            items.put(q, item);
            jdbc.update(
                    "INSERT INTO irt_item_parameter (calibration_id, question_id, position, a, d, b, anchored,"
                            + " responses, proportion_right) VALUES (?, ?, ?, ?, ?, ?, FALSE, 500, 0.5)",
                    id,
                    q,
                    position++,
                    item.a(),
                    item.d(),
                    -item.d() / item.a());
        }
        return Map.entry(id, items);
    }
}

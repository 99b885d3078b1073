package org.jianding.app.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.blueprints.FacilityBandSpec;
import org.jianding.app.questions.ItemPool;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.questions.QuestionStatistics;
import org.jianding.bank.Level;
import org.jianding.bank.statistics.Observation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A blueprint with a facility band on the real database: the paper lands in the band, by the facility the test works
 * out itself for every question on it (observed at the level from 30 responses, summed in SQL over every session
 * recorded, including other tests'; else the difficulty prior).
 */
@SpringBootTest
@WithMockUser(username = "hr", roles = "EXAM_ADMIN")
class PaperFacilityBandTests {

    @Autowired
    Papers papers;

    @Autowired
    Blueprints blueprints;

    @Autowired
    Accounts accounts;

    @Autowired
    ItemPool pool;

    @Autowired
    QuestionStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPaperWithAFacilityBandIsAssembledWithinIt() {
        long hr = accounts.findByEmployeeNo("hr").orElseThrow().id();
        Level level = Level.JUNIOR;
        BlueprintVersion original =
                blueprints.current(blueprints.posts().get(0).id(), level).orElseThrow();
        long session = 6_600_000_000L + System.nanoTime() % 100_000_000L;
        // every third active question suiting the level was observed 40 times at it: facility 0.35 (harder than its
        // prior)
        Map<Long, Observation> observed = new HashMap<>();
        for (PoolItem item : pool.active()) {
            if (item.levels().contains(level) && item.questionId() % 3 == 0) {
                observed.put(item.questionId(), new Observation(40, 0.35, 30.0, List.of()));
            }
        }
        // and some only 29 times: their prior stays
        for (PoolItem item : pool.active()) {
            if (item.levels().contains(level) && item.questionId() % 3 == 1) {
                observed.put(item.questionId(), new Observation(29, 0.05, 30.0, List.of()));
            }
        }
        statistics.recordSession(session, level, observed);
        try {
            // what every session (this test's and any other's) observed at the level, summed here in SQL
            Map<Long, double[]> pooled = new HashMap<>();
            jdbc.query(
                    "SELECT question_id, SUM(responses), SUM(CASE WHEN facility IS NULL THEN 0 ELSE responses END),"
                            + " SUM(CASE WHEN facility IS NULL THEN 0 ELSE responses * facility END)"
                            + " FROM question_statistic WHERE level_rank = ? GROUP BY question_id",
                    rs -> {
                        pooled.put(rs.getLong(1), new double[] {rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)});
                    },
                    level.rank());
            PaperDetail free = papers.assemble(original.id(), 42L, hr);
            double unbanded = meanFacility(free, pooled);
            double low = Math.round((unbanded + 0.03) * 1000) / 1000.0;
            BlueprintVersion banded = blueprints.save(
                    blueprints.posts().get(0).id(),
                    level,
                    original.spec().withFacilityBand(new FacilityBandSpec(low, low + 0.01)),
                    "目标平均得分率（测试）",
                    hr);
            try {
                for (long seed = 42; seed < 45; seed++) {
                    PaperDetail paper = papers.assemble(banded.id(), seed, hr);
                    assertThat(paper.violations()).isEmpty();
                    assertThat(meanFacility(paper, pooled))
                            .as("seed %d, unbanded %.4f", seed, unbanded)
                            .isBetween(low - 1e-9, low + 0.01 + 1e-9);
                }
            } finally {
                blueprints.save(blueprints.posts().get(0).id(), level, original.spec(), "恢复（测试）", hr);
            }
        } finally {
            jdbc.update("DELETE FROM question_statistic WHERE session_id = ?", session);
        }
    }

    /** Σ points × facility / Σ points, the facility worked out here per question from the summed rows. */
    private static double meanFacility(PaperDetail paper, Map<Long, double[]> pooled) {
        double expected = 0;
        double total = 0;
        for (PaperQuestion q : paper.questions()) {
            double[] o = pooled.get(q.questionId());
            double p = o != null && o[0] >= 30 && o[1] > 0
                    ? o[2] / o[1]
                    : 1.05 - 0.15 * q.content().difficulty().value();
            expected += q.points() * p;
            total += q.points();
        }
        return expected / total;
    }
}

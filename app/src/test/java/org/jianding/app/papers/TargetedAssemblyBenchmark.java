package org.jianding.app.papers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.blueprints.BankSnapshot;
import org.jianding.app.blueprints.BankSnapshots;
import org.jianding.app.blueprints.BlueprintSpec;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.blueprints.InformationTargetSpec;
import org.jianding.app.blueprints.InformationTargets;
import org.jianding.app.testsupport.CalibrationFixture;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.PaperAssembly;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wall-clock time of the editor's live check (/api/blueprints/check) and of one paper assembly for a blueprint with a
 * test information target, on the demo bank of the suite's database. "Cold" calls name a calibration kept just before
 * (a fingerprint never seen), so the parameters are read and the engine is prepared, as every call did before the
 * engine with a target was cached; "warm" calls repeat the last one, which finds it cached. Tagged {@code bench}: runs
 * only with {@code -Pbench}; prints, never asserts timing (docs/benchmarks-assembly.md).
 */
@Tag("bench")
@WebTest
class TargetedAssemblyBenchmark {

    static final int RUNS = 4;
    static final Level LEVEL = Level.SENIOR;
    static final List<Double> THETAS = List.of(-1.0, 0.0, 1.0);

    @Autowired
    MockMvc mvc;

    @Autowired
    Blueprints blueprints;

    @Autowired
    Papers papers;

    @Autowired
    Accounts accounts;

    @Autowired
    BankSnapshots snapshots;

    @Autowired
    InformationTargets targets;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void printsTheCheckAndAssemblyTimesWithATarget() throws Exception {
        long hr = accounts.findByEmployeeNo("hr").orElseThrow().id();
        Post post = blueprints.posts().get(1);
        BlueprintVersion original = blueprints.current(post.id(), LEVEL).orElseThrow();
        List<Long> eligible = snapshots.take().items().stream()
                .filter(i -> i.levels().contains(LEVEL))
                .map(i -> i.questionId())
                .sorted()
                .toList();
        Cookie login = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        try {
            check(login, original.spec()); // the first request of the JVM pays for more than the engine
            long[] checkCold = new long[RUNS];
            long[] assembleCold = new long[RUNS];
            BlueprintSpec spec = null;
            BlueprintVersion version = null;
            for (int r = 0; r < RUNS; r++) {
                long calibration = CalibrationFixture.keep(jdbc, "计时定标 " + System.nanoTime(), eligible)
                        .getKey();
                spec = original.spec().withInformationTarget(new InformationTargetSpec(calibration, THETAS, 13.0));
                checkCold[r] = check(login, spec);
                version = blueprints.save(post.id(), LEVEL, spec, "计时（测试）", hr);
                long start = System.nanoTime();
                papers.assemble(version.id(), 7L + r, hr);
                assembleCold[r] = System.nanoTime() - start;
            }
            // where the time of one assembly goes: the engine (parameters read, prepared) and the draw
            long[] prepareCold = new long[RUNS];
            long[] prepareWarm = new long[RUNS];
            long[] draw = new long[RUNS];
            for (int r = 0; r < RUNS; r++) {
                long calibration = CalibrationFixture.keep(jdbc, "计时定标 " + System.nanoTime(), eligible)
                        .getKey();
                BlueprintVersion fresh = blueprints.save(
                        post.id(),
                        LEVEL,
                        original.spec().withInformationTarget(new InformationTargetSpec(calibration, THETAS, 13.0)),
                        "计时（测试）",
                        hr);
                BankSnapshot bank = snapshots.take(LEVEL);
                long start = System.nanoTime();
                targets.assembly(fresh, bank);
                prepareCold[r] = System.nanoTime() - start;
                start = System.nanoTime();
                PaperAssembly engine = targets.assembly(fresh, bank);
                prepareWarm[r] = System.nanoTime() - start;
                start = System.nanoTime();
                engine.assemble(AssemblyRequest.seeded(7L + r));
                draw[r] = System.nanoTime() - start;
            }
            long[] checkWarm = new long[RUNS];
            long[] assembleWarm = new long[RUNS];
            for (int r = 0; r < RUNS; r++) {
                checkWarm[r] = check(login, spec);
                long start = System.nanoTime();
                papers.assemble(version.id(), 7L + r, hr);
                assembleWarm[r] = System.nanoTime() - start;
            }
            System.out.printf(
                    "targeted blueprint, %d eligible questions at %s, %d-question paper, θ = %s, minimum 13:%n",
                    eligible.size(), LEVEL, original.spec().itemCount(), THETAS);
            System.out.printf(
                    "  /api/blueprints/check  cold %s ms (median %.0f), warm %s ms (median %.0f)%n",
                    millis(checkCold), median(checkCold), millis(checkWarm), median(checkWarm));
            System.out.printf(
                    "  one paper assembly     cold %s ms (median %.0f), warm %s ms (median %.0f)%n",
                    millis(assembleCold), median(assembleCold), millis(assembleWarm), median(assembleWarm));
            System.out.printf(
                    "  of which the engine    cold %s ms (median %.1f), warm %s ms (median %.1f); the draw %s ms"
                            + " (median %.0f)%n",
                    millis(prepareCold),
                    median(prepareCold),
                    millis(prepareWarm),
                    median(prepareWarm),
                    millis(draw),
                    median(draw));
            // statistics observed at the level give assembly a bank of its own, which is not cached (with or without
            // a target)
            System.out.printf(
                    "  assembly on the cached snapshot: %s; load average at the end: %s%n",
                    snapshots.take(LEVEL) == snapshots.take(), loadAverage());
        } finally {
            blueprints.save(post.id(), LEVEL, original.spec(), "恢复（测试）", hr);
        }
    }

    private long check(Cookie login, BlueprintSpec spec) throws Exception {
        long start = System.nanoTime();
        mvc.perform(post("/api/blueprints/check")
                        .cookie(login)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("level", LEVEL.name(), "spec", spec))))
                .andExpect(status().isOk());
        return System.nanoTime() - start;
    }

    private static List<Long> millis(long[] nanos) {
        List<Long> ms = new ArrayList<>();
        for (long n : nanos) {
            ms.add(n / 1_000_000);
        }
        return ms;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return (sorted[(RUNS - 1) / 2] + sorted[RUNS / 2]) / 2e6;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}

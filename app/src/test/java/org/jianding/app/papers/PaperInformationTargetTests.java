package org.jianding.app.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.blueprints.InformationTargetSpec;
import org.jianding.app.blueprints.InvalidBlueprintException;
import org.jianding.app.questions.ItemPool;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.shared.DomainException;
import org.jianding.app.testsupport.CalibrationFixture;
import org.jianding.bank.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A blueprint with a test information target on a calibrated bank, on the real database: parallel forms are drawn to
 * it, and each form's information at the ability points is worked out here from the parameters the test wrote (a²
 * P(1 − P) per question, summed), not read from the app. The blueprint of one post and level gets a targeted version
 * for the test and its original content back afterwards.
 */
@SpringBootTest
@WithMockUser(username = "hr", roles = "EXAM_ADMIN")
class PaperInformationTargetTests {

    static final List<Double> THETAS = List.of(-1.0, 0.0, 1.0);
    static final Level LEVEL = Level.SENIOR;
    /** Least information at every θ: above what forms drawn without the target reach on this bank (about 10–11). */
    static final double MINIMUM = 13.0;

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    PaperForms forms;

    @Autowired
    Papers papers;

    @Autowired
    Blueprints blueprints;

    @Autowired
    Accounts accounts;

    @Autowired
    ItemPool pool;

    @Autowired
    JdbcTemplate jdbc;

    long hr;
    Post post;
    BlueprintVersion original;

    @BeforeEach
    void remember() {
        hr = accounts.findByEmployeeNo("hr").orElseThrow().id();
        post = blueprints.posts().get(1);
        original = blueprints.current(post.id(), LEVEL).orElseThrow();
    }

    @AfterEach
    void restore() {
        blueprints.save(post.id(), LEVEL, original.spec(), "恢复（测试）", hr);
    }

    @Test
    void parallelFormsDrawnToTheTargetMeasureAlikeAtItsAbilityPoints() {
        var calibration = CalibrationFixture.keep(jdbc, "信息量目标 " + System.nanoTime(), eligibleQuestions());
        Map<Long, CalibrationFixture.Item> parameters = calibration.getValue();
        BlueprintVersion targeted = blueprints.save(
                post.id(),
                LEVEL,
                original.spec().withInformationTarget(new InformationTargetSpec(calibration.getKey(), THETAS, MINIMUM)),
                "测验信息量目标（测试）",
                hr);
        assertThat(blueprints.version(targeted.id()).spec().informationTarget())
                .isEqualTo(new InformationTargetSpec(calibration.getKey(), THETAS, MINIMUM));

        FormReport plain = forms.generate(original.id(), candidates(3), 11L);
        FormReport report = forms.generate(targeted.id(), candidates(3), 11L);

        assertThat(report.failures()).isEmpty();
        assertThat(report.formsBuilt()).isEqualTo(3);
        assertThat(report.abilities()).isEqualTo(THETAS);
        assertThat(plain.abilities()).isEmpty();
        for (FormReport.CandidateForm form : report.forms()) {
            PaperDetail paper = papers.get(form.paperId());
            assertThat(paper.violations()).isEmpty();
            List<Double> information = information(paper, parameters);
            for (int p = 0; p < THETAS.size(); p++) {
                assertThat(form.information().get(p))
                        .as("form #%d at θ = %s", form.paperId(), THETAS.get(p))
                        .isCloseTo(information.get(p), within(1e-9));
                // every form reaches the minimum at every point (the engine rounds each item to thousandths)
                assertThat(information.get(p))
                        .as("form #%d at θ = %s", form.paperId(), THETAS.get(p))
                        .isGreaterThanOrEqualTo(
                                MINIMUM - 0.0005 * paper.questions().size());
            }
            assertThat(form.uncalibrated()).isZero();
        }
        // drawn without the target, forms fall short of it at their weakest point on average: the target is what
        // lifted them all there
        assertThat(plain.forms().stream()
                        .mapToDouble(f -> information(papers.get(f.paperId()), parameters).stream()
                                .mapToDouble(x -> x)
                                .min()
                                .orElseThrow())
                        .average()
                        .orElseThrow())
                .isLessThan(MINIMUM);
    }

    @Test
    void aMinimumNoFormCanReachIsRefusedWithTheMostThatCan() {
        var calibration = CalibrationFixture.keep(jdbc, "信息量下限 " + System.nanoTime(), eligibleQuestions());
        BlueprintVersion targeted = blueprints.save(
                post.id(),
                LEVEL,
                original.spec()
                        .withInformationTarget(new InformationTargetSpec(calibration.getKey(), THETAS, 10_000.0)),
                "测验信息量过高（测试）",
                hr);

        assertThatThrownBy(() -> papers.assemble(targeted.id(), 5L, hr))
                .isInstanceOfSatisfying(
                        PaperInfeasibleException.class,
                        e -> assertThat(e.diagnosis().shortfalls().get(0).message())
                                .contains("测验信息量", "10000.00", "即可组卷"));
    }

    @Test
    void aTargetNeedsEnoughCalibratedQuestionsToSaveAndToAssemble() {
        List<Long> eligible = eligibleQuestions();
        var few = CalibrationFixture.keep(jdbc, "信息量太少 " + System.nanoTime(), eligible.subList(0, 3));
        assertThatThrownBy(() -> blueprints.save(
                        post.id(),
                        LEVEL,
                        original.spec().withInformationTarget(new InformationTargetSpec(few.getKey(), THETAS, null)),
                        "测验信息量（测试）",
                        hr))
                .isInstanceOfSatisfying(
                        InvalidBlueprintException.class,
                        e -> assertThat(e.problems().get(0).message())
                                .contains(
                                        "只有 3 道在所选定标中有参数",
                                        "一份试卷要 " + original.spec().itemCount() + " 道"));

        // saved while the calibration covered the pool, then most of its parameters are gone: assembly refuses
        var all = CalibrationFixture.keep(jdbc, "信息量缩水 " + System.nanoTime(), eligible);
        BlueprintVersion targeted = blueprints.save(
                post.id(),
                LEVEL,
                original.spec().withInformationTarget(new InformationTargetSpec(all.getKey(), THETAS, null)),
                "测验信息量（测试）",
                hr);
        jdbc.update("DELETE FROM irt_item_parameter WHERE calibration_id = ? AND position > 5", all.getKey());
        assertThatThrownBy(() -> papers.assemble(targeted.id(), 5L, hr))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("blueprint.information.tooFewCalibrated");
                    assertThat(e.arguments()).containsExactly(5, original.spec().itemCount());
                });
    }

    private List<Long> eligibleQuestions() {
        return pool.active().stream()
                .filter(i -> i.levels().contains(LEVEL))
                .map(PoolItem::questionId)
                .sorted()
                .toList();
    }

    /** The paper's information at each of THETAS from the parameters the test wrote. */
    private static List<Double> information(PaperDetail paper, Map<Long, CalibrationFixture.Item> parameters) {
        List<Double> sums = new ArrayList<>();
        for (double theta : THETAS) {
            double sum = 0;
            for (PaperQuestion q : paper.questions()) {
                CalibrationFixture.Item item = parameters.get(q.questionId());
                sum += item == null ? 0 : item.information(theta);
            }
            sums.add(sum);
        }
        return sums;
    }

    private List<Long> candidates(int n) {
        long unit = accounts.orgUnits().get(0).id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String no = "it" + (System.nanoTime() % 100_000_000L) + SERIAL.incrementAndGet();
            ids.add(accounts.createWithKnownPassword(
                            new UserDraft(
                                    no,
                                    "考生" + no,
                                    unit,
                                    post.id(),
                                    LEVEL,
                                    LocalDate.of(2020, 1, 1),
                                    EnumSet.of(Role.CANDIDATE)),
                            "demo1234x")
                    .user()
                    .id());
        }
        return ids;
    }
}

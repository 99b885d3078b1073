package org.jianding.app.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.questions.WorkflowAction;
import org.jianding.app.testsupport.CalibrationFixture;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.AssemblyResult;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.InformationTarget;
import org.jianding.bank.assembly.ItemRef;
import org.jianding.bank.assembly.PaperAssembly;
import org.jianding.bank.assembly.Section;
import org.jianding.bank.irt.ItemParameters;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The engine for a blueprint with a test information target is prepared once per bank version and calibration
 * fingerprint, like any other: asked again it is the same instance; a calibration whose rows changed behind the app's
 * back gets a new one; and a question changed in the bank reaches it by the incremental update, with its parameters.
 */
@SpringBootTest
@WithMockUser(username = "author", roles = "AUTHOR")
class InformationTargetCacheTests {

    static final Level LEVEL = Level.SENIOR;

    @Autowired
    BankSnapshots snapshots;

    @Autowired
    InformationTargets targets;

    @Autowired
    Blueprints blueprints;

    @Autowired
    QuestionBank bank;

    @Autowired
    Accounts accounts;

    @Autowired
    MeterRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void preparesATargetedEngineOncePerCalibrationFingerprint() {
        BankSnapshot snapshot = snapshots.take();
        List<Long> eligible = snapshot.items().stream()
                .filter(i -> i.levels().contains(LEVEL))
                .map(i -> i.questionId())
                .sorted()
                .toList();
        long calibration = CalibrationFixture.keep(jdbc, "缓存定标 " + System.nanoTime(), eligible)
                .getKey();
        long twin = CalibrationFixture.keep(jdbc, "缓存定标（同参数）" + System.nanoTime(), eligible)
                .getKey();
        BlueprintSpec plain = blueprints
                .current(blueprints.posts().get(1).id(), LEVEL)
                .orElseThrow()
                .spec();
        BlueprintSpec spec =
                plain.withInformationTarget(new InformationTargetSpec(calibration, List.of(-1.0, 0.0, 1.0), null));
        Blueprint blueprint = spec.toBlueprint("缓存测试 " + System.nanoTime(), LEVEL);

        PaperAssembly first = targets.draftAssembly(blueprint, spec, snapshot);
        assertThat(targets.draftAssembly(blueprint, spec, snapshot)).isSameAs(first);

        // the same parameters under another calibration are another engine (the target names the calibration)
        BlueprintSpec other =
                plain.withInformationTarget(new InformationTargetSpec(twin, List.of(-1.0, 0.0, 1.0), null));
        assertThat(targets.draftAssembly(blueprint, other, snapshot)).isNotSameAs(first);

        // a parameter row removed by hand: the fingerprint differs, the parameters are read and prepared anew
        jdbc.update(
                "DELETE FROM irt_item_parameter WHERE calibration_id = ? AND question_id = ?",
                calibration,
                eligible.get(0));
        PaperAssembly afterDelete = targets.draftAssembly(blueprint, spec, snapshot);
        assertThat(afterDelete).isNotSameAs(first);
        assertThat(targets.draftAssembly(blueprint, spec, snapshot)).isSameAs(afterDelete);
        assertThat(targets.coverage(spec, LEVEL, snapshot).calibrated())
                .isEqualTo(targets.coverage(other, LEVEL, snapshot).calibrated() - 1);
    }

    @Test
    void appliesAnEditedQuestionToTheTargetedEngineWithItsParameters() {
        long author = accounts.findByEmployeeNo("author").orElseThrow().id();
        long reviewer = accounts.findByEmployeeNo("reviewer").orElseThrow().id();
        long id = bank.create(question("信息量缓存：新题", 2), author, null, QuestionStatus.ACTIVE)
                .question()
                .id();
        ItemParameters parameters = new ItemParameters(1.5, 0); // information at θ = 0: 1.5² × ¼ = 0.5625
        CalibratedParameters calibration = new CalibratedParameters(
                new ItemCalibrations.CalibrationStamp(-System.nanoTime(), 1, id, 1.5, 0), Map.of(id, parameters));
        // one question, and at least 0.5 at θ = 0: only a question with its parameters can make that paper
        Blueprint blueprint = new Blueprint(
                        "信息量缓存 " + System.nanoTime(),
                        Level.INTERMEDIATE,
                        1,
                        Duration.ofMinutes(5),
                        1,
                        List.of(new Section(QuestionType.SINGLE_CHOICE, 1, 1)),
                        List.of())
                .withInformationTarget(new InformationTarget(List.of(0.0), 0.5));
        BankSnapshot added = snapshots.take();
        PaperAssembly assembly = snapshots.assembly(blueprint, added, calibration);
        assertThat(paperOnly(assembly, added, id)).containsExactly(new ItemRef(String.valueOf(id), 1));
        double rebuilds = count("jianding.bank.snapshot.rebuilds");
        double updates = count("jianding.bank.snapshot.updates");

        bank.edit(id, question("信息量缓存：新题（修订）", 4), author, 1, "改难度");
        bank.act(id, WorkflowAction.SUBMIT, author, null);
        bank.act(id, WorkflowAction.APPROVE, reviewer, null);
        bank.act(id, WorkflowAction.ACTIVATE, reviewer, null);
        BankSnapshot edited = snapshots.take();
        PaperAssembly updated = snapshots.assembly(blueprint, edited, calibration);

        assertThat(count("jianding.bank.snapshot.rebuilds")).isEqualTo(rebuilds);
        assertThat(count("jianding.bank.snapshot.updates")).isGreaterThan(updates);
        assertThat(updated).isNotSameAs(assembly);
        assertThat(snapshots.assembly(blueprint, edited, calibration)).isSameAs(updated);
        assertThat(paperOnly(updated, edited, id)).containsExactly(new ItemRef(String.valueOf(id), 2));
        assertThat(updated.eligibleItems())
                .isEqualTo(PaperAssembly.prepare(blueprint, edited.taxonomy(), calibration.onto(edited.assemblyItems()))
                        .eligibleItems());
        // without the parameters the same question cannot make that paper: the target is what the test turns on
        assertThat(paperOnly(snapshots.assembly(blueprint, edited), edited, id)).isEmpty();
        bank.act(id, WorkflowAction.RETIRE, reviewer, "信息量缓存测试");
    }

    /** The paper of the blueprint drawn with every other item excluded. */
    private static List<ItemRef> paperOnly(PaperAssembly assembly, BankSnapshot snapshot, long id) {
        Set<String> others = snapshot.assemblyItems().stream()
                .map(AssemblyItem::id)
                .filter(i -> !i.equals(String.valueOf(id)))
                .collect(Collectors.toSet());
        AssemblyResult result = assembly.assemble(AssemblyRequest.seeded(1).excluding(others));
        return result.isAssembled()
                ? result.paper().items().stream().map(i -> i.ref()).toList()
                : List.of();
    }

    private double count(String meter) {
        return registry.counter(meter).count();
    }

    private static Question question(String stem, int difficulty) {
        return new Question(
                stem + " " + System.nanoTime(),
                new SingleChoice(
                        List.of(new Option("A", "甲"), new Option("B", "乙"), new Option("C", "丙"), new Option("D", "丁")),
                        "B"),
                BigDecimal.ONE,
                "因为乙正确。",
                "G3",
                List.of(),
                Difficulty.of(difficulty),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR, Level.INTERMEDIATE),
                "");
    }
}

package org.jianding.app.blueprints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.PaperAssembly;
import org.jianding.bank.irt.ItemParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A blueprint's test information target (测验信息量目标) in the app: hands the engine the bank with each question's
 * parameters from the target's calibration, so papers and parallel forms honour it; refuses when too few eligible
 * questions were calibrated for it to mean anything; and measures a paper's information at the target's ability
 * points. Without a target everything is as before (the cached engine of {@link BankSnapshots}).
 *
 * <p>Questions the calibration did not cover add no information (the engine counts them as 0). A target is accepted
 * only while the calibrated eligible questions alone could fill a paper ({@link InformationCoverage#enough}); otherwise the
 * forms would differ in how much of them is measured at all, and equal information would be a fiction.
 */
@Service
@Transactional(readOnly = true)
public class InformationTargets {

    /** Eligible questions (active, suiting the level, of a type with a section), those calibrated, and a paper's. */
    public record InformationCoverage(long calibrationId, int eligible, int calibrated, int needed) {
        public boolean enough() {
            return calibrated >= needed;
        }
    }

    /** A paper's information at each ability point (same order as the target's), and its questions without parameters. */
    public record Measure(List<Double> abilities, List<Double> information, int uncalibrated) {}

    private final BankSnapshots snapshots;
    private final ItemCalibrations calibrations;

    InformationTargets(BankSnapshots snapshots, ItemCalibrations calibrations) {
        this.snapshots = snapshots;
        this.calibrations = calibrations;
    }

    public List<ItemCalibrations.CalibrationChoice> choices() {
        return calibrations.choices();
    }

    /**
     * The engine for the version on this bank: with a target, prepared anew on the bank with the calibration's
     * parameters.
     *
     * @throws DomainException when the calibration is gone or too few eligible questions are calibrated
     */
    public PaperAssembly assembly(BlueprintVersion version, BankSnapshot bank) {
        InformationTargetSpec target = version.spec().informationTarget();
        if (target == null) {
            return snapshots.assembly(version.toBlueprint(), bank);
        }
        Map<Long, ItemParameters> parameters = parameters(target);
        InformationCoverage coverage = coverage(version.spec(), version.level(), bank, parameters);
        if (!coverage.enough()) {
            throw DomainException.badRequest(
                    "blueprint.information.tooFewCalibrated", coverage.calibrated(), coverage.needed());
        }
        return PaperAssembly.prepare(version.toBlueprint(), bank.taxonomy(), calibrated(bank, parameters));
    }

    /** The bank's items with parameters from the spec's calibration (null without a target or calibration). */
    List<AssemblyItem> calibratedItems(BlueprintSpec spec, BankSnapshot bank) {
        InformationTargetSpec target = spec.informationTarget();
        if (target == null || target.calibrationId() == null) {
            return null;
        }
        return calibrations
                .parameters(target.calibrationId())
                .map(p -> calibrated(bank, p))
                .orElse(null);
    }

    /** How much of the eligible pool the spec's calibration covers; null without a target or such calibration. */
    public InformationCoverage coverage(BlueprintSpec spec, Level level, BankSnapshot bank) {
        InformationTargetSpec target = spec.informationTarget();
        if (target == null || target.calibrationId() == null) {
            return null;
        }
        return calibrations
                .parameters(target.calibrationId())
                .map(p -> coverage(spec, level, bank, p))
                .orElse(null);
    }

    /**
     * Measures papers of these questions at the spec's ability points (the calibration read once); the function
     * gives null without a target.
     */
    public Function<List<Long>, Measure> measurer(BlueprintSpec spec) {
        InformationTargetSpec target = spec.informationTarget();
        if (target == null) {
            return questionIds -> null;
        }
        Map<Long, ItemParameters> parameters =
                calibrations.parameters(target.calibrationId()).orElse(Map.of());
        return questionIds -> measure(target, parameters, questionIds);
    }

    private static Measure measure(
            InformationTargetSpec target, Map<Long, ItemParameters> parameters, List<Long> questionIds) {
        List<Double> information = new ArrayList<>();
        for (double theta : target.abilities()) {
            double sum = 0;
            for (long q : questionIds) {
                ItemParameters p = parameters.get(q);
                if (p != null) {
                    double probability = p.probability(theta);
                    sum += p.a() * p.a() * probability * (1 - probability);
                }
            }
            information.add(sum);
        }
        int uncalibrated = (int)
                questionIds.stream().filter(q -> !parameters.containsKey(q)).count();
        return new Measure(target.abilities(), information, uncalibrated);
    }

    /**
     * What stops a valid target from being used on this bank: its calibration is gone, or too few eligible questions
     * have parameters in it (attached to the editor's information section).
     */
    List<BlueprintProblem> problems(BlueprintSpec spec, Level level, BankSnapshot bank, Words words) {
        InformationTargetSpec target = spec.informationTarget();
        if (target == null || !target.valid()) {
            return List.of();
        }
        InformationCoverage coverage = coverage(spec, level, bank);
        if (coverage == null) {
            return List.of(BlueprintProblem.group(
                    "information",
                    words.get("blueprint.information.problem.gone", String.valueOf(target.calibrationId()))));
        }
        if (!coverage.enough()) {
            return List.of(BlueprintProblem.group(
                    "information",
                    words.get(
                            "blueprint.information.problem.coverage",
                            String.valueOf(coverage.eligible()),
                            String.valueOf(coverage.calibrated()),
                            String.valueOf(coverage.needed()))));
        }
        return List.of();
    }

    private Map<Long, ItemParameters> parameters(InformationTargetSpec target) {
        return calibrations
                .parameters(target.calibrationId())
                .orElseThrow(() ->
                        DomainException.badRequest("blueprint.information.calibrationGone", target.calibrationId()));
    }

    private static InformationCoverage coverage(
            BlueprintSpec spec, Level level, BankSnapshot bank, Map<Long, ItemParameters> parameters) {
        int eligible = 0;
        int calibrated = 0;
        for (PoolItem item : bank.items()) {
            if (level != null && item.levels().contains(level) && BlueprintFeedback.pointsOf(spec, item.type()) > 0) {
                eligible++;
                if (parameters.containsKey(item.questionId())) {
                    calibrated++;
                }
            }
        }
        return new InformationCoverage(
                spec.informationTarget().calibrationId(), eligible, calibrated, spec.itemCount());
    }

    private static List<AssemblyItem> calibrated(BankSnapshot bank, Map<Long, ItemParameters> parameters) {
        return bank.assemblyItems().stream()
                .map(i -> {
                    ItemParameters p = parameters.get(Long.parseLong(i.id()));
                    return p == null ? i : i.withIrt(p);
                })
                .toList();
    }
}

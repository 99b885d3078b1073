package org.jianding.app.blueprints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.PaperAssembly;
import org.jianding.bank.irt.ItemParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A blueprint's test information target (测验信息量目标) in the app: hands the engine the bank with each question's
 * parameters from the target's calibration, so papers and parallel forms honour it; refuses when too few eligible
 * questions were calibrated for it to mean anything; and measures a paper's information at the target's ability
 * points. The engine with a target is cached like any other ({@link BankSnapshots}), under the blueprint and the
 * fingerprint of its calibration's parameters ({@link ItemCalibrations#stamp}); the parameters themselves are read once
 * per fingerprint, so a check or an assembly costs one aggregate query for the calibration.
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

    /** Calibrations whose parameters are kept read at once; more are rare (one per targeted blueprint in use). */
    static final int KEPT = 16;

    private final BankSnapshots snapshots;
    private final ItemCalibrations calibrations;
    private final Map<Long, CalibratedParameters> read = new ConcurrentHashMap<>();

    InformationTargets(BankSnapshots snapshots, ItemCalibrations calibrations) {
        this.snapshots = snapshots;
        this.calibrations = calibrations;
    }

    public List<ItemCalibrations.CalibrationChoice> choices() {
        return calibrations.choices();
    }

    /**
     * The engine for the version on this bank: with a target, the one prepared on the bank with the calibration's
     * parameters (cached while bank and calibration stay as they are).
     *
     * @throws DomainException when the calibration is gone or too few eligible questions are calibrated
     */
    public PaperAssembly assembly(BlueprintVersion version, BankSnapshot bank) {
        InformationTargetSpec target = version.spec().informationTarget();
        if (target == null) {
            return snapshots.assembly(version.toBlueprint(), bank);
        }
        CalibratedParameters parameters = read(target.calibrationId())
                .orElseThrow(() ->
                        DomainException.badRequest("blueprint.information.calibrationGone", target.calibrationId()));
        InformationCoverage coverage = coverage(version.spec(), version.level(), bank, parameters.byQuestion());
        if (!coverage.enough()) {
            throw DomainException.badRequest(
                    "blueprint.information.tooFewCalibrated", coverage.calibrated(), coverage.needed());
        }
        return snapshots.assembly(version.toBlueprint(), bank, parameters);
    }

    /**
     * The engine for the editor's draft: with the spec's calibration when it has a target (its coverage was checked
     * with the draft's problems), else, or when the calibration is gone, without.
     */
    PaperAssembly draftAssembly(Blueprint blueprint, BlueprintSpec spec, BankSnapshot bank) {
        InformationTargetSpec target = spec.informationTarget();
        CalibratedParameters parameters = target == null || target.calibrationId() == null
                ? null
                : read(target.calibrationId()).orElse(null);
        return snapshots.assembly(blueprint, bank, parameters);
    }

    /**
     * The calibration's parameters: those read before while its fingerprint is unchanged, else read now; empty when
     * the calibration is gone.
     */
    private Optional<CalibratedParameters> read(long calibrationId) {
        Optional<ItemCalibrations.CalibrationStamp> stamp = calibrations.stamp(calibrationId);
        if (stamp.isEmpty()) {
            read.remove(calibrationId);
            return Optional.empty();
        }
        CalibratedParameters known = read.get(calibrationId);
        if (known != null && known.stamp().equals(stamp.get())) {
            return Optional.of(known);
        }
        // read after the fingerprint: a change in between gives a fingerprint that no longer matches next time
        Optional<CalibratedParameters> now =
                calibrations.parameters(calibrationId).map(p -> new CalibratedParameters(stamp.get(), p));
        now.ifPresent(p -> {
            if (read.size() >= KEPT) {
                read.clear();
            }
            read.put(calibrationId, p);
        });
        return now;
    }

    /** How much of the eligible pool the spec's calibration covers; null without a target or such calibration. */
    public InformationCoverage coverage(BlueprintSpec spec, Level level, BankSnapshot bank) {
        InformationTargetSpec target = spec.informationTarget();
        if (target == null || target.calibrationId() == null) {
            return null;
        }
        return read(target.calibrationId())
                .map(p -> coverage(spec, level, bank, p.byQuestion()))
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
        Map<Long, ItemParameters> parameters = target.calibrationId() == null
                ? Map.of()
                : read(target.calibrationId())
                        .map(CalibratedParameters::byQuestion)
                        .orElse(Map.of());
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
}

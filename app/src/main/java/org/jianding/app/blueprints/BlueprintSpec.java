package org.jianding.app.blueprints;

import java.time.Duration;
import java.util.List;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.Blueprint;

/**
 * The content of one blueprint version: total points, duration, pass mark, sections by question type, weight
 * rows, an optional facility band (target mean facility per paper) and an optional test information target for
 * calibrated questions. Stored as JSON (see V10__blueprint.sql), except the information target, which has its own row
 * (V62__blueprint_information_target.sql); {@link #toBlueprint} hands it to the assembly engine.
 */
public record BlueprintSpec(
        int totalPoints,
        int durationMinutes,
        int passMark,
        List<SectionSpec> sections,
        List<RowSpec> rows,
        FacilityBandSpec facilityBand,
        InformationTargetSpec informationTarget) {

    public BlueprintSpec {
        sections = sections == null ? List.of() : List.copyOf(sections);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public BlueprintSpec(
            int totalPoints, int durationMinutes, int passMark, List<SectionSpec> sections, List<RowSpec> rows) {
        this(totalPoints, durationMinutes, passMark, sections, rows, null, null);
    }

    public BlueprintSpec(
            int totalPoints,
            int durationMinutes,
            int passMark,
            List<SectionSpec> sections,
            List<RowSpec> rows,
            FacilityBandSpec facilityBand) {
        this(totalPoints, durationMinutes, passMark, sections, rows, facilityBand, null);
    }

    public BlueprintSpec withFacilityBand(FacilityBandSpec band) {
        return new BlueprintSpec(totalPoints, durationMinutes, passMark, sections, rows, band, informationTarget);
    }

    public BlueprintSpec withInformationTarget(InformationTargetSpec target) {
        return new BlueprintSpec(totalPoints, durationMinutes, passMark, sections, rows, facilityBand, target);
    }

    /**
     * The engine's blueprint; throws IllegalArgumentException when a row's difficulty range is impossible (callers
     * validate first with {@link BlueprintRules}).
     */
    public Blueprint toBlueprint(String name, Level level) {
        Blueprint blueprint = new Blueprint(
                name,
                level,
                totalPoints,
                Duration.ofMinutes(durationMinutes),
                passMark,
                sections.stream().map(SectionSpec::toSection).toList(),
                rows.stream().map(RowSpec::toShareRow).toList(),
                facilityBand != null && facilityBand.valid() ? facilityBand.toBand() : null);
        return informationTarget != null && informationTarget.valid()
                ? blueprint.withInformationTarget(informationTarget.toTarget())
                : blueprint;
    }

    public int itemCount() {
        return sections.stream().mapToInt(SectionSpec::count).sum();
    }
}

package org.jianding.app.blueprints;

import java.util.List;
import org.jianding.bank.item.QuestionType;

/**
 * What the editor shows while a blueprint is edited: problems per section, row or group; how many eligible
 * questions (active, suiting the level, of a type with a section) the bank holds for each section and row; and
 * whether a paper can be assembled, else the engine's diagnosis; with a test information target, how many eligible
 * questions its calibration covers (null without one).
 */
public record Feedback(
        List<BlueprintProblem> problems,
        int eligibleItems,
        List<SectionSupply> sections,
        List<RowSupply> rows,
        boolean feasible,
        DiagnosisView diagnosis,
        InformationTargets.InformationCoverage information) {

    /** Eligible questions of a section's type against the count one paper needs. */
    public record SectionSupply(int index, QuestionType type, int needed, int eligible) {}

    /**
     * Eligible questions (and their points at the sections' values) a row counts, against its range: points, or
     * questions for a count row ({@code counted}; minPoints and maxPoints then hold the fewest and most questions).
     */
    public record RowSupply(
            int index,
            String label,
            int eligibleItems,
            int eligiblePoints,
            int minPoints,
            int maxPoints,
            boolean counted) {}
}

package org.jianding.bank.assembly;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;

/**
 * A blueprint (比重表 / 组卷规则) for one post and level: total points, duration and pass mark; sections by question
 * type; weight rows (knowledge areas at any depth, difficulty mix, cognitive mix, or any cross of these). The name
 * should carry a version, since issued papers cite it. A section's count may be a range (单选 20–25 题) and a row
 * may bound a number of questions instead of points ({@link ShareRow#count}). {@link BlueprintValidator} rejects contradictory ones. An
 * optional {@link FacilityBand} makes every paper and form equally hard on expected score (null: no target); an
 * optional {@link InformationTarget} asks for test information at given abilities from calibrated items.
 */
public record Blueprint(
        String name,
        Level level,
        int totalPoints,
        Duration duration,
        int passMark,
        List<Section> sections,
        List<ShareRow> rows,
        FacilityBand facilityBand,
        InformationTarget informationTarget) {

    public Blueprint(
            String name,
            Level level,
            int totalPoints,
            Duration duration,
            int passMark,
            List<Section> sections,
            List<ShareRow> rows,
            FacilityBand facilityBand) {
        this(name, level, totalPoints, duration, passMark, sections, rows, facilityBand, null);
    }

    public Blueprint(
            String name,
            Level level,
            int totalPoints,
            Duration duration,
            int passMark,
            List<Section> sections,
            List<ShareRow> rows) {
        this(name, level, totalPoints, duration, passMark, sections, rows, null, null);
    }

    public Blueprint withFacilityBand(FacilityBand band) {
        return new Blueprint(name, level, totalPoints, duration, passMark, sections, rows, band, informationTarget);
    }

    /** The blueprint with a test information target for calibrated items (null: none). */
    public Blueprint withInformationTarget(InformationTarget target) {
        return new Blueprint(name, level, totalPoints, duration, passMark, sections, rows, facilityBand, target);
    }

    public Blueprint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(duration, "duration");
        sections = List.copyOf(sections);
        rows = List.copyOf(rows);
    }

    public Optional<Section> section(QuestionType type) {
        return sections.stream().filter(s -> s.type() == type).findFirst();
    }

    /** Questions per paper (the fewest when a section's count is a range). */
    public int itemCount() {
        return sections.stream().mapToInt(Section::count).sum();
    }

    /** The most questions a paper may have (equal to {@link #itemCount()} without count ranges). */
    public int maxItemCount() {
        return sections.stream().mapToInt(Section::maxCount).sum();
    }

    /** Whether some section's count is a range. */
    public boolean hasCountRanges() {
        return sections.stream().anyMatch(Section::ranged);
    }
}

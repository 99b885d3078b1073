package org.jianding.bank.assembly;

import java.util.Objects;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/**
 * What the engine needs to know of one active item version: its knowledge leaf, type, difficulty, cognitive level,
 * the levels it suits, its facility p (share answering right, for expected scores) and its 互斥 group (items of
 * one group never appear together; null when none).
 */
public record AssemblyItem(
        ItemRef ref,
        String leaf,
        QuestionType type,
        Difficulty difficulty,
        CognitiveLevel cognitive,
        Set<Level> levels,
        double facility,
        String mutexGroup) {

    public AssemblyItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(cognitive, "cognitive");
        levels = Set.copyOf(levels);
        if (!(facility >= 0 && facility <= 1)) {
            throw new IllegalArgumentException("facility must be within [0,1], was " + facility);
        }
    }

    /** An item without measured facility (derived from difficulty) and without 互斥 group. */
    public static AssemblyItem of(
            String id,
            int version,
            String leaf,
            QuestionType type,
            int difficulty,
            CognitiveLevel cognitive,
            Set<Level> levels) {
        Difficulty d = Difficulty.of(difficulty);
        return new AssemblyItem(
                new ItemRef(id, version), leaf, type, d, cognitive, levels, FacilityPolicy.defaultFacility(d), null);
    }

    public AssemblyItem withFacility(double p) {
        return new AssemblyItem(ref, leaf, type, difficulty, cognitive, levels, p, mutexGroup);
    }

    public AssemblyItem withMutexGroup(String group) {
        return new AssemblyItem(ref, leaf, type, difficulty, cognitive, levels, facility, group);
    }

    public String id() {
        return ref.id();
    }
}

package org.jianding.bank.assembly;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.irt.ItemParameters;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/**
 * What the engine needs to know of one active item version: its knowledge leaf, type, difficulty, cognitive level,
 * the levels it suits, its facility p (share answering right, for expected scores), the 互斥 groups it belongs to
 * (of each group at most one item appears in a paper; an item may sit in several groups) and its item set (题组:
 * several questions on one case or passage, drawn all together or not at all; null when none), and how many
 * responses at the blueprint's level its facility was observed on (0 when it is the prior of {@link FacilityPolicy}),
 * and its calibrated parameters when it has them (null otherwise; for a test information target).
 */
public record AssemblyItem(
        ItemRef ref,
        String leaf,
        QuestionType type,
        Difficulty difficulty,
        CognitiveLevel cognitive,
        Set<Level> levels,
        double facility,
        Set<String> mutexGroups,
        String itemSet,
        int responses,
        ItemParameters irt) {

    public AssemblyItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(cognitive, "cognitive");
        levels = Set.copyOf(levels);
        mutexGroups = mutexGroups == null ? Set.of() : Set.copyOf(mutexGroups);
        if (itemSet != null && itemSet.isBlank()) {
            itemSet = null;
        }
        if (!(facility >= 0 && facility <= 1)) {
            throw new IllegalArgumentException("facility must be within [0,1], was " + facility);
        }
        if (responses < 0) {
            throw new IllegalArgumentException("responses must be >= 0");
        }
    }

    /** An item without calibrated parameters. */
    public AssemblyItem(
            ItemRef ref,
            String leaf,
            QuestionType type,
            Difficulty difficulty,
            CognitiveLevel cognitive,
            Set<Level> levels,
            double facility,
            Set<String> mutexGroups,
            String itemSet,
            int responses) {
        this(ref, leaf, type, difficulty, cognitive, levels, facility, mutexGroups, itemSet, responses, null);
    }

    /** An item whose facility was not observed (0 responses). */
    public AssemblyItem(
            ItemRef ref,
            String leaf,
            QuestionType type,
            Difficulty difficulty,
            CognitiveLevel cognitive,
            Set<Level> levels,
            double facility,
            Set<String> mutexGroups,
            String itemSet) {
        this(ref, leaf, type, difficulty, cognitive, levels, facility, mutexGroups, itemSet, 0);
    }

    /** An item in at most one 互斥 group (null: none) and no item set. */
    public AssemblyItem(
            ItemRef ref,
            String leaf,
            QuestionType type,
            Difficulty difficulty,
            CognitiveLevel cognitive,
            Set<Level> levels,
            double facility,
            String mutexGroup) {
        this(
                ref,
                leaf,
                type,
                difficulty,
                cognitive,
                levels,
                facility,
                mutexGroup == null ? Set.of() : Set.of(mutexGroup),
                null,
                0);
    }

    /** An item without measured facility (derived from difficulty), without 互斥 group and item set. */
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
                new ItemRef(id, version),
                leaf,
                type,
                d,
                cognitive,
                levels,
                FacilityPolicy.defaultFacility(d),
                Set.of(),
                null,
                0);
    }

    public AssemblyItem withFacility(double p) {
        return new AssemblyItem(
                ref, leaf, type, difficulty, cognitive, levels, p, mutexGroups, itemSet, responses, irt);
    }

    /**
     * The facility the engine should use given what was observed at the level: the observed one from {@link
     * FacilityPolicy#ENOUGH_RESPONSES} responses on, else the prior of the rated difficulty; the responses are kept
     * either way (the exposure policy prefers items still collecting them).
     */
    public AssemblyItem withObserved(int observedResponses, Double observedFacility) {
        double p = FacilityPolicy.facility(difficulty, observedResponses, observedFacility);
        return new AssemblyItem(
                ref, leaf, type, difficulty, cognitive, levels, p, mutexGroups, itemSet, observedResponses, irt);
    }

    /** Whether the item has fewer observed responses than {@link FacilityPolicy#ENOUGH_RESPONSES}. */
    public boolean collecting() {
        return responses < FacilityPolicy.ENOUGH_RESPONSES;
    }

    /** The item in one more 互斥 group. */
    public AssemblyItem withMutexGroup(String group) {
        Set<String> groups = new LinkedHashSet<>(mutexGroups);
        groups.add(Objects.requireNonNull(group, "group"));
        return withMutexGroups(groups);
    }

    public AssemblyItem withMutexGroups(Set<String> groups) {
        return new AssemblyItem(
                ref, leaf, type, difficulty, cognitive, levels, facility, groups, itemSet, responses, irt);
    }

    /** The item as a member of item set {@code set} (null: none). */
    public AssemblyItem inItemSet(String set) {
        return new AssemblyItem(
                ref, leaf, type, difficulty, cognitive, levels, facility, mutexGroups, set, responses, irt);
    }

    /** The item with calibrated 2PL/Rasch parameters (null: none), for a test information target. */
    public AssemblyItem withIrt(ItemParameters parameters) {
        return new AssemblyItem(
                ref, leaf, type, difficulty, cognitive, levels, facility, mutexGroups, itemSet, responses, parameters);
    }

    /** Fisher information of the item at ability θ (0 without parameters): a² P(θ) (1 − P(θ)). */
    public double information(double theta) {
        if (irt == null) {
            return 0;
        }
        double p = irt.probability(theta);
        return irt.a() * irt.a() * p * (1 - p);
    }

    public String id() {
        return ref.id();
    }
}

package org.jianding.bank.assembly;

/**
 * Which items of the bank may appear in a paper of a blueprint: those that suit the blueprint's level and whose
 * type has a section. The bank passed in holds active versions only (status is the caller's filter).
 */
public final class EligibilityPolicy {

    private EligibilityPolicy() {}

    public static boolean isEligible(AssemblyItem item, Blueprint blueprint) {
        return item.levels().contains(blueprint.level())
                && blueprint.section(item.type()).filter(s -> s.maxCount() > 0).isPresent();
    }
}

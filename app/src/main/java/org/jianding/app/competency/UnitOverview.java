package org.jianding.app.competency;

import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.bank.Level;

/**
 * A unit (with its sub-units) on the competency model: its people on one chosen item, and per item how many people
 * stand at each level and how many meet the standard of their own post and level.
 *
 * @param people number of candidates in the unit and its sub-units
 */
public record UnitOverview(
        OrgUnit unit,
        int modelVersion,
        ModelItem item,
        List<PersonLine> lines,
        List<Distribution> distribution,
        int people) {

    /** One person on the chosen item; {@code assessed} null if never assessed (or below the lowest band). */
    public record PersonLine(
            long userId, String employeeNo, String name, String unitName, Level assessed, Level standard) {

        /** Steps above (positive) or below (negative) the standard; null if not assessed. */
        public Integer gap() {
            return assessed == null ? null : standard.rank() - assessed.rank();
        }
    }

    /**
     * One item's distribution: people per level (资深 first), people without a level, and how many meet their
     * standard (assessed at or above it).
     */
    public record Distribution(
            String itemCode, String itemName, String className, Map<Level, Integer> counts, int none, int meeting) {

        /** Share of the unit's people who meet the standard, in percent, one decimal; 0 for an empty unit. */
        public double meetingShare(int people) {
            return people == 0 ? 0 : Math.round(meeting * 1000.0 / people) / 10.0;
        }
    }
}

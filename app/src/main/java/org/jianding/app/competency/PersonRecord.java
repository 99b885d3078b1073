package org.jianding.app.competency;

import java.time.LocalDate;
import java.util.List;
import org.jianding.app.accounts.UserAccount;

/**
 * A person's competency record as the record page shows it: the profile now (items against the standard of their
 * post and level), every value newest first, and their certifications.
 *
 * @param levelBasis CERTIFIED, DECLARED or DEFAULT: where the level of the standard came from
 * @param today the day (in the display zone) certifications are judged valid on
 */
public record PersonRecord(
        UserAccount person,
        String levelBasis,
        CompetencyProfile profile,
        List<Line> lines,
        List<HistoryLine> history,
        List<CertificationLine> certifications,
        LocalDate today) {

    /** One row of the table: the profile's item with the value behind it (null if never assessed). */
    public record Line(CompetencyProfile.Item item, boolean knowledge, CompetencyValue value) {}

    /** One value of the history with the item's name. */
    public record HistoryLine(String itemName, CompetencyValue value) {}
}

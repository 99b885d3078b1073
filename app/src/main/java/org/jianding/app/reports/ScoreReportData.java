package org.jianding.app.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jianding.app.competency.CompetencyProfile;
import org.jianding.app.grading.ResultView;
import org.jianding.app.statistics.ScoreReliability;
import org.jianding.bank.Level;

/**
 * Everything a score report prints, gathered before rendering so that the PDF is a pure function of it.
 *
 * @param profile the competency profile at release, or null when none is available
 * @param issuedOn the date of this revision
 * @param datedAt the date the PDF carries: the release for the first revision, the reissue for a later one
 * @param revision the document's revision (ADR 12): a result changed after release prints under a new serial
 * @param firstIssuedOn the issue date of revision 1; null for revision 1 itself
 * @param generatedAt when this copy is printed: the one value that differs between two prints
 * @param reliability the session's reliability and standard error of measurement, as kept at the first print
 */
record ScoreReportData(
        String serial,
        String verifyUrl,
        String issuer,
        String candidateName,
        String employeeNo,
        String unit,
        String postName,
        Level level,
        String sessionTitle,
        LocalDate sessionDate,
        BigDecimal standardScore,
        BigDecimal passMark,
        boolean passed,
        List<ResultView.AreaLine> areas,
        int ruleVersion,
        CompetencyProfile profile,
        LocalDate issuedOn,
        Instant datedAt,
        int revision,
        LocalDate firstIssuedOn,
        String generatedAt,
        ScoreReliability.Reliability reliability) {

    ScoreReportData {
        areas = List.copyOf(areas);
    }
}

package org.jianding.app.accounts.userimport;

import java.util.List;
import org.jianding.app.accounts.CreatedUser;
import org.jianding.bank.sheet.CellProblem;

/** What an upload came to: every user imported, or none and the reasons. */
public sealed interface UserImportResult {

    /** All rows were imported; the one-time passwords are in here only, to be shown once. */
    record Imported(List<CreatedUser> users) implements UserImportResult {}

    /**
     * Nothing was imported. {@code highlightedCopy} is the uploaded workbook with each bad cell marked red and
     * commented, made for this response and not kept.
     */
    record Rejected(List<CellProblem> problems, long rowsWithProblems, byte[] highlightedCopy)
            implements UserImportResult {}
}

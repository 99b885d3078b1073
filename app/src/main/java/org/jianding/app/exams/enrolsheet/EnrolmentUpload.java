package org.jianding.app.exams.enrolsheet;

import java.util.List;
import org.jianding.bank.sheet.CellProblem;

/**
 * What an enrolment list held: the 工号 to enrol when every row is good, else every problem by row and column with
 * a copy of the file in which the bad cells are marked.
 */
public record EnrolmentUpload(
        List<String> employeeNos, List<CellProblem> problems, long rowsWithProblems, byte[] highlightedCopy) {

    public boolean rejected() {
        return !problems.isEmpty();
    }
}

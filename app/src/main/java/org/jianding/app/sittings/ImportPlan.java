package org.jianding.app.sittings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jianding.app.exams.Enrollee;
import org.jianding.bank.sheet.CellProblem;

/**
 * A checked score file: every problem by row and column, or (when there is none) what the import will write: one
 * line per candidate row, and the enrolled candidates the file does not name (recorded as 缺考 too).
 *
 * @param format what was read: .xlsx, or CSV with its encoding
 */
public record ImportPlan(String format, List<CellProblem> problems, List<Line> lines, List<Enrollee> notInFile) {

    /**
     * One candidate's row: the row number as the file shows it, whether 缺考, and for a candidate who sat the
     * canonical answers of items given as letters and the points of items given as points, by paper position.
     */
    public record Line(
            int row,
            Enrollee candidate,
            boolean absent,
            Map<Integer, String> answers,
            Map<Integer, BigDecimal> points) {

        /** The points written in the file (items given as letters are marked on import). */
        public BigDecimal writtenPoints() {
            return points.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    public boolean acceptable() {
        return problems.isEmpty();
    }

    public long sat() {
        return lines.stream().filter(l -> !l.absent()).count();
    }

    public long absent() {
        return lines.stream().filter(Line::absent).count() + notInFile.size();
    }

    public long rowsWithProblems() {
        return problems.stream().map(CellProblem::row).distinct().count();
    }
}

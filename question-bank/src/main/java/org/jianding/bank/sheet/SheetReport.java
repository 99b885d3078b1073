package org.jianding.bank.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every problem found in one upload, from the reader and from the importer's rules, and the way to show them: a
 * list to print, and a copy of the uploaded workbook in which each bad cell is filled red and carries its messages
 * as a comment, so the user fixes the file they know rather than retyping it.
 */
public final class SheetReport {

    private final byte[] original;
    private final SheetLimits limits;
    private final SheetMessages messages;
    private final List<CellProblem> problems = new ArrayList<>();

    SheetReport(byte[] original, SheetLimits limits, SheetMessages messages) {
        this.original = original;
        this.limits = limits;
        this.messages = messages;
    }

    public void add(CellProblem problem) {
        problems.add(problem);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The problems by sheet (in the order first reported), row and column. */
    public List<CellProblem> problems() {
        List<String> sheets =
                problems.stream().map(CellProblem::sheet).distinct().toList();
        return problems.stream()
                .sorted(Comparator.<CellProblem>comparingInt(p -> sheets.indexOf(p.sheet()))
                        .thenComparingInt(CellProblem::row)
                        .thenComparingInt(p -> p.column().length())
                        .thenComparing(CellProblem::column))
                .toList();
    }

    /** How many rows have at least one problem. */
    public long rowsWithProblems() {
        return problems.stream().map(p -> p.sheet() + "!" + p.row()).distinct().count();
    }

    /** Writes the uploaded workbook again, with the bad cells filled red and commented. */
    public void writeHighlightedCopy(OutputStream out) throws IOException {
        try {
            HighlightedCopy.write(XlsxUpload.open(original, limits), problems(), out);
        } catch (UnreadableWorkbookException e) {
            throw new IOException("the upload was readable before and is not now", e);
        }
    }

    void add(String sheet, int row, int columnIndex, String key, Object argument) {
        add(new CellProblem(sheet, row, SheetHeader.letter(columnIndex), messages.get(key, argument)));
    }
}

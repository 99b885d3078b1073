package org.jianding.bank.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Marks the problems in a copy of the upload. Each bad cell keeps its value and format but gets a red fill, and its
 * messages become the cell's comment; styles are cloned once per original style, so thousands of marks stay within
 * Excel's style limit. The first sheet with a problem opens first.
 */
final class HighlightedCopy {

    /** Pure red, the colour users expect for "wrong". */
    static final byte[] RED = {(byte) 0xFF, 0, 0};

    private static final String AUTHOR = "鉴定";

    private HighlightedCopy() {}

    static void write(XSSFWorkbook workbook, List<CellProblem> problems, OutputStream out) throws IOException {
        try (workbook) {
            Map<Short, XSSFCellStyle> redStyles = new HashMap<>();
            Map<String, List<CellProblem>> byCell = problems.stream()
                    .collect(Collectors.groupingBy(
                            p -> p.sheet() + "!" + p.cell(), LinkedHashMap::new, Collectors.toList()));
            for (List<CellProblem> here : byCell.values()) {
                Sheet sheet = workbook.getSheet(here.get(0).sheet());
                if (sheet != null) {
                    mark(sheet, here, redStyles);
                }
            }
            if (!problems.isEmpty() && workbook.getSheet(problems.get(0).sheet()) != null) {
                int first = workbook.getSheetIndex(problems.get(0).sheet());
                workbook.setActiveSheet(first);
                workbook.setFirstVisibleTab(first);
            }
            workbook.write(out);
        }
    }

    private static void mark(Sheet sheet, List<CellProblem> here, Map<Short, XSSFCellStyle> redStyles) {
        CellProblem first = here.get(0);
        int rowIndex = first.row() - 1;
        int columnIndex = CellReference.convertColStringToIndex(first.column());
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        Cell cell = row.getCell(columnIndex) == null ? row.createCell(columnIndex) : row.getCell(columnIndex);
        cell.setCellStyle(redStyles.computeIfAbsent(
                cell.getCellStyle().getIndex(), i -> red((XSSFWorkbook) sheet.getWorkbook(), i)));
        cell.removeCellComment();
        cell.setCellComment(comment(sheet, rowIndex, columnIndex, here));
    }

    private static XSSFCellStyle red(XSSFWorkbook workbook, short originalIndex) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(workbook.getCellStyleAt(originalIndex));
        style.setFillForegroundColor(new XSSFColor(RED, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static Comment comment(Sheet sheet, int rowIndex, int columnIndex, List<CellProblem> here) {
        CreationHelper factory = sheet.getWorkbook().getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(columnIndex + 1);
        anchor.setCol2(columnIndex + 4);
        anchor.setRow1(rowIndex);
        anchor.setRow2(rowIndex + 2 + here.size());
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(
                here.stream().map(CellProblem::message).collect(Collectors.joining("\n"))));
        comment.setAuthor(AUTHOR);
        return comment;
    }
}

package org.jianding.app.accounts.userimport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.bank.Level;
import org.jianding.bank.sheet.SheetColumn;

/**
 * The import template. It is written in Chinese like the sheets users receive from HR; the 用户 sheet has 工号 as
 * text (so leading zeros survive), dates as dates, drop-downs for 单位编码, 岗位 and 级别 fed from a hidden 选项
 * sheet (an inline list would break past 255 characters of post names), and an example row that imports as is.
 */
final class UserImportTemplate {

    private static final String OPTIONS = "选项";
    private static final int VALIDATED_ROWS = UserSheet.MAX_USERS;

    private UserImportTemplate() {}

    static void write(List<OrgUnit> units, List<Post> posts, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            instructions(workbook, posts);
            Sheet users = workbook.createSheet(UserSheet.NAME);
            Sheet options = workbook.createSheet(OPTIONS);
            header(workbook, users);
            example(workbook, users, units, posts);
            dropDown(
                    users,
                    options,
                    0,
                    UserSheet.ORG_UNIT,
                    units.stream().map(OrgUnit::code).toList());
            dropDown(
                    users,
                    options,
                    1,
                    UserSheet.POST,
                    posts.stream().map(Post::name).toList());
            dropDown(
                    users,
                    options,
                    2,
                    UserSheet.LEVEL,
                    Arrays.stream(Level.values()).map(Level::label).toList());
            users.createFreezePane(0, 1);
            workbook.setSheetHidden(workbook.getSheetIndex(options), true);
            workbook.setActiveSheet(workbook.getSheetIndex(users));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void instructions(XSSFWorkbook workbook, List<Post> posts) {
        Sheet sheet = workbook.createSheet("说明");
        String roles = String.join(
                "、", Arrays.stream(Role.values()).map(Role::shortName).toList());
        List<String> lines = List.of(
                "用户导入说明",
                "",
                "1. 在“用户”工作表中每行填写一个用户，第一行为表头，请勿修改表头；示例行请删除或改为真实数据。",
                "2. 工号（必填）：2–32 位字母、数字、下划线或连字符，不能与已有用户或本表其他行重复（不区分大小写）。",
                "3. 姓名（必填）：不超过 64 个字符。",
                "4. 单位编码（可选）：须为系统中已有的单位编码，可从下拉列表选择。",
                "5. 岗位（可选）：须为系统中已有的岗位名称："
                        + String.join("、", posts.stream().map(Post::name).toList()) + "。",
                "6. 级别（可选）：初级/四级、中级/三级、高级/二级、资深/一级，或下拉列表中的写法，如 三级(中级)。",
                "7. 任岗日期（可选）：日期单元格，或写作 2024-07-01、2024/7/1、2024年7月1日。",
                "8. 角色（必填）：" + roles + "，多个角色用逗号或顿号分隔，如：考生、阅卷。",
                "9. 初始密码（可选）：至少 8 位且同时包含字母和数字；留空则由系统生成一次性密码。",
                "10. 所有用户首次登录时都必须修改密码。",
                "11. 不接受公式单元格，请填写值本身；只接受 .xlsx 文件，最多 " + UserSheet.MAX_USERS + " 行。",
                "12. 只要有一行有问题，就不会导入任何用户；系统会列出每个问题的行和列，并提供标注了问题的文件供下载修改。");
        CellStyle title = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        title.setFont(bold);
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
        sheet.getRow(0).getCell(0).setCellStyle(title);
        sheet.setColumnWidth(0, 110 * 256);
    }

    private static void header(XSSFWorkbook workbook, Sheet users) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row row = users.createRow(0);
        for (int c = 0; c < UserSheet.COLUMNS.size(); c++) {
            SheetColumn column = UserSheet.COLUMNS.get(c);
            row.createCell(c).setCellValue(column.name());
            row.getCell(c).setCellStyle(style);
            users.setColumnWidth(c, (column == UserSheet.ROLES ? 24 : 16) * 256);
            users.setDefaultColumnStyle(c, column == UserSheet.IN_POST_SINCE ? date : text);
        }
    }

    private static void example(XSSFWorkbook workbook, Sheet users, List<OrgUnit> units, List<Post> posts) {
        Row row = users.createRow(1);
        List<SheetColumn> columns = UserSheet.COLUMNS;
        row.createCell(columns.indexOf(UserSheet.EMPLOYEE_NO)).setCellValue("10001");
        row.createCell(columns.indexOf(UserSheet.DISPLAY_NAME)).setCellValue("张三");
        row.createCell(columns.indexOf(UserSheet.ORG_UNIT))
                .setCellValue(units.isEmpty() ? "" : units.get(0).code());
        row.createCell(columns.indexOf(UserSheet.POST))
                .setCellValue(posts.isEmpty() ? "" : posts.get(0).name());
        row.createCell(columns.indexOf(UserSheet.LEVEL)).setCellValue(Level.JUNIOR.label());
        var since = row.createCell(columns.indexOf(UserSheet.IN_POST_SINCE));
        since.setCellValue(LocalDate.of(2024, 7, 1));
        since.setCellStyle(users.getColumnStyle(columns.indexOf(UserSheet.IN_POST_SINCE)));
        row.createCell(columns.indexOf(UserSheet.ROLES)).setCellValue(Role.CANDIDATE.shortName());
        for (var cell : row) {
            if (cell.getColumnIndex() != columns.indexOf(UserSheet.IN_POST_SINCE)) {
                cell.setCellStyle(users.getColumnStyle(cell.getColumnIndex()));
            }
        }
    }

    /** A list drop-down on the column, its values in column {@code optionColumn} of the hidden options sheet. */
    private static void dropDown(
            Sheet users, Sheet options, int optionColumn, SheetColumn column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        Function<Integer, Row> row = i -> options.getRow(i) == null ? options.createRow(i) : options.getRow(i);
        row.apply(0).createCell(optionColumn).setCellValue(column.name());
        for (int i = 0; i < values.size(); i++) {
            row.apply(i + 1).createCell(optionColumn).setCellValue(values.get(i));
        }
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(optionColumn);
        String range = "'" + OPTIONS + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1);
        int target = UserSheet.COLUMNS.indexOf(column);
        DataValidationHelper helper = users.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(range), new CellRangeAddressList(1, VALIDATED_ROWS, target, target));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        users.addValidationData(validation);
    }
}

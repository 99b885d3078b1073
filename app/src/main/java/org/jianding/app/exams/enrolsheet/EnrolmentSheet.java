package org.jianding.app.exams.enrolsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.sheet.SheetColumn;
import org.jianding.bank.sheet.SheetLimits;
import org.jianding.bank.sheet.SheetRow;
import org.jianding.bank.sheet.SheetTable;
import org.jianding.bank.sheet.UnreadableWorkbookException;
import org.jianding.bank.sheet.XlsxUpload;
import org.springframework.stereotype.Service;

/**
 * Reads an enrolment list (报名名单): an .xlsx with a 工号 column and, optionally, a 姓名 column that must match the
 * name registered for that 工号. The file is opened defensively ({@link XlsxUpload}: size and row limits, no formula
 * evaluated); every bad row is reported by row and column, and only a file without problems yields 工号 to enrol.
 * Reading enrols nobody: the caller previews and enrols through {@code Enrolments}, where the 申报条件 apply.
 */
@Service
public class EnrolmentSheet {

    public static final String SHEET = "报名名单";
    static final SheetColumn EMPLOYEE_NO = SheetColumn.required("工号", "员工编号", "登录名");
    static final SheetColumn DISPLAY_NAME = SheetColumn.optional("姓名", "名字");
    static final List<SheetColumn> COLUMNS = List.of(EMPLOYEE_NO, DISPLAY_NAME);
    public static final int MAX_PEOPLE = 5_000;
    static final SheetLimits LIMITS =
            SheetLimits.DEFAULT.withMaxBytes(2L * 1024 * 1024).withMaxRows(MAX_PEOPLE + 10);

    private final Accounts accounts;

    EnrolmentSheet(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The template: a 说明 sheet and the 报名名单 sheet with the 工号 and 姓名 header, 工号 as text. */
    public byte[] template() {
        return EnrolmentTemplate.write(COLUMNS.stream().map(SheetColumn::name).toList());
    }

    /**
     * Reads an upload. A file that cannot be read at all is refused with a {@link DomainException} whose code names
     * the reason ({@code examAdmin.upload.*}).
     */
    public EnrolmentUpload read(InputStream upload) {
        try (XlsxUpload workbook = XlsxUpload.read(upload, LIMITS)) {
            SheetTable table = workbook.table(sheetName(workbook), COLUMNS);
            List<SheetRow> rows = table.rows();
            if (rows.isEmpty() && !workbook.report().hasProblems()) {
                throw DomainException.badRequest("examAdmin.upload.empty", table.sheetName());
            }
            List<String> employeeNos = check(rows);
            if (workbook.report().hasProblems()) {
                ByteArrayOutputStream copy = new ByteArrayOutputStream();
                workbook.report().writeHighlightedCopy(copy);
                return new EnrolmentUpload(
                        List.of(),
                        workbook.report().problems(),
                        workbook.report().rowsWithProblems(),
                        copy.toByteArray());
            }
            return new EnrolmentUpload(employeeNos, List.of(), 0, null);
        } catch (UnreadableWorkbookException e) {
            throw DomainException.badRequest("examAdmin.upload." + e.reason(), e.detail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's sheet, else the first visible sheet whose header has a 工号 column. */
    private static String sheetName(XlsxUpload workbook) {
        for (String name : workbook.sheetNames()) {
            if (workbook.names(name, EMPLOYEE_NO) && name.equals(SHEET)) {
                return name;
            }
        }
        return workbook.sheetNames().stream()
                .filter(name -> workbook.names(name, EMPLOYEE_NO))
                .findFirst()
                .orElse(SHEET);
    }

    private List<String> check(List<SheetRow> rows) {
        List<String> employeeNos = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (SheetRow row : rows) {
            String no = row.code(EMPLOYEE_NO);
            if (no == null) {
                if (!row.hasProblem(EMPLOYEE_NO)) {
                    row.problem(EMPLOYEE_NO, "“工号”不能为空");
                }
                row.text(DISPLAY_NAME);
                continue;
            }
            Integer earlier = firstRow.putIfAbsent(no.toLowerCase(Locale.ROOT), row.number());
            if (earlier != null) {
                row.problem(EMPLOYEE_NO, "工号“" + no + "”与第 " + earlier + " 行重复");
                continue;
            }
            Optional<UserAccount> user = accounts.findByEmployeeNo(no);
            String name = row.text(DISPLAY_NAME);
            if (user.isEmpty()) {
                row.problem(EMPLOYEE_NO, "工号“" + no + "”不存在");
                continue;
            }
            if (name != null && !same(name, user.get().displayName())) {
                row.problem(
                        DISPLAY_NAME,
                        "姓名“" + name + "”与工号 " + no + " 登记的姓名“" + user.get().displayName() + "”不符");
                continue;
            }
            employeeNos.add(user.get().employeeNo());
        }
        return employeeNos;
    }

    private static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}

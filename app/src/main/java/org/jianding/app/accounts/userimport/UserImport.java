package org.jianding.app.accounts.userimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CreatedUser;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.shared.ConflictRetry;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.sheet.SheetRow;
import org.jianding.bank.sheet.SheetTable;
import org.jianding.bank.sheet.UnreadableWorkbookException;
import org.jianding.bank.sheet.XlsxUpload;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports users from an uploaded .xlsx (the 用户 sheet of {@link #template}). Every row is validated before anything
 * is written; if any row is bad nothing is imported and every problem comes back by sheet, row and column with a
 * marked copy of the file. Otherwise all users are created in one transaction through {@link Accounts} (each
 * audited, each with a password to change at first login). Callers check who may call.
 */
@Service
public class UserImport {

    private final Accounts accounts;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final ConflictRetry retry;

    UserImport(
            Accounts accounts,
            AuditLog audit,
            MessageSource messages,
            TransactionTemplate transactions,
            ConflictRetry retry) {
        this.retry = retry;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
    }

    /** The template: instructions, the 用户 sheet with drop-downs for 岗位, 级别 and 单位编码, one example row. */
    public byte[] template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UserImportTemplate.write(accounts.orgUnits(), accounts.posts(), out);
        return out.toByteArray();
    }

    /**
     * Reads, checks and (when every row is good) imports an upload. A file that cannot be read at all is refused
     * with a {@link DomainException} whose code names the reason ({@code userImport.file.*}).
     */
    public UserImportResult importFrom(InputStream upload, String fileName, Locale locale) {
        ImportMessages words = new ImportMessages(messages, locale);
        try (XlsxUpload workbook = XlsxUpload.read(upload, UserSheet.LIMITS, words)) {
            SheetTable table = workbook.table(UserSheet.NAME, UserSheet.COLUMNS);
            List<SheetRow> rows = table.rows();
            if (rows.isEmpty() && !workbook.report().hasProblems()) {
                throw DomainException.badRequest("userImport.empty", table.sheetName());
            }
            List<NewUser> users = new UserRowPolicy(accounts, words).check(rows);
            if (workbook.report().hasProblems()) {
                ByteArrayOutputStream copy = new ByteArrayOutputStream();
                workbook.report().writeHighlightedCopy(copy);
                return new UserImportResult.Rejected(
                        workbook.report().problems(), workbook.report().rowsWithProblems(), copy.toByteArray());
            }
            return new UserImportResult.Imported(createAll(users, fileName));
        } catch (UnreadableWorkbookException e) {
            throw DomainException.badRequest("userImport.file." + e.reason(), e.detail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<CreatedUser> createAll(List<NewUser> users, String fileName) {
        // the one transaction of the import, run again if the database rolled it back for a conflict (not after a
        // broken connection: it may have committed, and a second run would refuse the 工号 as taken)
        return retry.run(
                "UserImport.createAll",
                false,
                () -> transactions.execute(status -> {
                    List<CreatedUser> created = users.stream()
                            .map(u -> accounts.create(u.draft(), u.initialPassword()))
                            .toList();
                    String employeeNos =
                            created.stream().map(c -> c.user().employeeNo()).collect(Collectors.joining(", "));
                    audit.record(
                            "users.imported",
                            "user",
                            null,
                            abbreviate("从 " + fileName + " 导入 " + created.size() + " 人：" + employeeNos));
                    return created;
                }));
    }

    private static String abbreviate(String detail) {
        return detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
    }
}

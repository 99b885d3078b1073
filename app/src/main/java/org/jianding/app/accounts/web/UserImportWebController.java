package org.jianding.app.accounts.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jianding.app.accounts.userimport.OneTimePasswords;
import org.jianding.app.accounts.userimport.UserImport;
import org.jianding.app.accounts.userimport.UserImportResult;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.XlsxDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing users from Excel (用户管理 → 从 Excel 导入). Administrators only. The answer to an upload is rendered
 * directly: the problems with a marked copy of the file, or the imported users with their one-time passwords.
 */
@Controller
@RequestMapping("/admin/users/import")
@PreAuthorize("hasRole('ADMIN')")
class UserImportWebController {

    static final String TEMPLATE_NAME = "用户导入模板.xlsx";

    private final UserImport userImport;

    UserImportWebController(UserImport userImport) {
        this.userImport = userImport;
    }

    @GetMapping
    String form() {
        return "admin/users/import";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return XlsxDownloads.attachment(TEMPLATE_NAME, userImport.template());
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errorCode", "userImport.file.missing");
            return "admin/users/import";
        }
        UserImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = userImport.importFrom(in, file.getOriginalFilename(), locale);
        } catch (DomainException e) {
            model.addAttribute("error", e);
            return "admin/users/import";
        }
        if (result instanceof UserImportResult.Rejected rejected) {
            model.addAttribute("rejected", rejected);
            model.addAttribute("highlightedUrl", XlsxDownloads.dataUrl(rejected.highlightedCopy()));
            model.addAttribute("highlightedName", markedName(file.getOriginalFilename()));
            return "admin/users/import";
        }
        var imported = (UserImportResult.Imported) result;
        model.addAttribute("imported", imported.users());
        model.addAttribute("passwordsUrl", XlsxDownloads.dataUrl(OneTimePasswords.workbook(imported.users())));
        return "admin/users/imported";
    }

    private static String markedName(String original) {
        String base = original == null || original.isBlank() ? "用户" : original.replaceAll("(?i)\\.xlsx$", "");
        return base + "-问题标注.xlsx";
    }
}

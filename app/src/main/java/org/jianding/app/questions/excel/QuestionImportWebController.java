package org.jianding.app.questions.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.questions.interchange.ForeignImport;
import org.jianding.app.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 题库 → 从 Excel 导入 (authors) and the Excel export of a search (authors and exam administrators). The answer to an
 * upload is rendered directly: the problems with a marked copy of the file, the warnings, or what was imported.
 * The page posts with fetch to show a progress bar (static/js/question-import.js); without script it posts plainly.
 */
@Controller
class QuestionImportWebController {

    /** Warnings listed on the page; the count is always shown. */
    static final int SHOWN_WARNINGS = 200;

    private final QuestionImport questionImport;
    private final CurrentUser currentUser;
    private final ForeignImport foreignImport;

    QuestionImportWebController(QuestionImport questionImport, CurrentUser currentUser, ForeignImport foreignImport) {
        this.questionImport = questionImport;
        this.foreignImport = foreignImport;
        this.currentUser = currentUser;
    }

    @GetMapping("/bank/import")
    @PreAuthorize("hasRole('AUTHOR')")
    String form() {
        return "bank/import";
    }

    @GetMapping("/bank/import/template")
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    ResponseEntity<byte[]> template() {
        return XlsxResponses.attachment(XlsxResponses.TEMPLATE_NAME, questionImport.template());
    }

    @GetMapping("/bank/export")
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    ResponseEntity<byte[]> export(@ModelAttribute ExportFilters filters) {
        return XlsxResponses.attachment(XlsxResponses.EXPORT_NAME, questionImport.export(filters.toQuery()));
    }

    @PostMapping("/bank/import")
    @PreAuthorize("hasRole('AUTHOR')")
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String knowledgePoint,
            Locale locale,
            Model model)
            throws IOException {
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("shownWarnings", SHOWN_WARNINGS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errorCode", "questionImport.file.missing");
            return "bank/import";
        }
        byte[] bytes = file.getBytes();
        model.addAttribute("knowledgePoint", knowledgePoint);
        try {
            if (foreignImport.handles(bytes)) {
                model.addAttribute(
                        "foreign",
                        foreignImport.importFrom(
                                bytes,
                                file.getOriginalFilename(),
                                dryRun,
                                knowledgePoint,
                                currentUser.get().id()));
                return "bank/import";
            }
        } catch (DomainException e) {
            model.addAttribute("error", e);
            return "bank/import";
        }
        QuestionImportResult result;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            result = questionImport.importFrom(
                    in, file.getOriginalFilename(), dryRun, currentUser.get().id(), locale);
        } catch (DomainException e) {
            model.addAttribute("error", e);
            return "bank/import";
        }
        model.addAttribute("result", result);
        model.addAttribute(
                "warnings", result.warnings().stream().limit(SHOWN_WARNINGS).toList());
        if (result instanceof QuestionImportResult.Rejected rejected) {
            model.addAttribute("rejected", rejected);
            model.addAttribute("highlightedUrl", XlsxResponses.dataUrl(rejected.highlightedCopy()));
            model.addAttribute("highlightedName", XlsxResponses.markedName(file.getOriginalFilename()));
        } else if (result instanceof QuestionImportResult.Imported imported) {
            model.addAttribute("imported", imported);
        } else {
            model.addAttribute("checked", result);
        }
        return "bank/import";
    }
}

package org.jianding.app.questions.excel;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * An upload goes first to the mapping step (what each column is, defaults for what the file lacks), which keeps it
 * for the import. The page posts with fetch to show a progress bar (static/js/question-import.js); without script it
 * posts plainly.
 */
@Controller
class QuestionImportWebController {

    /** Warnings listed on the page; the count is always shown. */
    static final int SHOWN_WARNINGS = 200;

    /** Assumptions listed on the page; the count is always shown. */
    static final int SHOWN_ASSUMPTIONS = 500;

    private final QuestionImport questionImport;
    private final ImportMappings mappings;
    private final ImportMappingPage mappingPage;
    private final CurrentUser currentUser;
    private final ForeignImport foreignImport;

    QuestionImportWebController(
            QuestionImport questionImport,
            ImportMappings mappings,
            ImportMappingPage mappingPage,
            CurrentUser currentUser,
            ForeignImport foreignImport) {
        this.questionImport = questionImport;
        this.mappings = mappings;
        this.mappingPage = mappingPage;
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

    /** The mapping step: keeps the upload and shows what each column was recognised as, with the defaults. */
    @PostMapping("/bank/import/mapping")
    @PreAuthorize("hasRole('AUTHOR')")
    String mapping(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String knowledgePoint,
            Locale locale,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errorCode", "questionImport.file.missing");
            return "bank/import";
        }
        byte[] content = file.getBytes();
        // a file of another system (Moodle XML, GIFT, Aiken, QTI, Word) has no columns to map: it is imported as read
        if (foreignImport.handles(content)) {
            return foreign(content, file.getOriginalFilename(), dryRun, knowledgePoint, model);
        }
        try {
            WorkbookMapping mapping = questionImport.mapping(
                    new ByteArrayInputStream(content), currentUser.get().id(), locale);
            String token = mappings.keep(
                    content, file.getOriginalFilename(), currentUser.get().id());
            mappingPage.fill(model, mapping, token);
        } catch (DomainException e) {
            model.addAttribute("error", e);
        }
        return "bank/import";
    }

    /**
     * Imports an upload kept by the mapping step ({@code token}, with the author's choices) or, without one, a file
     * posted directly, read as recognised. A refused or checked-only upload shows the mapping step again.
     */
    @PostMapping("/bank/import")
    @PreAuthorize("hasRole('AUTHOR')")
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String token,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String knowledgePoint,
            HttpServletRequest request,
            Locale locale,
            Model model)
            throws IOException {
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("shownWarnings", SHOWN_WARNINGS);
        model.addAttribute("shownAssumptions", SHOWN_ASSUMPTIONS);
        long userId = currentUser.get().id();
        byte[] content;
        String fileName;
        if (token != null && !token.isBlank()) {
            var kept = mappings.kept(token, userId);
            if (kept.isEmpty()) {
                model.addAttribute("errorCode", "questionImport.mapping.expired");
                return "bank/import";
            }
            content = kept.get().content();
            fileName = kept.get().fileName();
        } else if (file != null && !file.isEmpty()) {
            content = file.getBytes();
            fileName = file.getOriginalFilename();
            if (foreignImport.handles(content)) {
                return foreign(content, fileName, dryRun, knowledgePoint, model);
            }
        } else {
            model.addAttribute("errorCode", "questionImport.file.missing");
            return "bank/import";
        }
        QuestionImportResult result;
        try {
            ImportChoices choices = ImportChoicesForm.read(request.getParameterMap());
            result = questionImport.importFrom(
                    new ByteArrayInputStream(content), fileName, dryRun, userId, locale, choices);
            if (token != null && !token.isBlank()) {
                if (result instanceof QuestionImportResult.Imported) {
                    mappings.forget(token);
                } else {
                    WorkbookMapping again = questionImport.mapping(new ByteArrayInputStream(content), userId, locale);
                    mappingPage.fill(model, again.choose(choices.columns()), token);
                }
            }
        } catch (DomainException e) {
            model.addAttribute("error", e);
            return "bank/import";
        }
        model.addAttribute("result", result);
        model.addAttribute(
                "assumptions",
                result.assumptions().stream().limit(SHOWN_ASSUMPTIONS).toList());
        model.addAttribute(
                "warnings", result.warnings().stream().limit(SHOWN_WARNINGS).toList());
        if (result instanceof QuestionImportResult.Rejected rejected) {
            model.addAttribute("rejected", rejected);
            model.addAttribute("highlightedUrl", XlsxResponses.dataUrl(rejected.highlightedCopy()));
            model.addAttribute("highlightedName", XlsxResponses.markedName(fileName));
        } else if (result instanceof QuestionImportResult.Imported imported) {
            model.addAttribute("imported", imported);
        } else {
            model.addAttribute("checked", result);
        }
        return "bank/import";
    }

    /** Imports (or, with {@code dryRun}, checks) a question file of another system and shows its report. */
    private String foreign(byte[] content, String fileName, boolean dryRun, String knowledgePoint, Model model) {
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("knowledgePoint", knowledgePoint);
        try {
            model.addAttribute(
                    "foreign",
                    foreignImport.importFrom(
                            content,
                            fileName,
                            dryRun,
                            knowledgePoint,
                            currentUser.get().id()));
        } catch (DomainException e) {
            model.addAttribute("error", e);
        }
        return "bank/import";
    }
}

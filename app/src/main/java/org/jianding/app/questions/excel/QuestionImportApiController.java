package org.jianding.app.questions.excel;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.questions.excel.QuestionImportResult.ImportWarning;
import org.jianding.app.questions.excel.QuestionImportResult.Timings;
import org.jianding.app.questions.interchange.ForeignImport;
import org.jianding.app.questions.interchange.ForeignImportResponses;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Questions in and out of Excel over JSON (and, recognised by content, the files of other systems: {@link
 * ForeignImport}). Import: authors; 201 with the new draft ids, 200 for a dry run, or 400 with
 * a problem detail listing every problem by sheet, row and column. Template and export: authors and exam
 * administrators. The mapping step ({@code /import/mapping}) answers what each column was recognised as; an
 * import takes the author's changes and defaults as parameters and lists every assumption it made.
 */
@RestController
@RequestMapping("/api/questions")
class QuestionImportApiController {

    record ImportedDto(
            int imported,
            List<Long> ids,
            List<ImportWarning> warnings,
            Timings timings,
            List<ImportAssumption> assumptions) {}

    record CheckedDto(
            int valid,
            boolean dryRun,
            List<ImportWarning> warnings,
            Timings timings,
            List<ImportAssumption> assumptions) {}

    record ProblemDto(String sheet, int row, String column, String message) {}

    private final QuestionImport questionImport;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ForeignImport foreignImport;

    QuestionImportApiController(
            QuestionImport questionImport,
            CurrentUser currentUser,
            MessageSource messages,
            ForeignImport foreignImport) {
        this.questionImport = questionImport;
        this.foreignImport = foreignImport;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/template")
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    ResponseEntity<byte[]> template() {
        return XlsxResponses.attachment(XlsxResponses.TEMPLATE_NAME, questionImport.template());
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    ResponseEntity<byte[]> export(@ModelAttribute ExportFilters filters) {
        return XlsxResponses.attachment(XlsxResponses.EXPORT_NAME, questionImport.export(filters.toQuery()));
    }

    /** The mapping step: what each column of each sheet is recognised as (with the caller's unit's saved columns). */
    @PostMapping(path = "/import/mapping", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('AUTHOR')")
    WorkbookMapping mapping(@RequestParam MultipartFile file, Locale locale) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return questionImport.mapping(in, currentUser.get().id(), locale);
        }
    }

    /** Imports with the mapping step's choices as parameters ({@link ImportChoicesForm}); none: as recognised. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('AUTHOR')")
    ResponseEntity<?> importQuestions(
            @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String knowledgePoint,
            HttpServletRequest request,
            Locale locale)
            throws IOException {
        byte[] bytes = file.getBytes();
        if (foreignImport.handles(bytes)) {
            return ForeignImportResponses.of(
                    foreignImport.importFrom(
                            bytes,
                            file.getOriginalFilename(),
                            dryRun,
                            knowledgePoint,
                            currentUser.get().id()),
                    messages,
                    locale);
        }
        ImportChoices choices = ImportChoicesForm.read(request.getParameterMap());
        QuestionImportResult result;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            result = questionImport.importFrom(
                    in, file.getOriginalFilename(), dryRun, currentUser.get().id(), locale, choices);
        }
        if (result instanceof QuestionImportResult.Rejected rejected) {
            return ResponseEntity.badRequest().body(problem(rejected, locale));
        }
        if (result instanceof QuestionImportResult.Checked checked) {
            return ResponseEntity.ok(new CheckedDto(
                    checked.questions().size(), true, checked.warnings(), checked.timings(), checked.assumptions()));
        }
        var imported = (QuestionImportResult.Imported) result;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ImportedDto(
                        imported.ids().size(),
                        imported.ids(),
                        imported.warnings(),
                        imported.timings(),
                        imported.assumptions()));
    }

    private ProblemDetail problem(QuestionImportResult.Rejected rejected, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        "questionImport.rejected",
                        new Object[] {
                            rejected.rowsWithProblems(), rejected.problems().size()
                        },
                        locale));
        problem.setTitle(messages.getMessage("questionImport.rejected.title", null, locale));
        problem.setProperty(
                "problems",
                rejected.problems().stream()
                        .map(p -> new ProblemDto(p.sheet(), p.row(), p.column(), p.message()))
                        .toList());
        problem.setProperty("warnings", rejected.warnings());
        problem.setProperty("assumptions", rejected.assumptions());
        return problem;
    }
}

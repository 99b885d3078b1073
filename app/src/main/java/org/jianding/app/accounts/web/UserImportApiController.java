package org.jianding.app.accounts.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.jianding.app.accounts.userimport.UserImport;
import org.jianding.app.accounts.userimport.UserImportResult;
import org.jianding.app.accounts.web.UserApiController.PasswordDto;
import org.jianding.app.accounts.web.UserApiController.UserDto;
import org.jianding.app.shared.XlsxDownloads;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing users from an .xlsx over JSON. Administrators only. 201 with every created user and their one-time
 * password (in this response only), or 400 with a problem detail listing every problem by sheet, row and column.
 */
@RestController
@RequestMapping("/api/users/import")
@PreAuthorize("hasRole('ADMIN')")
class UserImportApiController {

    record ImportedDto(int imported, List<PasswordDto> users) {}

    record ProblemDto(String sheet, int row, String column, String message) {}

    private final UserImport userImport;
    private final MessageSource messages;

    UserImportApiController(UserImport userImport, MessageSource messages) {
        this.userImport = userImport;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importUsers(@RequestParam MultipartFile file, Locale locale) throws IOException {
        UserImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = userImport.importFrom(in, file.getOriginalFilename(), locale);
        }
        if (result instanceof UserImportResult.Rejected rejected) {
            return ResponseEntity.badRequest().body(problem(rejected, locale));
        }
        var users = ((UserImportResult.Imported) result)
                .users().stream()
                        .map(c -> new PasswordDto(UserDto.of(c.user()), c.temporaryPassword()))
                        .toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportedDto(users.size(), users));
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return XlsxDownloads.attachment(UserImportWebController.TEMPLATE_NAME, userImport.template());
    }

    private ProblemDetail problem(UserImportResult.Rejected rejected, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        "userImport.rejected",
                        new Object[] {
                            rejected.rowsWithProblems(), rejected.problems().size()
                        },
                        locale));
        problem.setTitle(messages.getMessage("userImport.rejected.title", null, locale));
        problem.setProperty(
                "problems",
                rejected.problems().stream()
                        .map(p -> new ProblemDto(p.sheet(), p.row(), p.column(), p.message()))
                        .toList());
        return problem;
    }
}

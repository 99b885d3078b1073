package org.jianding.app.exams.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.exams.EnrolmentReport;
import org.jianding.app.exams.Enrolments;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.enrolsheet.EnrolmentSheet;
import org.jianding.app.exams.enrolsheet.EnrolmentUpload;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.XlsxDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Enrolling candidates in a session: by 工号, by organisation unit, or from an Excel list. Each way first shows a
 * preview (a dry run: who will be enrolled, who already is, who is refused and why) and enrols only when confirmed.
 */
@Controller
@RequestMapping("/exams")
@PreAuthorize("hasRole('EXAM_ADMIN')")
class EnrolmentWebController {

    static final String TEMPLATE_NAME = "报名名单模板.xlsx";

    private final ExamSessions sessions;
    private final Enrolments enrolments;
    private final EnrolmentSheet sheet;
    private final Accounts accounts;
    private final CurrentUser currentUser;

    EnrolmentWebController(
            ExamSessions sessions,
            Enrolments enrolments,
            EnrolmentSheet sheet,
            Accounts accounts,
            CurrentUser currentUser) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.sheet = sheet;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping("/enrolment-template.xlsx")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ResponseEntity<byte[]> template() {
        return XlsxDownloads.attachment(TEMPLATE_NAME, sheet.template());
    }

    @GetMapping("/{id}/enrol")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String page(@PathVariable long id, Model model) {
        return page(id, "numbers", model);
    }

    /** By 工号: several separated by spaces, commas or new lines. Previews unless {@code confirm}. */
    @PostMapping("/{id}/enrol/numbers")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String byNumbers(
            @PathVariable long id,
            @RequestParam(required = false) String employeeNos,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model) {
        List<String> numbers = split(employeeNos);
        model.addAttribute("employeeNos", employeeNos);
        if (numbers.isEmpty()) {
            model.addAttribute("errorCode", "examAdmin.enrol.noNumbers");
            return page(id, "numbers", model);
        }
        return run(
                id,
                "numbers",
                model,
                () -> enrolments.enrolByEmployeeNo(
                        id, numbers, currentUser.get().id(), !confirm));
    }

    @PostMapping("/{id}/enrol/unit")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String byUnit(
            @PathVariable long id,
            @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "false") boolean includeSubUnits,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("includeSubUnits", includeSubUnits);
        if (unitId == null) {
            model.addAttribute("errorCode", "examAdmin.enrol.noUnit");
            return page(id, "unit", model);
        }
        return run(
                id,
                "unit",
                model,
                () -> enrolments.enrolByUnit(
                        id, unitId, includeSubUnits, currentUser.get().id(), !confirm));
    }

    /** Reads the list and previews it; the confirmation then enrols its 工号 like {@link #byNumbers}. */
    @PostMapping("/{id}/enrol/upload")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errorCode", "examAdmin.upload.missing");
            return page(id, "upload", model);
        }
        EnrolmentUpload list;
        try (InputStream in = file.getInputStream()) {
            list = sheet.read(in);
        } catch (DomainException e) {
            model.addAttribute("error", e);
            return page(id, "upload", model);
        }
        if (list.rejected()) {
            model.addAttribute("rejected", list);
            model.addAttribute("highlightedUrl", XlsxDownloads.dataUrl(list.highlightedCopy()));
            return page(id, "upload", model);
        }
        model.addAttribute("employeeNos", String.join("\n", list.employeeNos()));
        return run(
                id,
                "numbers",
                model,
                () -> enrolments.enrolByEmployeeNo(
                        id, list.employeeNos(), currentUser.get().id(), true));
    }

    private String run(long id, String mode, Model model, java.util.function.Supplier<EnrolmentReport> action) {
        try {
            model.addAttribute("report", action.get());
        } catch (DomainException e) {
            model.addAttribute("error", e);
        }
        return page(id, mode, model);
    }

    private String page(long id, String mode, Model model) {
        model.addAttribute("exam", sessions.get(id));
        model.addAttribute("mode", mode);
        model.addAttribute("units", accounts.orgUnits());
        model.addAttribute("maxRows", String.valueOf(EnrolmentSheet.MAX_PEOPLE));
        return "exams/enrol";
    }

    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,，、;；]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

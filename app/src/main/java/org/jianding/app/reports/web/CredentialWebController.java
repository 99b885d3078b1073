package org.jianding.app.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.reports.Batch;
import org.jianding.app.reports.Batches;
import org.jianding.app.reports.Credential;
import org.jianding.app.reports.Credentials;
import org.jianding.app.reports.ReportDocuments;
import org.jianding.app.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of a session for certification officers: every score report and certificate with its state, one
 * PDF at a time, revocation with a reason, and the batch that prints them all into one ZIP.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasRole('OFFICER')")
class CredentialWebController {

    private final ExamSessions sessions;
    private final Credentials credentials;
    private final ReportDocuments documents;
    private final Batches batches;
    private final Accounts accounts;
    private final CurrentUser currentUser;

    CredentialWebController(
            ExamSessions sessions,
            Credentials credentials,
            ReportDocuments documents,
            Batches batches,
            Accounts accounts,
            CurrentUser currentUser) {
        this.sessions = sessions;
        this.credentials = credentials;
        this.documents = documents;
        this.batches = batches;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping("/sessions/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    String session(@PathVariable long id, Model model) {
        ExamSession session = sessions.get(id);
        credentials.fillInSession(id, currentUser.get().id(), "打开考试的成绩报告单与证书页");
        var list = credentials.ofSession(id);
        Map<Long, UserAccount> people =
                accounts.getAll(list.stream().map(Credential::holderId).collect(Collectors.toSet()));
        model.addAttribute("examSession", session);
        model.addAttribute("credentials", list);
        model.addAttribute("people", people);
        model.addAttribute("today", credentials.today());
        model.addAttribute("batch", batches.latest(id).orElse(null));
        Object revoking = model.getAttribute("revokeSerial");
        model.addAttribute(
                "revoking",
                list.stream()
                        .filter(c -> c.serial().equals(revoking) && c.current())
                        .findFirst()
                        .orElse(null));
        return "reports/session";
    }

    @GetMapping("/credentials/{serial}/pdf")
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<byte[]> pdf(@PathVariable String serial) {
        Credential c = credentials.find(serial).orElseThrow(() -> DomainException.notFound("reports.notFound", serial));
        return Pdfs.attachment(documents.fileName(c), documents.pdf(c));
    }

    @PostMapping("/credentials/{serial}/revoke")
    @PreAuthorize("hasRole('OFFICER')")
    String revoke(
            @PathVariable String serial,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes flash) {
        Credential c = credentials.find(serial).orElseThrow(() -> DomainException.notFound("reports.notFound", serial));
        if (reason.isBlank()) {
            flash.addFlashAttribute("error", DomainException.badRequest("reports.revoke.reasonRequired"));
            return "redirect:/reports/sessions/" + c.sessionId();
        }
        if (!confirmed) {
            // revoking cannot be undone: the page asks again, saying whose certificate and what follows
            flash.addFlashAttribute("revokeSerial", c.serial());
            flash.addFlashAttribute("revokeReason", reason.strip());
            return "redirect:/reports/sessions/" + c.sessionId() + "#confirm-revoke";
        }
        try {
            credentials.revoke(serial, reason, currentUser.get().employeeNo());
            flash.addFlashAttribute("notice", "reports.revoked.notice");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
        }
        return "redirect:/reports/sessions/" + c.sessionId();
    }

    @PostMapping("/sessions/{id}/batch")
    @PreAuthorize("hasRole('OFFICER')")
    String startBatch(@PathVariable long id, RedirectAttributes flash) {
        try {
            Batch batch = batches.start(id, currentUser.get().id());
            flash.addFlashAttribute("notice", "reports.batch.started");
            return "redirect:/reports/sessions/" + id + "#batch-" + batch.id();
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
            return "redirect:/reports/sessions/" + id;
        }
    }

    @GetMapping("/batches/{id}/zip")
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable long id) {
        Batch batch = batches.get(id);
        if (batch.status() != Batch.Status.DONE) {
            throw DomainException.conflict("reports.batch.notDone", id);
        }
        String title = sessions.get(batch.sessionId()).title();
        StreamingResponseBody body = out -> batches.writeZip(id, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("成绩报告单和证书-" + title + ".zip", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}

package org.jianding.app.reports.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.CandidateResults;
import org.jianding.app.reports.Credential;
import org.jianding.app.reports.Credentials;
import org.jianding.app.reports.ReportDocuments;
import org.jianding.app.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 我的证书与报告: a candidate's own score reports and certificates after release. Only documents whose holder is
 * the logged-in user are listed or served; anyone else's serial answers 404, as an unknown one does.
 */
@Controller
@PreAuthorize("hasRole('CANDIDATE')")
class MyReportsWebController {

    private final Credentials credentials;
    private final ReportDocuments documents;
    private final CandidateResults results;
    private final ExamSessions sessions;
    private final CurrentUser currentUser;

    MyReportsWebController(
            Credentials credentials,
            ReportDocuments documents,
            CandidateResults results,
            ExamSessions sessions,
            CurrentUser currentUser) {
        this.credentials = credentials;
        this.documents = documents;
        this.results = results;
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    @GetMapping("/my/reports")
    @PreAuthorize("hasRole('CANDIDATE')")
    String mine(Model model) {
        long me = currentUser.get().id();
        // catch up on anything the release listener missed
        credentials.fillIn(results.releasedOf(me), me, "打开“我的证书与报告”");
        List<Credential> list = credentials.ofHolder(me, null);
        Map<Long, ExamSession> byId =
                list.stream().map(Credential::sessionId).distinct().collect(Collectors.toMap(id -> id, sessions::get));
        model.addAttribute("credentials", list);
        model.addAttribute("sessions", byId);
        model.addAttribute("today", credentials.today());
        return "reports/mine";
    }

    @GetMapping("/my/reports/{serial}/pdf")
    @PreAuthorize("hasRole('CANDIDATE')")
    ResponseEntity<byte[]> pdf(@PathVariable String serial) {
        long me = currentUser.get().id();
        Credential c = credentials
                .find(serial)
                .filter(x -> x.holderId() == me && x.current())
                .orElseThrow(() -> DomainException.notFound("reports.notFound", serial));
        return Pdfs.attachment(documents.fileName(c), documents.pdf(c));
    }
}

package org.jianding.app.sittings.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jianding.app.shared.DomainException;
import org.jianding.app.sittings.PaperSittings;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 纸笔考试 page of a session, for exam administrators only: print the 答题卡, download the score template, upload
 * the filled file (.xlsx or CSV), see every problem by row and column or what will be written, and confirm. The
 * checked file travels back in the confirmation form (base64), so nothing is kept on the server between the
 * preview and the import (ADR 0005); the import checks it again. The confirmation is a multipart post, since a
 * base64 file of a few megabytes is beyond Tomcat's limit for url-encoded forms.
 */
@Controller
@RequestMapping("/exams/{id}/paper")
@PreAuthorize("hasRole('EXAM_ADMIN')")
class PaperSittingWebController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PaperSittings sittings;

    PaperSittingWebController(PaperSittings sittings) {
        this.sittings = sittings;
    }

    @GetMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("state", sittings.state(id));
        return "sittings/paper";
    }

    @GetMapping("/template.xlsx")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return download(sittings.template(id), "纸笔考试成绩模板-" + id + ".xlsx", XLSX);
    }

    @GetMapping("/answer-sheet.pdf")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ResponseEntity<byte[]> answerSheet(@PathVariable long id) {
        return download(sittings.answerSheet(id), "答题卡-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    @PostMapping("/preview")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String preview(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("state", sittings.state(id));
        if (file == null || file.isEmpty()) {
            model.addAttribute("errorCode", "sittings.file.missing");
            return "sittings/paper";
        }
        if (file.getSize() > 5L * 1024 * 1024) {
            model.addAttribute("error", DomainException.badRequest("sittings.file.TOO_LARGE", "5 MB"));
            return "sittings/paper";
        }
        byte[] bytes = file.getBytes();
        try {
            PaperSittings.Preview preview = sittings.preview(id, bytes);
            model.addAttribute("preview", preview);
            model.addAttribute("plan", preview.plan());
            if (preview.plan().problems().isEmpty()) {
                model.addAttribute("content", Base64.getEncoder().encodeToString(bytes));
            }
        } catch (DomainException e) {
            model.addAttribute("error", e);
        }
        return "sittings/paper";
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String importScores(
            @PathVariable long id,
            @RequestParam String content,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam(defaultValue = "false") boolean replace,
            Model model,
            RedirectAttributes flash) {
        if (!confirmed) {
            model.addAttribute("state", sittings.state(id));
            model.addAttribute("errorCode", "sittings.confirm.required");
            return "sittings/paper";
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("sittings.file.empty");
        }
        try {
            PaperSittings.Imported done = sittings.importScores(id, bytes, replace);
            flash.addFlashAttribute("imported", done);
            return "redirect:/exams/" + id + "/paper";
        } catch (DomainException e) {
            model.addAttribute("state", sittings.state(id));
            model.addAttribute("error", e);
            return "sittings/paper";
        }
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String name, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build());
        return ResponseEntity.ok().headers(headers).body(bytes);
    }
}

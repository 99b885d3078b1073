package org.jianding.app.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jianding.app.reports.Verification;
import org.jianding.app.reports.VerifiedDocument;
import org.jianding.app.reports.VerifyRateLimit;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The public verification page (证书查验), open without login: a form, and the answer for one serial. Every
 * look-up counts against the client's rate limit (429 with a page saying so); an unknown serial answers 404 with
 * the same page whatever was typed.
 */
@Controller
@PreAuthorize("permitAll()")
class VerifyWebController {

    private final Verification verification;
    private final VerifyRateLimit limit;

    VerifyWebController(Verification verification, VerifyRateLimit limit) {
        this.verification = verification;
        this.limit = limit;
    }

    @GetMapping("/verify")
    @PreAuthorize("permitAll()")
    String form(@RequestParam(required = false) String serial) {
        if (serial != null && !serial.isBlank()) {
            return "redirect:/verify/"
                    + UriUtils.encodePathSegment(
                            Verification.canonical(serial), java.nio.charset.StandardCharsets.UTF_8);
        }
        return "reports/verify";
    }

    @GetMapping("/verify/{serial}")
    @PreAuthorize("permitAll()")
    String verify(@PathVariable String serial, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("typed", serial);
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            model.addAttribute("limited", true);
            return "reports/verify";
        }
        Optional<VerifiedDocument> found = verification.lookUp(serial);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
        } else {
            model.addAttribute("doc", found.get());
        }
        return "reports/verify";
    }
}

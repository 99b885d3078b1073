package org.jianding.app.exams.web;

import java.time.Duration;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamSheet;
import org.jianding.app.questions.QuestionImages;
import org.jianding.app.questions.StoredImage;
import org.jianding.app.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Question images (题图) for a candidate's exam page. Candidates may not read the bank's images; here they get an
 * image only for their own attempt and only when its URL appears in a stem, case text or option of that attempt's
 * paper, so the URL cannot be used to look at other questions' images.
 */
@Controller
class ExamImageController {

    static final String BANK_IMAGE_PATH = "/bank/images/";

    private final Attempts attempts;
    private final QuestionImages images;
    private final CurrentUser currentUser;

    ExamImageController(Attempts attempts, QuestionImages images, CurrentUser currentUser) {
        this.attempts = attempts;
        this.images = images;
        this.currentUser = currentUser;
    }

    @GetMapping("/exam/attempts/{attemptId}/images/{sha256}")
    @PreAuthorize("hasRole('CANDIDATE')")
    ResponseEntity<byte[]> image(@PathVariable long attemptId, @PathVariable String sha256) {
        ExamSheet sheet = attempts.sheet(attemptId, currentUser.get().id(), null);
        if (!sha256.matches("[0-9a-f]{64}") || !onPaper(sheet, BANK_IMAGE_PATH + sha256)) {
            throw DomainException.notFound("image.notFound", sha256);
        }
        StoredImage image = images.find(sha256).orElseThrow(() -> DomainException.notFound("image.notFound", sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.maxAge(Duration.ofHours(12)).cachePrivate())
                .body(image.bytes());
    }

    static boolean onPaper(ExamSheet sheet, String url) {
        return sheet.questions().stream().anyMatch(q -> mentions(q, url));
    }

    private static boolean mentions(ExamSheet.Question q, String url) {
        return contains(q.stem(), url)
                || contains(q.caseText(), url)
                || q.options().stream().anyMatch(o -> contains(o.text(), url))
                || q.parts().stream().anyMatch(p -> mentions(p, url));
    }

    private static boolean contains(String html, String url) {
        // the URL ends at the closing quote of the src attribute, so a longer sha with the same prefix does not match
        return html != null && (html.contains("\"" + url + "\"") || html.contains("'" + url + "'"));
    }
}

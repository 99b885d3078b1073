package org.jianding.app.questions.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.questions.QuestionImages;
import org.jianding.app.questions.StoredImage;
import org.jianding.app.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Images of stems and options (题图): the editor uploads one and gets the URL for its {@code <img src>}; pages load
 * them from here. It lives beside the pages (not under /api) because that is the one source the rich-text cleaner
 * accepts. An image is named by its hash and never changes, so browsers may keep it; {@code nosniff} stops a browser
 * from reading the bytes as anything but the image type we checked.
 */
@RestController
@RequestMapping("/bank/images")
class QuestionImageController {

    private final QuestionImages images;
    private final CurrentUser currentUser;

    QuestionImageController(QuestionImages images, CurrentUser currentUser) {
        this.images = images;
        this.currentUser = currentUser;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('AUTHOR')")
    Map<String, String> upload(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > QuestionImages.MAX_BYTES) {
            throw DomainException.badRequest(
                    "image.tooLarge", String.valueOf(QuestionImages.MAX_BYTES / (1024 * 1024)));
        }
        return Map.of("url", images.store(file.getBytes(), currentUser.get().id()));
    }

    @GetMapping("/{sha256}")
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    ResponseEntity<byte[]> image(@PathVariable String sha256) {
        StoredImage image = images.find(sha256).orElseThrow(() -> DomainException.notFound("image.notFound", sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .body(image.bytes());
    }
}

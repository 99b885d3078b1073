package org.jianding.app.papers.web;

import java.nio.charset.StandardCharsets;
import org.jianding.app.papers.PaperFile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A printed paper as a download. The Chinese name goes in RFC 5987 {@code filename*} (which every current browser
 * prefers), an ASCII name in {@code filename} for the rest. Never cached: papers and keys are exam content.
 */
final class PdfDownload {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private PdfDownload() {}

    static ResponseEntity<byte[]> of(PaperFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(file.pdf());
    }

    static String contentDisposition(PaperFile file) {
        return "attachment; filename=\"" + file.asciiFileName() + "\"; filename*=UTF-8''" + rfc5987(file.fileName());
    }

    /** Percent-encodes the UTF-8 bytes of everything but RFC 5987's attr-chars. */
    static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}

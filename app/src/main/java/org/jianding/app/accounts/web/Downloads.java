package org.jianding.app.accounts.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Workbooks sent to the browser: as an attachment, or inlined into the page that reports on them. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    /**
     * A {@code data:} URL for a download link. Files made from one request's upload or result (a marked copy, the
     * one-time passwords) travel inside that response, so nothing needs keeping on any node for a second request.
     */
    static String dataUrl(byte[] content) {
        return "data:" + XLSX + ";base64," + Base64.getEncoder().encodeToString(content);
    }
}

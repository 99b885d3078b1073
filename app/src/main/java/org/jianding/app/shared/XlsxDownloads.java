package org.jianding.app.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Workbooks sent to the browser: as an attachment (with a UTF-8 file name), or inlined as a {@code data:} link into
 * the page that reports on them. Files made from one request's upload or result (a marked copy, one-time passwords)
 * travel inside that response, so nothing needs keeping on any node for a second request (ADR 5).
 */
public final class XlsxDownloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxDownloads() {}

    public static ResponseEntity<byte[]> attachment(String fileName, byte[] content) {
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

    public static String dataUrl(byte[] content) {
        return "data:" + XLSX + ";base64," + Base64.getEncoder().encodeToString(content);
    }
}

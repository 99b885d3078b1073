package org.jianding.app.questions.excel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Workbooks sent to the browser: as an attachment, or inlined as a {@code data:} link into the page about them. */
final class XlsxResponses {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TEMPLATE_NAME = "试题导入模板.xlsx";
    static final String EXPORT_NAME = "试题导出.xlsx";

    private XlsxResponses() {}

    static ResponseEntity<byte[]> attachment(String fileName, byte[] content) {
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

    /** The marked copy travels inside the response that reports on it, so no node keeps it for a second request. */
    static String dataUrl(byte[] content) {
        return "data:" + XLSX + ";base64," + Base64.getEncoder().encodeToString(content);
    }

    static String markedName(String original) {
        String base = original == null || original.isBlank() ? "试题" : original.replaceAll("(?i)\\.xlsx$", "");
        return base + "-问题标注.xlsx";
    }
}

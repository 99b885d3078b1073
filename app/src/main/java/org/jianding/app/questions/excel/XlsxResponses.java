package org.jianding.app.questions.excel;

import org.jianding.app.shared.XlsxDownloads;
import org.springframework.http.ResponseEntity;

/** The file names of the question workbooks; sending them is {@link XlsxDownloads}'s job. */
final class XlsxResponses {

    static final String TEMPLATE_NAME = "试题导入模板.xlsx";
    static final String EXPORT_NAME = "试题导出.xlsx";

    private XlsxResponses() {}

    static ResponseEntity<byte[]> attachment(String fileName, byte[] content) {
        return XlsxDownloads.attachment(fileName, content);
    }

    static String dataUrl(byte[] content) {
        return XlsxDownloads.dataUrl(content);
    }

    static String markedName(String original) {
        String base = original == null || original.isBlank() ? "试题" : original.replaceAll("(?i)\\.xlsx$", "");
        return base + "-问题标注.xlsx";
    }
}

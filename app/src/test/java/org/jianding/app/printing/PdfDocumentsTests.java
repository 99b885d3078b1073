package org.jianding.app.printing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared A4 frame: metadata, language, running header, page numbers, one embedded font. */
class PdfDocumentsTests {

    private static final PdfMetadata METADATA = new PdfMetadata("成绩报告", "鉴定示范省通信公司", "考试成绩", "成绩报告 · 内部资料");

    @Test
    void describesTheDocumentInItsProperties() throws Exception {
        PdfReader reader = PdfReading.reader(PdfDocuments.a4(
                METADATA,
                (document, writer) -> document.add(new Paragraph("你好，世界", ChineseFonts.font(12, Font.NORMAL)))));
        try {
            Map<String, String> info = reader.getInfo();
            assertThat(info)
                    .containsEntry("Title", "成绩报告")
                    .containsEntry("Author", "鉴定示范省通信公司")
                    .containsEntry("Subject", "考试成绩")
                    .containsEntry("Creator", "Jianding");
            assertThat(((PdfString) reader.getCatalog().get(PdfName.LANG)).toUnicodeString())
                    .isEqualTo("zh-CN");
            assertThat(reader.getMetadata()).isNotNull();
        } finally {
            reader.close();
        }
    }

    @Test
    void numbersPagesAndRepeatsTheHeaderAfterTheFirstPage() {
        byte[] pdf = PdfDocuments.a4(METADATA, (document, writer) -> {
            for (int i = 0; i < 3; i++) {
                document.add(new Paragraph("第" + (i + 1) + "部分", ChineseFonts.font(12, Font.NORMAL)));
                document.newPage();
            }
        });

        List<String> pages = PdfReading.pages(pdf);
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).contains("第1页/共3页").doesNotContain("内部资料");
        assertThat(pages.get(2)).contains("第3页/共3页", "成绩报告·内部资料");
    }

    @Test
    void embedsOneFontForPdfTextAndCharts() {
        byte[] pdf = PdfDocuments.a4(
                METADATA,
                (document, writer) -> document.add(new Paragraph("鉴定 Jianding 123", ChineseFonts.font(12, Font.BOLD))));

        assertThat(PdfReading.fonts(pdf)).hasSize(1).allSatisfy((name, embedded) -> {
            assertThat(name).matches("[A-Z]{6}\\+WenQuanYi.*"); // a subset: only the glyphs used
            assertThat(embedded).isTrue();
        });
        assertThat(ChineseFonts.awtFont(12f).canDisplayUpTo("鉴定考试成绩报告")).isEqualTo(-1);
        assertThat(ChineseFonts.baseFont()).isSameAs(ChineseFonts.baseFont());
    }
}

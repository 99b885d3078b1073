package org.jianding.app.printing;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Running header (from page 2) and the footer "第 x 页 / 共 y 页". The total is unknown until the end, so every
 * footer shows one shared template that is filled in when the document closes.
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final float SIZE = 9f;
    private static final String TOTAL_SUFFIX = " 页";
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final String header;
    private final BaseFont font = ChineseFonts.baseFont();
    private PdfTemplate total;

    PageDecorations(String header) {
        this.header = header;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(font.getWidthPoint("00000" + TOTAL_SUFFIX, SIZE), SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        int page = writer.getPageNumber();
        if (page > 1 && !header.isEmpty()) {
            float y = document.top() + 22f;
            text(canvas, header, (left + right - font.getWidthPoint(header, SIZE)) / 2, y);
            canvas.saveState();
            canvas.setColorStroke(GREY);
            canvas.setLineWidth(0.4f);
            canvas.moveTo(left, y - 6f);
            canvas.lineTo(right, y - 6f);
            canvas.stroke();
            canvas.restoreState();
        }
        String before = "第 " + page + " 页 / 共 ";
        // centred as if the total had as many digits as this page's number: off by a digit at most
        float width = font.getWidthPoint(before + page + TOTAL_SUFFIX, SIZE);
        float x = (left + right - width) / 2;
        // from the page edge, not from document.bottom(): a document may reserve a footer band above this line
        float y = PdfDocuments.BOTTOM_MARGIN - 30f;
        text(canvas, before, x, y);
        canvas.addTemplate(total, x + font.getWidthPoint(before, SIZE), y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setColorFill(GREY);
        total.setTextMatrix(0, 0);
        total.showText((writer.getPageNumber() - 1) + TOTAL_SUFFIX);
        total.endText();
    }

    private void text(PdfContentByte canvas, String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setColorFill(GREY);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }
}

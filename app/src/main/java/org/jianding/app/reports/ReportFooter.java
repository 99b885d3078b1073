package org.jianding.app.reports;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.time.LocalDate;
import org.jianding.app.printing.ChineseFonts;

/**
 * What identifies a score report or certificate on every one of its pages, so a verifier can check any single sheet:
 * the footer, in the band of {@link #BAND} points the document keeps free: the QR code at the lower right (drawn once as a
 * template and placed on each page) with the serial, the verification URL, the date and the generation time.
 */
final class ReportFooter extends PdfPageEventHelper {

    /** Height of the band above the page number that holds the serial, the verification URL and the QR code. */
    static final float BAND = 90;

    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private static final float QR = 84;

    private final String serial;
    private final String url;
    private final String dated;
    private final String generatedAt;
    private PdfTemplate qr;
    private float quiet;

    ReportFooter(String serial, String url, String dated, String generatedAt) {
        this.serial = serial;
        this.url = url;
        this.dated = dated;
        this.generatedAt = generatedAt;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document doc) {
        PdfContentByte canvas = writer.getDirectContent();
        if (qr == null) {
            BitMatrix matrix = QrCodes.matrix(url);
            quiet = 4 * QR / matrix.getWidth(); // the white margin QrCodes paints around the modules
            qr = canvas.createTemplate(QR + 2 * quiet, QR + 2 * quiet);
            QrCodes.draw(qr, matrix, quiet, quiet, QR);
        }
        float y = doc.bottom() - BAND + 6;
        canvas.addTemplate(qr, doc.right() - QR - quiet, y - quiet);
        float left = doc.left();
        line(canvas, "编号：" + serial, left, y + 62, 11, Color.BLACK);
        line(canvas, "扫描二维码或访问下列网址核验真伪：", left, y + 44, 9, GREY);
        line(canvas, url, left, y + 31, 9, GREY);
        line(canvas, dated, left, y + 14, 9, GREY);
        line(canvas, "生成时间 " + generatedAt, left, y, 8, GREY);
    }

    /**
     * The revision and its date, printed in the footer of every page (ADR 12): "第 1 版　签发日期 …" for the first,
     * "第 2 版　更正日期 …（首次签发 …）" for a reissue after the result changed. {@code issued}: what the first issue
     * is called on this kind of document (签发日期, 发证日期).
     */
    static String dated(String issued, int revision, LocalDate issuedOn, LocalDate firstIssuedOn) {
        if (revision == 1) {
            return "第 1 版　" + issued + " " + issuedOn.format(ReportPdfs.DATE);
        }
        return "第 " + revision + " 版　更正日期 " + issuedOn.format(ReportPdfs.DATE)
                + (firstIssuedOn == null ? "" : "（首次签发 " + firstIssuedOn.format(ReportPdfs.DATE) + "）");
    }

    private static void line(PdfContentByte canvas, String text, float x, float y, float size, Color color) {
        canvas.beginText();
        canvas.setFontAndSize(ChineseFonts.baseFont(), size);
        canvas.setColorFill(color);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }
}

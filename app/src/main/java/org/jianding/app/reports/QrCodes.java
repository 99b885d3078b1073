package org.jianding.app.reports;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.Map;

/**
 * QR codes of verification URLs, drawn as vector rectangles (one per run of dark modules in a row), so they print
 * sharp at any size. Error correction M (15 %) survives a fold or a stain.
 */
final class QrCodes {

    private QrCodes() {}

    /** The modules of the code, without quiet zone. */
    static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    0,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + content, e);
        }
    }

    /** Draws the code with its lower left corner at (x, y), {@code size} points wide, with a white quiet zone. */
    static void draw(PdfContentByte canvas, BitMatrix m, float x, float y, float size) {
        int n = m.getWidth();
        float module = size / n;
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x - 4 * module, y - 4 * module, size + 8 * module, size + 8 * module);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && m.get(col, row)) {
                    col++;
                }
                // PDF y grows upwards, matrix rows downwards
                canvas.rectangle(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}

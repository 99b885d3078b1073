package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/** Reads report PDFs back: their text without whitespace, and the QR code of a page rendered by pdftoppm. */
public final class PdfChecks {

    private PdfChecks() {}

    public static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                StringBuilder all = new StringBuilder();
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    all.append(extractor.getTextFromPage(page));
                }
                return all.toString().replaceAll("[\\s\\p{Z}]+", "");
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    /** Renders page 1 at 150 dpi with pdftoppm and decodes the QR code on it; skipped without pdftoppm outside CI. */
    static String qrOnFirstPage(byte[] pdf, String name) throws Exception {
        boolean available = available();
        if ("true".equalsIgnoreCase(System.getenv("CI")) && !available) {
            throw new IllegalStateException("CI needs pdftoppm (poppler-utils)");
        }
        Assumptions.assumeTrue(available, "pdftoppm not installed: QR decoding from the rendered page skipped");
        Path dir = Files.createDirectories(Path.of("target", "report-preview"));
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "150",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        file.toString(),
                        dir.resolve(name).toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        BufferedImage image = ImageIO.read(dir.resolve(name + ".png").toFile());
        return decode(image);
    }

    static String decode(BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    private static boolean available() {
        try {
            Process p = new ProcessBuilder("pdftoppm", "-v")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}

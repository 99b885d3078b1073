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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        return decode(page(pdf, name, 1, 150));
    }

    /** One page rendered by pdftoppm at {@code dpi} (72: one pixel per point); skipped without poppler outside CI. */
    static BufferedImage page(byte[] pdf, String name, int page, int dpi) throws Exception {
        Path dir = preview();
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        String out = name + "-" + page + "-" + dpi;
        run(
                "pdftoppm",
                "-png",
                "-r",
                String.valueOf(dpi),
                "-f",
                String.valueOf(page),
                "-l",
                String.valueOf(page),
                "-singlefile",
                file.toString(),
                dir.resolve(out).toString());
        return ImageIO.read(dir.resolve(out + ".png").toFile());
    }

    /** A word as pdftotext sees it, its box in points measured from the bottom left corner of its page. */
    record Word(int page, String text, double left, double bottom, double right, double top) {}

    private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    /** Every word of the document with its position (pdftotext -bbox); skipped without poppler outside CI. */
    static List<Word> words(byte[] pdf, String name) throws Exception {
        Path dir = preview();
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        Path html = dir.resolve(name + "-words.html");
        run("pdftotext", "-bbox", file.toString(), html.toString());
        List<Word> words = new ArrayList<>();
        String[] pages = Files.readString(html).split("</page>");
        for (int i = 0; i < pages.length; i++) {
            Matcher page = PAGE.matcher(pages[i]);
            if (!page.find()) {
                continue;
            }
            double height = Double.parseDouble(page.group(2));
            Matcher w = WORD.matcher(pages[i]);
            while (w.find()) {
                words.add(new Word(
                        i + 1,
                        w.group(5).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"),
                        Double.parseDouble(w.group(1)),
                        height - Double.parseDouble(w.group(4)),
                        Double.parseDouble(w.group(3)),
                        height - Double.parseDouble(w.group(2))));
            }
        }
        return words;
    }

    private static Path preview() throws IOException {
        boolean available = available();
        if ("true".equalsIgnoreCase(System.getenv("CI")) && !available) {
            throw new IllegalStateException("CI needs pdftoppm and pdftotext (poppler-utils)");
        }
        Assumptions.assumeTrue(available, "poppler-utils not installed: checks on the rendered page skipped");
        return Files.createDirectories(Path.of("target", "report-preview"));
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
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

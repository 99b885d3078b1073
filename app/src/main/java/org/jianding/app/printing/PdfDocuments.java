package org.jianding.app.printing;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * The frame every printed document shares: A4 portrait with margins for binding and hole punching, the running
 * header, "第 x 页 / 共 y 页" in the footer, document properties, XMP metadata and language zh-CN. Content is added
 * through OpenPDF's {@link Document}; use {@link ChineseFonts} for every font.
 *
 * <p>Not tagged: OpenPDF 2.0 lays out paragraphs and tables without emitting structure, so claiming a tagged PDF
 * would mislead assistive technology. Text is real text with a Unicode mapping, which screen readers, search and
 * copy rely on.
 */
public final class PdfDocuments {

    /** Left and right margin, 2.2 cm. */
    public static final float SIDE_MARGIN = 62f;

    static final float TOP_MARGIN = 68f;
    static final float BOTTOM_MARGIN = 60f;

    private PdfDocuments() {}

    /** Writes content into an A4 document. */
    @FunctionalInterface
    public interface Content {
        void write(Document document, PdfWriter writer) throws DocumentException, IOException;
    }

    /** The finished PDF as bytes. */
    public static byte[] a4(PdfMetadata metadata, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        a4(metadata, out, content);
        return out.toByteArray();
    }

    /** Streams the finished PDF; the stream is left open. */
    public static void a4(PdfMetadata metadata, OutputStream out, Content content) {
        a4(metadata, out, true, content);
    }

    /**
     * A PDF whose bytes depend only on its content: the creation and modification dates are {@code createdAt}, the
     * file identifier is derived from {@code identity} and the font subset gets a fixed name, where OpenPDF would
     * use the clock and random numbers. Printing the same document twice gives the same file, so a re-issued score
     * report or certificate can be compared with the first one byte for byte.
     *
     * @param pageFooter whether to print "第 x 页 / 共 y 页" and the running header (off for one-page certificates)
     */
    public static byte[] reproducible(
            PdfMetadata metadata, Instant createdAt, String identity, boolean pageFooter, Content content) {
        return reproducible(metadata, createdAt, identity, pageFooter, 0, content);
    }

    /**
     * A reproducible document (see above) that keeps a band of {@code footerBand} points above the page number free
     * of flowing content on every page: paragraphs and tables end above it and continue on the next page, so a page
     * event can draw its own footer there (from {@code document.bottom() - footerBand} to {@code document.bottom()})
     * without anything running into it.
     */
    public static byte[] reproducible(
            PdfMetadata metadata,
            Instant createdAt,
            String identity,
            boolean pageFooter,
            float footerBand,
            Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        a4(metadata, out, pageFooter, footerBand, content);
        return ReproduciblePdf.fix(out.toByteArray(), createdAt, identity);
    }

    private static void a4(PdfMetadata metadata, OutputStream out, boolean decorations, Content content) {
        a4(metadata, out, decorations, 0, content);
    }

    private static void a4(
            PdfMetadata metadata, OutputStream out, boolean decorations, float footerBand, Content content) {
        Document document = new Document(PageSize.A4, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN + footerBand);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
            if (decorations) {
                writer.setPageEvent(new PageDecorations(metadata.runningHeader()));
            }
            describe(document, metadata);
            writer.createXmpMetadata();
            document.open();
            content.write(document, writer);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new PdfRenderingException("could not render PDF \"" + metadata.title() + "\"", e);
        }
    }

    private static void describe(Document document, PdfMetadata metadata) {
        document.addTitle(metadata.title());
        if (!metadata.author().isEmpty()) {
            document.addAuthor(metadata.author());
        }
        if (!metadata.subject().isEmpty()) {
            document.addSubject(metadata.subject());
        }
        document.addCreator("Jianding");
        document.addCreationDate();
        document.setDocumentLanguage("zh-CN");
    }
}

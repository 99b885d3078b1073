package org.jianding.app.printing;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one CJK font of every PDF and chart: WenQuanYi Micro Hei from the application's resources, embedded as a
 * subset with Unicode mapping, so text stays text (searchable, copyable, read aloud) and prints the same
 * everywhere. The 5 MB font file is read once per JVM and shared; OpenPDF fonts are thread-safe to share.
 */
public final class ChineseFonts {

    static final String RESOURCE = "fonts/wqy-microhei.ttc";

    private ChineseFonts() {}

    /** The embedded base font (Identity-H), for OpenPDF text at any size and style. */
    public static BaseFont baseFont() {
        return Holder.BASE_FONT;
    }

    /** The font at a size in points; bold and italic are simulated, as the family has a single face. */
    public static Font font(float size, int style) {
        return new Font(baseFont(), size, style);
    }

    /** The same face for Java2D drawing (charts), at a size in points. */
    public static java.awt.Font awtFont(float size) {
        return Holder.AWT_FONT.deriveFont(size);
    }

    private static final class Holder {
        private static final byte[] BYTES = read();
        private static final BaseFont BASE_FONT = createBaseFont();
        private static final java.awt.Font AWT_FONT = createAwtFont();

        private static byte[] read() {
            try (InputStream in = ChineseFonts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font resource missing: " + RESOURCE);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static BaseFont createBaseFont() {
            try {
                // a font collection is addressed by index: ",0" is the proportional Micro Hei face
                return BaseFont.createFont(
                        "wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BYTES, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static java.awt.Font createAwtFont() {
            try {
                return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(BYTES));
            } catch (FontFormatException e) {
                throw new IllegalStateException("font resource unreadable: " + RESOURCE, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.jianding.app.printing;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Images of rich text, looked up by the SHA-256 in {@code /bank/images/<sha256>}, decoded once per document and
 * sized as a browser would show them, within the column. Missing or unreadable ones become a visible placeholder.
 */
final class PrintedImages {

    static final String IMAGE_PATH = "/bank/images/";

    private static final Color PLACEHOLDER = new Color(0x80, 0x80, 0x80);
    private static final float MAX_IMAGE_WIDTH = 400f;
    private static final float MAX_IMAGE_HEIGHT = 280f;

    private final ImageSource source;
    private final Map<String, Optional<Image>> decoded = new HashMap<>();

    PrintedImages(ImageSource source) {
        this.source = source;
    }

    /** The image of an {@code <img>}, or a placeholder naming it by its alt text or the start of its hash. */
    Element image(String src, String alt, String widthAttribute, String heightAttribute) {
        String sha = src.startsWith(IMAGE_PATH) ? src.substring(IMAGE_PATH.length()) : "";
        Optional<Image> image = sha.isEmpty() ? Optional.empty() : decoded.computeIfAbsent(sha, this::decode);
        if (image.isEmpty()) {
            return placeholder(alt, sha);
        }
        Image copy = Image.getInstance(image.get());
        float naturalWidth = copy.getPlainWidth() * 0.75f;
        float naturalHeight = copy.getPlainHeight() * 0.75f;
        float width = points(widthAttribute);
        float height = points(heightAttribute);
        if (width <= 0 && height <= 0) {
            width = naturalWidth;
            height = naturalHeight;
        } else if (height <= 0) {
            height = naturalHeight * width / naturalWidth;
        } else if (width <= 0) {
            width = naturalWidth * height / naturalHeight;
        }
        copy.scaleAbsolute(width, height);
        if (width > MAX_IMAGE_WIDTH || height > MAX_IMAGE_HEIGHT) {
            copy.scaleToFit(MAX_IMAGE_WIDTH, MAX_IMAGE_HEIGHT);
        }
        copy.setSpacingBefore(3);
        copy.setSpacingAfter(3);
        return copy;
    }

    /** A size in screen pixels (96 per inch, as a browser takes it) in points; 0 when absent. */
    private static float points(String pixels) {
        try {
            return Math.max(0, Float.parseFloat(pixels.strip()) * 0.75f);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Optional<Image> decode(String sha) {
        try {
            Optional<byte[]> bytes = source.find(sha);
            return bytes.isEmpty() ? Optional.empty() : Optional.of(Image.getInstance(bytes.get()));
        } catch (Exception unreadable) {
            // a broken image must not stop a whole paper; the placeholder makes it visible
            return Optional.empty();
        }
    }

    private static Paragraph placeholder(String alt, String sha) {
        String name = !alt.isBlank() ? alt.strip() : sha.length() > 8 ? sha.substring(0, 8) : sha;
        Paragraph paragraph = new Paragraph("〔图片缺失" + (name.isEmpty() ? "" : "：" + name) + "〕", placeholderFont());
        paragraph.setSpacingBefore(2);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    private static Font placeholderFont() {
        Font font = ChineseFonts.font(9.5f, Font.ITALIC);
        font.setColor(PLACEHOLDER);
        return font;
    }
}

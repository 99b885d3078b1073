package org.jianding.app.printing;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a rendered PDF back the way a person or a screen reader would get at it: its text, pages and fonts. */
final class PdfReading {

    private PdfReading() {}

    /** The text of each page, without any whitespace, so that line wrapping does not matter. */
    static List<String> pages(byte[] pdf) {
        PdfReader reader = reader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(compact(extractor.getTextFromPage(page)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.close();
        }
    }

    static String text(byte[] pdf) {
        return String.join("", pages(pdf));
    }

    /** The plain text of rich text as it should appear on paper, without whitespace. */
    static String compact(String text) {
        return text.replaceAll("<[^>]*>", "").replaceAll("[\\s\\p{Z}]+", "");
    }

    /** Every font the pages use, by name, and whether its glyphs are embedded in the file. */
    static Map<String, Boolean> fonts(byte[] pdf) {
        PdfReader reader = reader(pdf);
        try {
            Map<String, Boolean> fonts = new LinkedHashMap<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                collectFonts(reader.getPageN(page).getAsDict(PdfName.RESOURCES), fonts);
            }
            return fonts;
        } finally {
            reader.close();
        }
    }

    static PdfReader reader(byte[] pdf) {
        try {
            return new PdfReader(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectFonts(PdfDictionary resources, Map<String, Boolean> fonts) {
        if (resources == null) {
            return;
        }
        PdfDictionary fontDictionary = dictionary(resources.get(PdfName.FONT));
        if (fontDictionary != null) {
            for (PdfName key : fontDictionary.getKeys()) {
                PdfDictionary font = dictionary(fontDictionary.get(key));
                fonts.put(PdfName.decodeName(font.get(PdfName.BASEFONT).toString()), isEmbedded(font));
            }
        }
        PdfDictionary xObjects = dictionary(resources.get(PdfName.XOBJECT));
        if (xObjects != null) {
            for (PdfName key : xObjects.getKeys()) {
                PdfDictionary xObject = dictionary(xObjects.get(key));
                collectFonts(dictionary(xObject.get(PdfName.RESOURCES)), fonts);
            }
        }
    }

    private static boolean isEmbedded(PdfDictionary font) {
        PdfDictionary withDescriptor = font;
        PdfObject descendants = PdfReader.getPdfObject(font.get(PdfName.DESCENDANTFONTS));
        if (descendants instanceof PdfArray array) {
            withDescriptor = dictionary(array.getPdfObject(0));
        }
        PdfDictionary descriptor = dictionary(withDescriptor.get(PdfName.FONTDESCRIPTOR));
        return descriptor != null
                && (descriptor.contains(PdfName.FONTFILE)
                        || descriptor.contains(PdfName.FONTFILE2)
                        || descriptor.contains(PdfName.FONTFILE3));
    }

    private static PdfDictionary dictionary(PdfObject object) {
        PdfObject direct = PdfReader.getPdfObject(object);
        return direct instanceof PdfDictionary dictionary ? dictionary : null;
    }
}

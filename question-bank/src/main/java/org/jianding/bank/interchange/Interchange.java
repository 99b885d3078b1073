package org.jianding.bank.interchange;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jianding.bank.interchange.InterchangeException.Reason;
import org.w3c.dom.Document;

/**
 * Reads a question file of any format we know, recognised by its content (never by its name alone): a zip with
 * {@code imsmanifest.xml} is a QTI package, a zip with {@code word/document.xml} a Word file, XML with {@code <quiz>}
 * is Moodle XML, with {@code assessmentItem} a QTI item; text with {@code ANSWER:} lines is Aiken, with answers in
 * braces GIFT. An .xlsx is not read here ({@link #isSpreadsheet}).
 */
public final class Interchange {

    private Interchange() {}

    /**
     * Whether the bytes are an Excel workbook (a zip holding {@code xl/workbook.xml}), which the spreadsheet importer
     * reads. Told from the entry names stored as they are in the zip, without expanding anything, so a large
     * workbook costs nothing here.
     */
    public static boolean isSpreadsheet(byte[] bytes) {
        return SafeZip.isZip(bytes) && contains(bytes, "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The format the content is in, if it is one of ours (a hostile package is refused here already). */
    public static Optional<InterchangeFormat> recognise(byte[] bytes, InterchangeLimits limits)
            throws InterchangeException {
        if (bytes.length > limits.maxBytes()) {
            throw new InterchangeException(Reason.TOO_LARGE, limits.maxBytes() / (1024 * 1024) + " MB");
        }
        if (SafeZip.isZip(bytes)) {
            Map<String, byte[]> files = SafeZip.read(bytes, limits);
            if (files.containsKey("imsmanifest.xml")) {
                return Optional.of(InterchangeFormat.QTI);
            }
            if (files.containsKey("word/document.xml")) {
                return Optional.of(InterchangeFormat.DOCX);
            }
            return Optional.empty();
        }
        String text = text(bytes);
        if (text == null && !utf16(bytes)) {
            return Optional.empty();
        }
        if (text == null || text.stripLeading().startsWith("<")) {
            Document doc = SafeXml.parse(bytes, "xml");
            if (MoodleXmlReader.looksLike(doc)) {
                return Optional.of(InterchangeFormat.MOODLE_XML);
            }
            if (QtiReader.isItem(doc)) {
                return Optional.of(InterchangeFormat.QTI);
            }
            return Optional.empty();
        }
        if (AikenReader.looksLike(text)) {
            return Optional.of(InterchangeFormat.AIKEN);
        }
        if (GiftReader.looksLike(text)) {
            return Optional.of(InterchangeFormat.GIFT);
        }
        return Optional.empty();
    }

    /** Reads the file; refuses it as a whole when it is of no known format, damaged or hostile. */
    public static InterchangeRead read(byte[] bytes, InterchangeLimits limits) throws InterchangeException {
        InterchangeFormat format =
                recognise(bytes, limits).orElseThrow(() -> new InterchangeException(Reason.NOT_RECOGNISED, null));
        return switch (format) {
            case QTI ->
                SafeZip.isZip(bytes)
                        ? QtiReader.readPackage(SafeZip.read(bytes, limits))
                        : QtiReader.readItem(SafeXml.parse(bytes, "xml"));
            case DOCX -> DocxReader.read(bytes);
            case MOODLE_XML -> MoodleXmlReader.read(SafeXml.parse(bytes, "xml"));
            case AIKEN -> AikenReader.read(text(bytes));
            case GIFT -> GiftReader.read(text(bytes));
        };
    }

    /** XML in UTF-16 (with a byte order mark, or starting with '<'), which the XML parser decodes itself. */
    private static boolean utf16(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int a = bytes[0] & 0xFF;
        int b = bytes[1] & 0xFF;
        return (a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE) || (a == 0 && b == '<') || (a == '<' && b == 0);
    }

    /** UTF-8 text, or null when the bytes are not (a binary file, or GBK we do not guess at). */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

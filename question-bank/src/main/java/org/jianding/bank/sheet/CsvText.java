package org.jianding.bank.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CSV question file told by its content: text (UTF-8 with or without BOM, UTF-16 with BOM as Excel's "Unicode
 * text", or GBK/GB18030 as Chinese Excel and WPS save it) whose first records split on commas or tabs into the same
 * number of fields, at least three. Fields may be quoted ({@code "a, ""b"""}), also over several lines.
 */
public final class CsvText {

    private static final int MIN_FIELDS = 3;
    private static final int LOOKED_AT = 20;
    private static final int HEAD_CHARS = 64 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvText() {}

    /**
     * The records of a CSV file, or empty when the bytes are not one. A file with a CSV's shape whose text is neither
     * UTF-8 nor GBK is refused with that reason ({@link UnreadableWorkbookException.Reason#CSV_ENCODING}).
     */
    public static Optional<List<List<String>>> read(byte[] bytes) throws UnreadableWorkbookException {
        if (!looksLikeText(bytes)) {
            return Optional.empty();
        }
        Optional<String> text = decode(bytes);
        // the shape shows through any ASCII-compatible reading: delimiters, quotes and line breaks are ASCII
        String shape = text.orElseGet(() -> new String(bytes, StandardCharsets.ISO_8859_1));
        // the shape is judged on the first records; only a CSV is parsed whole
        String head = shape.length() > HEAD_CHARS ? shape.substring(0, HEAD_CHARS) : shape;
        for (char delimiter : new char[] {',', '\t'}) {
            if (consistent(parse(head, delimiter))) {
                if (text.isEmpty()) {
                    throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.CSV_ENCODING, null, null);
                }
                return Optional.of(parse(shape, delimiter));
            }
        }
        return Optional.empty();
    }

    /** Whether the bytes could be a CSV file at all: no zip, no XML or HTML, no binary zeros (outside UTF-16). */
    public static boolean looksLikeText(byte[] bytes) {
        if (bytes.length < 4 || utf16(bytes)) {
            return bytes.length >= 4;
        }
        int start = bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int first = start;
        while (first < bytes.length && Character.isWhitespace(bytes[first])) {
            first++;
        }
        if (first >= bytes.length || bytes[first] == '<' || (bytes[0] == 'P' && bytes[1] == 'K')) {
            return false;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text is records of one shape, as a CSV file is, and not prose with the odd comma. */
    public static boolean isCsv(byte[] bytes) {
        try {
            return read(bytes).isPresent();
        } catch (UnreadableWorkbookException e) {
            // undecodable text with a CSV's shape is a CSV (that is refused with the reason): commas are ASCII
            return e.reason() == UnreadableWorkbookException.Reason.CSV_ENCODING;
        }
    }

    private static boolean consistent(List<List<String>> records) {
        List<List<String>> looked = records.stream()
                .filter(r -> !(r.size() == 1 && r.get(0).isBlank()))
                .limit(LOOKED_AT)
                .toList();
        if (looked.size() < 2 || looked.get(0).size() < MIN_FIELDS) {
            return false;
        }
        int width = looked.get(0).size();
        long same = looked.stream().filter(r -> r.size() == width).count();
        return same * 10 >= looked.size() * 9L;
    }

    private static boolean utf16(byte[] b) {
        return (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF);
    }

    private static Optional<String> decode(byte[] bytes) {
        Optional<String> text;
        if (utf16(bytes)) {
            text = strict(bytes, 0, StandardCharsets.UTF_16);
        } else {
            boolean bom = bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
            text = strict(bytes, bom ? 3 : 0, StandardCharsets.UTF_8);
            if (text.isEmpty() && !bom) {
                text = strict(bytes, 0, GB18030);
            }
        }
        return text.filter(
                t -> t.chars().noneMatch(c -> c == '\uFFFD' || (c < ' ' && c != '\t' && c != '\r' && c != '\n')));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}

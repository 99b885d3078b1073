package org.jianding.app.printing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what OpenPDF takes from the clock and from random numbers: the dates of the document information and of
 * the XMP packet, the file identifier in the trailer and the six-letter prefix of the font subset name. Every
 * replacement has the length of what it replaces, so the cross-reference offsets stay valid. Dates and the
 * identifier sit in uncompressed objects (information dictionary, XMP stream, trailer), which OpenPDF 2.0 always
 * writes so.
 */
final class ReproduciblePdf {

    private static final Pattern INFO_DATE = Pattern.compile("D:(\\d{14})");
    private static final Pattern XMP_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    private static final Pattern FILE_ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?]");
    private static final Pattern SUBSET = Pattern.compile("/([A-Z]{6})\\+");
    private static final DateTimeFormatter INFO = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter XMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ReproduciblePdf() {}

    static byte[] fix(byte[] pdf, Instant createdAt, String identity) {
        // ISO-8859-1 maps every byte to one char and back, so binary streams survive untouched
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        ZonedDateTime at = createdAt.atZone(ZoneId.systemDefault());
        byte[] hash = sha256(identity);
        text = INFO_DATE.matcher(text).replaceAll("D:" + INFO.format(at));
        text = XMP_DATE.matcher(text).replaceAll(XMP.format(at));
        text = fileId(text, HexFormat.of().withUpperCase().formatHex(hash));
        text = subsetPrefix(text, hash);
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String fileId(String text, String hex) {
        Matcher m = FILE_ID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String id = hex.repeat(4).substring(0, m.group(1).length());
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(m.group()
                            .replace(m.group(1), id)
                            .replace(m.group(2), id.substring(0, m.group(2).length()))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String subsetPrefix(String text, byte[] hash) {
        Matcher m = SUBSET.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder fixed = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            fixed.append((char) ('A' + Math.floorMod(hash[i], 26)));
        }
        return text.replace("/" + m.group(1) + "+", "/" + fixed + "+");
    }

    private static byte[] sha256(String identity) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

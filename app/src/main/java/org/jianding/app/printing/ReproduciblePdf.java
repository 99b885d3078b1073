package org.jianding.app.printing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Removes what OpenPDF takes from the clock and from random numbers: the dates of the document information and of
 * the XMP packet, the file identifier in the trailer and the six-letter prefix of the font subset name. Every
 * replacement has the length of what it replaces, so the cross-reference offsets stay valid. Dates and the
 * identifier sit in uncompressed objects (information dictionary, XMP stream, trailer), which OpenPDF 2.0 always
 * writes so. The file is scanned once, byte by byte, for a few literal markers (regular expressions over the whole
 * file cost more than laying out a one-page report).
 */
final class ReproduciblePdf {

    private static final DateTimeFormatter INFO = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter XMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final String XMP_SHAPE = "dddd-dd-ddTdd:dd:dd";

    private ReproduciblePdf() {}

    static byte[] fix(byte[] pdf, Instant createdAt, String identity) {
        ZonedDateTime at = createdAt.atZone(ZoneId.systemDefault());
        byte[] hash = sha256(identity);
        byte[] info = ascii(INFO.format(at));
        byte[] xmp = ascii(XMP.format(at));
        byte[] hex = ascii(HexFormat.of().withUpperCase().formatHex(hash));
        byte[] prefix = null;
        List<Integer> subsets = new ArrayList<>();
        // one pass over the file: each marker starts with '(', 'D' or '/'
        for (int i = 0; i < pdf.length; i++) {
            byte b = pdf[i];
            if (b == '(' && matches(pdf, i, "(D:dddddddddddddd")) {
                System.arraycopy(info, 0, pdf, i + 3, info.length);
            } else if (b == 'D' && (matches(pdf, i, "Date>" + XMP_SHAPE) || matches(pdf, i, "Date=\"" + XMP_SHAPE))) {
                int from = i + (pdf[i + 4] == '>' ? 5 : 6);
                System.arraycopy(xmp, 0, pdf, from, xmp.length);
            } else if (b == '/' && matches(pdf, i, "/ID")) {
                i = fileId(pdf, i + 3, hex);
            } else if (b == '/' && matches(pdf, i, "/AAAAAA+")) {
                subsets.add(i);
                prefix = prefix == null ? java.util.Arrays.copyOfRange(pdf, i, i + 8) : prefix;
            }
        }
        if (prefix != null) {
            for (int i : subsets) {
                if (java.util.Arrays.equals(pdf, i, i + 8, prefix, 0, 8)) {
                    for (int k = 0; k < 6; k++) {
                        pdf[i + 1 + k] = (byte) ('A' + Math.floorMod(hash[k], 26));
                    }
                }
            }
        }
        return pdf;
    }

    /** Overwrites both hex strings of {@code /ID [<…><…>]} with hex digits of the hash; returns where it ended. */
    private static int fileId(byte[] pdf, int from, byte[] hex) {
        int j = from;
        for (int part = 0; part < 2; part++) {
            int start = j;
            while (j < pdf.length && pdf[j] != '<' && pdf[j] != ']' && j - start < 8) {
                j++;
            }
            if (j >= pdf.length || pdf[j] != '<') {
                return j - 1;
            }
            int k = ++j;
            while (k < pdf.length && pdf[k] != '>') {
                pdf[k] = hex[(k - j) % hex.length];
                k++;
            }
            j = k;
        }
        return j;
    }

    /** Whether the bytes at {@code from} have the shape: d a digit, A an upper-case letter, else that character. */
    private static boolean matches(byte[] pdf, int from, String shape) {
        if (from + shape.length() > pdf.length) {
            return false;
        }
        for (int k = 0; k < shape.length(); k++) {
            byte b = pdf[from + k];
            char s = shape.charAt(k);
            boolean ok = s == 'd' ? b >= '0' && b <= '9' : s == 'A' ? b >= 'A' && b <= 'Z' : b == s;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] sha256(String identity) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

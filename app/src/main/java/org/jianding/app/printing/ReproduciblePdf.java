package org.jianding.app.printing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Removes what OpenPDF takes from the clock and from random numbers: the dates of the document information and of
 * the XMP packet, the file identifier in the trailer and the six-letter prefix of the font subset name. Every
 * replacement has the length of what it replaces, so the cross-reference offsets stay valid. Dates and the
 * identifier sit in uncompressed objects (information dictionary, XMP stream, trailer), which OpenPDF 2.0 always
 * writes so. The file is scanned byte by byte for a few literal markers (a regular expression over the whole file
 * cost more than the rest of a one-page report).
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
        for (int i = find(pdf, ascii("(D:"), 0); i >= 0; i = find(pdf, ascii("(D:"), i + 1)) {
            if (matches(pdf, i + 3, "dddddddddddddd")) {
                System.arraycopy(info, 0, pdf, i + 3, info.length);
            }
        }
        byte[] xmp = ascii(XMP.format(at));
        for (String marker : new String[] {"Date>", "Date=\""}) {
            byte[] m = ascii(marker);
            for (int i = find(pdf, m, 0); i >= 0; i = find(pdf, m, i + 1)) {
                if (matches(pdf, i + m.length, XMP_SHAPE)) {
                    System.arraycopy(xmp, 0, pdf, i + m.length, xmp.length);
                }
            }
        }
        fileId(pdf, HexFormat.of().withUpperCase().formatHex(hash).repeat(4));
        subsetPrefix(pdf, hash);
        return pdf;
    }

    /** Overwrites both hex strings of {@code /ID [<…><…>]} with hex digits of the identity's hash. */
    private static void fileId(byte[] pdf, String hex) {
        int i = find(pdf, ascii("/ID"), 0);
        while (i >= 0) {
            int j = i + 3;
            for (int part = 0; part < 2; part++) {
                while (j < pdf.length && pdf[j] != '<' && pdf[j] != ']') {
                    j++;
                }
                if (j >= pdf.length || pdf[j] != '<') {
                    break;
                }
                int k = ++j;
                while (k < pdf.length && pdf[k] != '>') {
                    pdf[k] = (byte) hex.charAt((k - j) % hex.length());
                    k++;
                }
                j = k;
            }
            i = find(pdf, ascii("/ID"), i + 1);
        }
    }

    /** Replaces the random six-letter subset prefix ({@code /ABCDEF+Name}) with letters from the hash. */
    private static void subsetPrefix(byte[] pdf, byte[] hash) {
        int at = -1;
        for (String key : new String[] {"/FontName", "/BaseFont"}) {
            for (int i = find(pdf, ascii(key), 0); i >= 0 && at < 0; i = find(pdf, ascii(key), i + 1)) {
                int j = i + key.length();
                while (j < pdf.length && pdf[j] == ' ') {
                    j++;
                }
                if (j + 7 < pdf.length && pdf[j] == '/' && matches(pdf, j + 1, "AAAAAA") && pdf[j + 7] == '+') {
                    at = j;
                }
            }
        }
        if (at < 0) {
            return;
        }
        byte[] random = java.util.Arrays.copyOfRange(pdf, at, at + 8);
        byte[] fixed = random.clone();
        for (int i = 0; i < 6; i++) {
            fixed[i + 1] = (byte) ('A' + Math.floorMod(hash[i], 26));
        }
        for (int i = find(pdf, random, 0); i >= 0; i = find(pdf, random, i + 8)) {
            System.arraycopy(fixed, 0, pdf, i, fixed.length);
        }
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

    private static int find(byte[] pdf, byte[] what, int from) {
        byte first = what[0];
        int last = pdf.length - what.length;
        outer:
        for (int i = Math.max(0, from); i <= last; i++) {
            if (pdf[i] != first) {
                continue;
            }
            for (int k = 1; k < what.length; k++) {
                if (pdf[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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

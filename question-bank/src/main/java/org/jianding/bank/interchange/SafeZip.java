package org.jianding.bank.interchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jianding.bank.interchange.InterchangeException.Reason;

/**
 * The entries of an untrusted zip, expanded into memory under {@link InterchangeLimits}. An entry whose name would
 * leave the package when written anywhere (zip-slip: {@code ../}, absolute paths, backslashes, drive letters) refuses
 * the whole package, even though we never write entries to disk: such a package was made to attack someone.
 */
public final class SafeZip {

    private static final byte[] MAGIC = {'P', 'K', 3, 4};

    private SafeZip() {}

    /** Whether the bytes start like a zip. */
    public static boolean isZip(byte[] bytes) {
        if (bytes.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** Every file entry by its name, in order; folders are counted but not kept. */
    public static Map<String, byte[]> read(byte[] zip, InterchangeLimits limits) throws InterchangeException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        int count = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++count > limits.maxEntries()) {
                    throw new InterchangeException(Reason.TOO_MANY_ENTRIES, String.valueOf(limits.maxEntries()));
                }
                String name = checkedName(entry.getName());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long size = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > limits.maxEntrySize() || total > limits.maxExpanded()) {
                        throw new InterchangeException(Reason.ZIP_BOMB, null);
                    }
                    out.write(buffer, 0, n);
                }
                if (!entry.isDirectory()) {
                    entries.put(name, out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InterchangeException(Reason.CORRUPT, "zip", e);
        }
        if (count == 0) {
            throw new InterchangeException(Reason.CORRUPT, "zip");
        }
        return Collections.unmodifiableMap(entries);
    }

    /**
     * The package path an {@code href} in the file at {@code base} points to. Anything that leaves the package is
     * refused: a scheme ({@code http:}, {@code file:}), a network or absolute path, or {@code ..} past the root.
     */
    public static String resolve(String base, String href) throws InterchangeException {
        String h = href == null ? "" : href.strip();
        int colon = h.indexOf(':');
        int slash = h.indexOf('/');
        if (h.isEmpty() || h.startsWith("/") || h.startsWith("\\") || (colon >= 0 && (slash < 0 || colon < slash))) {
            throw new InterchangeException(Reason.EXTERNAL_HREF, href);
        }
        int cut = h.indexOf('#');
        h = cut >= 0 ? h.substring(0, cut) : h;
        cut = h.indexOf('?');
        h = cut >= 0 ? h.substring(0, cut) : h;
        h = percentDecode(h);
        int lastSlash = base == null ? -1 : base.lastIndexOf('/');
        String folder = lastSlash < 0 ? "" : base.substring(0, lastSlash + 1);
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : (folder + h).replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new InterchangeException(Reason.EXTERNAL_HREF, href);
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String checkedName(String name) throws InterchangeException {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean unsafe = name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')
                || lower.startsWith("..")
                || lower.contains("/../")
                || lower.endsWith("/..");
        if (unsafe) {
            throw new InterchangeException(Reason.UNSAFE_PATH, name);
        }
        return name;
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}

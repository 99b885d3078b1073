package org.jianding.app.grading;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import tools.jackson.core.type.TypeReference;

/**
 * How a result's item marks are stored in {@code exam_result.items}: their JSON, deflated and base64-encoded behind
 * the prefix {@code z:} (a 100-item paper's 20 KB of JSON becomes about 3 KB, which is what makes writing ten
 * thousand results fast). Plain JSON, as the first results were written, still reads. The same marks always encode
 * to the same text, so stored results can be compared as text.
 */
final class ResultItems {

    private static final String PREFIX = "z:";
    private static final TypeReference<List<ItemResult>> ITEMS = new TypeReference<>() {};

    private ResultItems() {}

    static String write(List<ItemResult> items) {
        byte[] json = Marking.JSON.writeValueAsBytes(items);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return PREFIX + Base64.getEncoder().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    static List<ItemResult> read(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        if (!stored.startsWith(PREFIX)) {
            return Marking.JSON.readValue(stored, ITEMS);
        }
        byte[] packed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 8);
            byte[] buffer = new byte[16384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("stored item marks are truncated");
                }
                out.write(buffer, 0, n);
            }
            return Marking.JSON.readValue(new String(out.toByteArray(), StandardCharsets.UTF_8), ITEMS);
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored item marks are unreadable", e);
        } finally {
            inflater.end();
        }
    }
}

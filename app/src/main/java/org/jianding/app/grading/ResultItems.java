package org.jianding.app.grading;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jianding.bank.item.QuestionType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
        return Marking.JSON.readValue(json(stored), ITEMS);
    }

    /** The fields statistics use of each item, in stored order. */
    record Brief(int position, long questionId, QuestionType type, String area, double max, Double earned) {}

    /**
     * Only the fields statistics use, read by a streaming parser that skips each item's parts: a tenth of the time
     * of {@link #read} on a 100-item result, which is what makes a session of 3,000 results quick to analyse.
     */
    static void readBrief(String stored, Consumer<Brief> sink) {
        if (stored == null || stored.isEmpty()) {
            return;
        }
        try (JsonParser p = Marking.JSON.createParser(json(stored))) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("stored item marks are not a list");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int position = 0;
                long questionId = 0;
                QuestionType type = null;
                String area = null;
                double max = 0;
                Double earned = null;
                String name;
                while ((name = p.nextName()) != null) {
                    JsonToken value = p.nextToken();
                    switch (name) {
                        case "position" -> position = p.getIntValue();
                        case "questionId" -> questionId = p.getLongValue();
                        case "type" -> type = QuestionType.valueOf(p.getString());
                        case "area" -> area = value == JsonToken.VALUE_NULL ? null : p.getString();
                        case "max" -> max = p.getDoubleValue();
                        case "earned" -> earned = value == JsonToken.VALUE_NULL ? null : p.getDoubleValue();
                        default -> p.skipChildren();
                    }
                }
                sink.accept(new Brief(position, questionId, type, area, max, earned));
            }
        }
    }

    /**
     * The compact form of the marks for statistics ({@code exam_result.item_marks}): one line per item,
     * "position,questionId,TYPE,max,earned,chosen,area" with earned empty while unscored, chosen the options of a
     * choice answer ("AC", 对, 错; see {@link ItemMarks#chosen}) or empty, and the area last so that it may hold any
     * character but a line break.
     */
    static String compact(List<ItemResult> items, Map<Integer, String> answers) {
        StringBuilder out = new StringBuilder(items.size() * 40);
        for (ItemResult i : items) {
            String chosen = ItemMarks.chosen(i.type(), answers.get(i.position()));
            out.append(i.position())
                    .append(',')
                    .append(i.questionId())
                    .append(',')
                    .append(i.type().name())
                    .append(',')
                    .append(i.max().toPlainString())
                    .append(',')
                    .append(i.earned() == null ? "" : i.earned().toPlainString())
                    .append(',')
                    .append(chosen == null ? "" : chosen.replace(",", "").replace("\n", ""))
                    .append(',')
                    .append(i.area() == null ? "" : i.area().replace('\n', ' '))
                    .append('\n');
        }
        return out.toString();
    }

    /** Reads {@link #compact} back, item by item, with the options chosen. */
    static void readCompact(String marks, BiConsumer<Brief, String> sink) {
        int from = 0;
        int n = marks.length();
        while (from < n) {
            int end = marks.indexOf('\n', from);
            if (end < 0) {
                end = n;
            }
            int c1 = marks.indexOf(',', from);
            int c2 = marks.indexOf(',', c1 + 1);
            int c3 = marks.indexOf(',', c2 + 1);
            int c4 = marks.indexOf(',', c3 + 1);
            int c5 = marks.indexOf(',', c4 + 1);
            int c6 = marks.indexOf(',', c5 + 1);
            if (c1 < 0 || c2 < 0 || c3 < 0 || c4 < 0 || c5 < 0 || c6 < 0 || c6 > end) {
                throw new IllegalStateException("stored item marks are unreadable");
            }
            String earned = marks.substring(c4 + 1, c5);
            sink.accept(
                    new Brief(
                            Integer.parseInt(marks, from, c1, 10),
                            Long.parseLong(marks, c1 + 1, c2, 10),
                            QuestionType.valueOf(marks.substring(c2 + 1, c3)),
                            c6 + 1 == end ? null : marks.substring(c6 + 1, end),
                            Double.parseDouble(marks.substring(c3 + 1, c4)),
                            earned.isEmpty() ? null : Double.valueOf(earned)),
                    c6 == c5 + 1 ? null : marks.substring(c5 + 1, c6));
            from = end + 1;
        }
    }

    /** The JSON bytes of a stored value, inflated when it is deflated. */
    private static byte[] json(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored.getBytes(StandardCharsets.UTF_8);
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
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored item marks are unreadable", e);
        } finally {
            inflater.end();
        }
    }
}

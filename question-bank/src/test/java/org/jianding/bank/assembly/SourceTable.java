package org.jianding.bank.assembly;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A CSV table of the TestDesign fixtures (header line, then one row a line, "..." quoting with "" for a quote), and
 * the constraint conditions those tables use, read in the source's own terms: conjunctions ({@code &}) of {@code A ==
 * v}, {@code A %in% c(v, …)}, {@code A >= n}, {@code A < n} and {@code !is.na(A)}, attribute names in any case. Used
 * to recount a paper against the source's constraints without any of the mapping onto the blueprint.
 */
final class SourceTable {

    private SourceTable() {}

    /** The rows of a fixture under {@code testdesign/}, each as column → value ("" when empty). */
    static List<Map<String, String>> read(String file) {
        String path = "/org/jianding/bank/assembly/testdesign/" + file;
        try (InputStream in = Objects.requireNonNull(SourceTable.class.getResourceAsStream(path), path);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = fields(reader.readLine());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> values = fields(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i).toUpperCase(Locale.ROOT), i < values.size() ? values.get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Whether the item (column → value) meets a TestDesign condition; an empty condition holds for every item. */
    static boolean holds(String condition, Map<String, String> item) {
        if (condition.isBlank()) {
            return true;
        }
        for (String clause : condition.split("&")) {
            if (!clause(clause.strip(), item)) {
                return false;
            }
        }
        return true;
    }

    private static boolean clause(String clause, Map<String, String> item) {
        if (clause.startsWith("!is.na(") && clause.endsWith(")")) {
            return !value(item, clause.substring(7, clause.length() - 1)).isEmpty();
        }
        String[] in = clause.split("%in%");
        if (in.length == 2) {
            String list = in[1].strip();
            if (!list.startsWith("c(") || !list.endsWith(")")) {
                throw new IllegalArgumentException("unread condition: " + clause);
            }
            String actual = value(item, in[0]);
            for (String v : list.substring(2, list.length() - 1).split(",")) {
                if (literal(v).equals(actual)) {
                    return true;
                }
            }
            return false;
        }
        for (String op : List.of("==", ">=", "<")) {
            int at = clause.indexOf(op);
            if (at > 0) {
                String actual = value(item, clause.substring(0, at));
                String expected = literal(clause.substring(at + op.length()));
                return switch (op) {
                    case "==" -> actual.equals(expected);
                    case ">=" -> !actual.isEmpty() && Double.parseDouble(actual) >= Double.parseDouble(expected);
                    default -> !actual.isEmpty() && Double.parseDouble(actual) < Double.parseDouble(expected);
                };
            }
        }
        throw new IllegalArgumentException("unread condition: " + clause);
    }

    private static String value(Map<String, String> item, String attribute) {
        String key = attribute.strip().toUpperCase(Locale.ROOT);
        if (!item.containsKey(key)) {
            throw new IllegalArgumentException("no attribute " + key + " in " + item.keySet());
        }
        return item.get(key);
    }

    private static String literal(String text) {
        String t = text.strip();
        return t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}

package org.jianding.bank.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A column an importer expects, found in the header row by any of its names: users keep old templates and write
 * 题目 for 题干, so every name counts. Matching ignores spaces, full-width/half-width differences, a trailing
 * {@code *} (required marker) and a trailing remark in parentheses, e.g. {@code 初始密码（可选）}.
 */
public record SheetColumn(List<String> names, boolean required) {

    public SheetColumn {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a column needs a name");
        }
        names = List.copyOf(names);
    }

    public static SheetColumn required(String name, String... aliases) {
        return new SheetColumn(all(name, aliases), true);
    }

    public static SheetColumn optional(String name, String... aliases) {
        return new SheetColumn(all(name, aliases), false);
    }

    /** The name a template writes and problems use. */
    public String name() {
        return names.get(0);
    }

    /** Whether a header cell names this column (spaces, full-width forms, a {@code *} and a remark ignored). */
    public boolean matches(String header) {
        String key = HeaderNames.normalize(header);
        return !key.isEmpty() && names.stream().map(HeaderNames::normalize).anyMatch(key::equals);
    }

    private static List<String> all(String name, String... aliases) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(aliases));
        return all;
    }
}

package org.jianding.app.questions.excel;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/**
 * The mapping step's choices as request parameters, the same for the page's form and the JSON API's multipart call:
 * {@code sheet.N} names the N-th sheet and {@code column.N.C} the field of its column C ({@code STEM}, {@code IGNORE}
 * …); {@code defaultKnowledge} (a leaf's code), {@code defaultLevels} (repeatable), {@code defaultCognitive},
 * {@code defaultDifficulty}, {@code points.SINGLE_CHOICE} … and {@code remember}. Unreadable values are refused.
 */
final class ImportChoicesForm {

    private ImportChoicesForm() {}

    static ImportChoices read(Map<String, String[]> params) {
        Map<String, Map<String, ImportField>> columns = new HashMap<>();
        Map<QuestionType, BigDecimal> points = new EnumMap<>(QuestionType.class);
        for (var e : params.entrySet()) {
            String name = e.getKey();
            String value = first(e.getValue());
            if (name.startsWith("column.") && value != null) {
                String[] parts = name.split("\\.", 3);
                String sheet = parts.length == 3 ? first(params.get("sheet." + parts[1])) : null;
                if (sheet != null) {
                    ImportField field = ImportField.parse(value)
                            .orElseThrow(
                                    () -> DomainException.badRequest("questionImport.mapping.invalidField", value));
                    columns.computeIfAbsent(sheet, k -> new HashMap<>()).put(parts[2], field);
                }
            } else if (name.startsWith("points.") && value != null) {
                QuestionType type =
                        QuestionType.parse(name.substring("points.".length())).orElseThrow(() -> invalid(name));
                points.put(type, number(value));
            }
        }
        ImportDefaults defaults = new ImportDefaults(
                first(params.get("defaultKnowledge")),
                levels(params.get("defaultLevels")),
                cognitive(first(params.get("defaultCognitive"))),
                difficulty(first(params.get("defaultDifficulty"))),
                points);
        return new ImportChoices(columns, defaults, "true".equalsIgnoreCase(first(params.get("remember"))));
    }

    private static Set<Level> levels(String[] values) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    levels.add(Level.parse(v.strip()).orElseThrow(() -> invalid(v)));
                }
            }
        }
        return levels;
    }

    private static CognitiveLevel cognitive(String value) {
        if (value == null) {
            return null;
        }
        return CognitiveLevel.parse(value).orElseThrow(() -> invalid(value));
    }

    private static Difficulty difficulty(String value) {
        if (value == null) {
            return null;
        }
        return Spellings.difficulty(value).map(Difficulty::of).orElseThrow(() -> invalid(value));
    }

    private static BigDecimal number(String value) {
        try {
            BigDecimal n = new BigDecimal(value.strip());
            if (n.signum() <= 0) {
                throw invalid(value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(value);
        }
    }

    private static DomainException invalid(String value) {
        return DomainException.badRequest("questionImport.mapping.invalidDefault", value);
    }

    /** The first value, stripped; null when absent or blank. */
    private static String first(String[] values) {
        if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
            return null;
        }
        return values[0].strip();
    }
}

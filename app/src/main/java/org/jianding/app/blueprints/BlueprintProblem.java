package org.jianding.app.blueprints;

/**
 * One reason a blueprint cannot be saved, attached to what the user must change: a section ({@code target} =
 * {@code section}, {@code index} into the sections), a weight row ({@code row}, index into the rows), a group of
 * rows that must add up ({@code AREA}, {@code DIFFICULTY}, {@code COGNITIVE}, or {@code sections}), or the whole
 * blueprint ({@code general}, index -1).
 */
public record BlueprintProblem(String target, int index, String message) {

    static BlueprintProblem general(String message) {
        return new BlueprintProblem("general", -1, message);
    }

    static BlueprintProblem section(int index, String message) {
        return new BlueprintProblem("section", index, message);
    }

    static BlueprintProblem row(int index, String message) {
        return new BlueprintProblem("row", index, message);
    }

    static BlueprintProblem group(String group, String message) {
        return new BlueprintProblem(group, -1, message);
    }
}

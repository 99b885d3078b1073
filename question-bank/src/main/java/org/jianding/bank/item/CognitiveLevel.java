package org.jianding.bank.item;

import java.util.Arrays;
import java.util.Optional;

/** How deeply a question examines its knowledge point, as the training outlines grade it: 了解 < 熟悉 < 掌握. */
public enum CognitiveLevel {
    AWARE("了解"),
    FAMILIAR("熟悉"),
    MASTER("掌握");

    private final String chineseName;

    CognitiveLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<CognitiveLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(c -> t.equals(c.chineseName) || t.equalsIgnoreCase(c.name()))
                .findFirst();
    }
}

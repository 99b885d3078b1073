package org.jianding.bank.item;

import java.util.stream.Collectors;

/**
 * Canonical text: no trailing blanks on a line, no empty lines, no blanks around the whole. Authors' files and
 * spreadsheets differ in exactly these ways, and two questions that read the same should be equal records.
 */
final class Texts {

    private Texts() {}

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .lines()
                .map(String::stripTrailing)
                .filter(line -> !line.isBlank())
                .collect(Collectors.joining("\n"))
                .strip();
    }
}

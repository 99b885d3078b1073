package org.jianding.app.questions.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.InvalidQuestionException;

/**
 * The optional 填空规则 cell: one line per blank that is not matched the default way, {@code 空2: 区分大小写, 误差 0.01}
 * (the words of the bank text format). A line without the {@code 空N:} prefix is for the blank of its line number,
 * so a cell written in the order of the answer lines reads too.
 */
final class BlankRuleCell {

    private static final Pattern NUMBERED = Pattern.compile("(?:第\\s*)?空?\\s*(\\d+)\\s*空?\\s*[:：]\\s*(.*)");

    /** What a cell says: rules by blank number (from 1), or the problems in the author's words. */
    record Read(Map<Integer, BlankMatching> rules, List<String> problems) {}

    private BlankRuleCell() {}

    static Read read(String text, int blanks, ImportWords words) {
        Map<Integer, BlankMatching> rules = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        if (text == null) {
            return new Read(rules, problems);
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher numbered = NUMBERED.matcher(line);
            int blank = numbered.matches() ? Integer.parseInt(numbered.group(1)) : i + 1;
            String rule = numbered.matches() ? numbered.group(2) : line;
            if (blank < 1 || blank > blanks) {
                problems.add(words.text("blankRules.noBlank", i + 1, blank, blanks));
            } else if (rules.containsKey(blank)) {
                problems.add(words.text("blankRules.repeated", blank));
            } else {
                try {
                    rules.put(blank, BlankMatching.parse(rule));
                } catch (InvalidQuestionException e) {
                    e.messages().forEach(m -> problems.add(words.text("blankRules.line", blank, m)));
                }
            }
        }
        return new Read(rules, problems);
    }

    /** How the export writes the rules of a question's blanks; empty when all are the default. */
    static String write(List<Blank> blanks) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < blanks.size(); i++) {
            BlankMatching m = blanks.get(i).matching();
            if (!m.isDefault()) {
                lines.add("空" + (i + 1) + ": " + m.describe());
            }
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }
}

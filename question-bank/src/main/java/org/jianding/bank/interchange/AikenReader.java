package org.jianding.bank.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aiken: a question's text, its options {@code A) …} or {@code A. …} one a line, then {@code ANSWER: B}; questions
 * separated by blank lines. Only single choice exists in Aiken.
 */
final class AikenReader {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)]\\s+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*([A-Z])\\s*$");

    private AikenReader() {}

    static boolean looksLike(String text) {
        return text.lines().map(String::strip).anyMatch(l -> ANSWER.matcher(l).matches())
                && text.lines()
                        .map(String::strip)
                        .anyMatch(l -> OPTION.matcher(l).matches());
    }

    static InterchangeRead read(String text) {
        List<ForeignItem> items = new ArrayList<>();
        List<ItemProblem> problems = new ArrayList<>();
        StringBuilder stem = new StringBuilder();
        List<String> labels = new ArrayList<>();
        List<String> options = new ArrayList<>();
        int number = 0;
        for (String raw : text.replace("\uFEFF", "").replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() && options.isEmpty()) {
                continue;
            }
            Matcher option = OPTION.matcher(line);
            Matcher answer = ANSWER.matcher(line);
            if (answer.matches()) {
                number++;
                String ref = ForeignTypes.ref(number, stem.toString().strip());
                int at = labels.indexOf(answer.group(1));
                if (at < 0) {
                    problems.add(new ItemProblem(ref, "答案" + answer.group(1) + "不在选项中"));
                } else {
                    items.add(ForeignItem.choice(ref, stem.toString().strip(), options, List.of(at), false));
                }
                stem.setLength(0);
                labels = new ArrayList<>();
                options = new ArrayList<>();
            } else if (option.matches() && stem.length() > 0) {
                labels.add(option.group(1));
                options.add(option.group(2).strip());
            } else if (options.isEmpty()) {
                stem.append(stem.length() > 0 ? "\n" : "").append(line);
            } else if (!line.isEmpty()) {
                number++;
                problems.add(
                        new ItemProblem(ForeignTypes.ref(number, stem.toString().strip()), "选项之后缺少「ANSWER: 字母」一行"));
                stem.setLength(0);
                stem.append(line);
                labels = new ArrayList<>();
                options = new ArrayList<>();
            }
        }
        if (stem.length() > 0 || !options.isEmpty()) {
            problems.add(
                    new ItemProblem(ForeignTypes.ref(number + 1, stem.toString().strip()), "最后一题缺少「ANSWER: 字母」一行"));
        }
        return new InterchangeRead(InterchangeFormat.AIKEN, items, List.of(), problems);
    }
}

package org.jianding.bank.item;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One option of a choice question. Labels are the letters A to H in order; the key refers to labels, and options
 * are shuffled per candidate only when a paper is shown, never in the bank.
 */
public record Option(String label, String text) {

    /** The labels an option may carry, in order. */
    public static final String LABELS = "ABCDEFGH";

    public Option {
        label = label == null ? "" : label.strip();
        text = Texts.normalise(text);
        Problems problems = new Problems();
        if (!isLabel(label)) {
            problems.add("label", "选项标号须为A到H中的一个大写字母，实为「" + label + "」");
        }
        if (text.isEmpty()) {
            problems.add("text", "选项" + label + "的内容不能为空");
        }
        problems.throwIfAny();
    }

    public static Option of(String label, String text) {
        return new Option(label, text);
    }

    public static boolean isLabel(String text) {
        return text != null && text.length() == 1 && LABELS.indexOf(text.charAt(0)) >= 0;
    }

    static Set<String> labelsOf(List<Option> options) {
        return options.stream().map(Option::label).collect(Collectors.toSet());
    }

    /** Checks what single and multiple choice share: the count, labels A, B, C … in order, distinct texts. */
    static void checkList(List<Option> options, int min, int max, String typeName, Problems problems) {
        if (options.size() < min || options.size() > max) {
            problems.add("options", typeName + "须有" + min + "到" + max + "个选项，实有" + options.size() + "个");
        }
        Map<String, String> labelByText = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String expected = i < LABELS.length() ? String.valueOf(LABELS.charAt(i)) : "?";
            if (!option.label().equals(expected)) {
                problems.add("options", "选项标号须从A起依次排列，第" + (i + 1) + "个选项应为" + expected + "，实为" + option.label());
            }
            String earlier = labelByText.putIfAbsent(option.text(), option.label());
            if (earlier != null) {
                problems.add("options", "选项" + option.label() + "与选项" + earlier + "的内容相同");
            }
        }
    }
}

package org.jianding.bank.item;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 多选: three to six options, two or more of them right (the bank's standard is four or more, {@link
 * OptionStandard}). The answers are kept sorted, so the same key written as {@code C A} or {@code A C} makes the
 * same record.
 */
public record MultipleChoice(List<Option> options, List<String> answers) implements QuestionBody {

    public static final int MIN_OPTIONS = 3;
    public static final int MAX_OPTIONS = 6;

    public MultipleChoice {
        Problems problems = new Problems();
        options = problems.list(options, "options", "选项");
        answers = problems.list(answers, "answers", "答案").stream()
                .map(String::strip)
                .sorted()
                .toList();
        Option.checkList(options, MIN_OPTIONS, MAX_OPTIONS, "多选题", problems);
        Set<String> labels = Option.labelsOf(options);
        Set<String> seen = new HashSet<>();
        for (String answer : answers) {
            if (!seen.add(answer)) {
                problems.add("answers", "答案中的" + answer + "重复");
            } else if (!labels.contains(answer)) {
                problems.add("answers", "答案" + answer + "不在选项中");
            }
        }
        if (seen.size() < 2) {
            problems.add("answers", "多选题答案至少要有两个选项，实有" + seen.size() + "个");
        }
        problems.throwIfAny();
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_CHOICE;
    }
}

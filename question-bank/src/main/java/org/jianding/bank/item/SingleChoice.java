package org.jianding.bank.item;

import java.util.List;

/**
 * 单选: two to eight options, exactly one of them right. The bank's own standard is four or more
 * ({@link OptionStandard}); a question with two or three, as other systems' files often have, may be kept as a draft.
 */
public record SingleChoice(List<Option> options, String answer) implements QuestionBody {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = Option.LABELS.length();

    public SingleChoice {
        Problems problems = new Problems();
        options = problems.list(options, "options", "选项");
        answer = answer == null ? "" : answer.strip();
        Option.checkList(options, MIN_OPTIONS, MAX_OPTIONS, "单选题", problems);
        if (answer.isEmpty()) {
            problems.add("answer", "单选题须给出一个答案");
        } else if (!Option.labelsOf(options).contains(answer)) {
            problems.add("answer", "答案" + answer + "不在选项中");
        }
        problems.throwIfAny();
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE_CHOICE;
    }
}

package org.jianding.bank.item;

import java.util.List;

/**
 * 填空: one {@link Blank} per {@code ____} in the stem, in order. The count is checked against the stem by the
 * question, which holds the stem.
 */
public record FillBlank(List<Blank> blanks) implements QuestionBody {

    /** How a blank is written in a stem: four underscores. */
    public static final String BLANK_MARK = "____";

    public FillBlank {
        Problems problems = new Problems();
        blanks = problems.list(blanks, "blanks", "空");
        if (blanks.isEmpty()) {
            problems.add("blanks", "填空题至少要有一个空");
        }
        problems.throwIfAny();
    }

    public static FillBlank of(Blank... blanks) {
        return new FillBlank(List.of(blanks));
    }

    @Override
    public QuestionType type() {
        return QuestionType.FILL_BLANK;
    }
}

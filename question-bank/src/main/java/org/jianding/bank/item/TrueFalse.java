package org.jianding.bank.item;

/** 判断: the statement in the stem is either right (对) or wrong (错). */
public record TrueFalse(boolean answer) implements QuestionBody {

    public static TrueFalse right() {
        return new TrueFalse(true);
    }

    public static TrueFalse wrong() {
        return new TrueFalse(false);
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }
}

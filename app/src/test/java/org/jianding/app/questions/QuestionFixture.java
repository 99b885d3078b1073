package org.jianding.app.questions;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.SingleChoice;

/** Questions for tests, built in one line. */
final class QuestionFixture {

    private QuestionFixture() {}

    static Question singleChoice(String stem, String leaf) {
        return singleChoice(stem, leaf, 2, EnumSet.of(Level.JUNIOR, Level.INTERMEDIATE));
    }

    static Question singleChoice(String stem, String leaf, int difficulty, EnumSet<Level> levels) {
        return new Question(
                stem,
                new SingleChoice(
                        List.of(new Option("A", "甲"), new Option("B", "乙"), new Option("C", "丙"), new Option("D", "丁")),
                        "B"),
                BigDecimal.ONE,
                "因为乙正确。",
                leaf,
                List.of(),
                Difficulty.of(difficulty),
                CognitiveLevel.FAMILIAR,
                levels,
                "");
    }
}

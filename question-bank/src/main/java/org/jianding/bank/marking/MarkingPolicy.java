package org.jianding.bank.marking;

import java.util.List;
import java.util.Map;

/**
 * The marking choices that are not part of a question's key: the multiple-choice credit (chosen in the blueprint
 * or for a paper) and per-blank matching for fill-in questions, by question id and blank number (from 1); a blank
 * without an entry uses {@link BlankMatching#DEFAULT}.
 */
public record MarkingPolicy(ChoiceCredit multipleChoice, Map<String, List<BlankMatching>> blanks) {

    public static final MarkingPolicy DEFAULT = new MarkingPolicy(ChoiceCredit.ALL_OR_NOTHING, Map.of());

    public MarkingPolicy {
        multipleChoice = multipleChoice == null ? ChoiceCredit.ALL_OR_NOTHING : multipleChoice;
        blanks = blanks == null ? Map.of() : Map.copyOf(blanks);
    }

    public static MarkingPolicy of(ChoiceCredit multipleChoice) {
        return new MarkingPolicy(multipleChoice, Map.of());
    }

    BlankMatching blank(String questionId, int blankNo) {
        List<BlankMatching> list = blanks.get(questionId);
        return list == null || blankNo > list.size() || list.get(blankNo - 1) == null
                ? BlankMatching.DEFAULT
                : list.get(blankNo - 1);
    }
}

package org.jianding.bank.marking;

/**
 * The marking choices that are not part of a question's key: the multiple-choice credit (chosen in the blueprint
 * or for a paper). How a fill-in blank is matched is part of the question ({@link org.jianding.bank.item.Blank}).
 */
public record MarkingPolicy(ChoiceCredit multipleChoice) {

    public static final MarkingPolicy DEFAULT = new MarkingPolicy(ChoiceCredit.ALL_OR_NOTHING);

    public MarkingPolicy {
        multipleChoice = multipleChoice == null ? ChoiceCredit.ALL_OR_NOTHING : multipleChoice;
    }

    public static MarkingPolicy of(ChoiceCredit multipleChoice) {
        return new MarkingPolicy(multipleChoice);
    }
}

package org.jianding.bank.item;

import java.util.List;

/**
 * What differs between question types: the options and the key of a choice question, the blanks of a fill-in,
 * the rubric of a short answer, the case and sub-questions of a case analysis. Sealed, so that marking, rendering
 * and import code is told by the compiler when a type is added.
 */
public sealed interface QuestionBody
        permits SingleChoice, MultipleChoice, TrueFalse, FillBlank, ShortAnswer, CaseAnalysis {

    QuestionType type();

    /** The options of a choice question, empty for all other types. */
    default List<Option> options() {
        return List.of();
    }
}

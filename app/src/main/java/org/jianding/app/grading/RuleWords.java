package org.jianding.app.grading;

import org.jianding.app.shared.Words;
import org.jianding.bank.marking.RuleMessages;

/** A scoring rule's problems in the reader's words ({@code grading.rule.problem.*}). */
record RuleWords(Words words) implements RuleMessages {

    @Override
    public String get(String key, Object... arguments) {
        return words.get("grading.rule.problem." + key, arguments);
    }
}

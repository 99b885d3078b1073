package org.jianding.app.questions;

import java.util.ArrayList;
import java.util.List;
import org.jianding.app.shared.Words;
import org.jianding.bank.item.BlankMatching;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A fill-in blank's matching rules in the reader's words, for the pages ({@code @blankRuleWords} in a template). In
 * Chinese exactly as the bank's text format writes them ({@link BlankMatching#describe}), the words an author types;
 * otherwise in the reader's language, in the same order.
 */
@Component("blankRuleWords")
public class BlankRuleWords {

    private final MessageSource messages;

    BlankRuleWords(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(BlankMatching matching) {
        Words w = Words.ofReader(messages);
        if (w.chinese()) {
            return matching.describe();
        }
        List<String> words = new ArrayList<>();
        if (!matching.ignoreCase()) {
            words.add(w.get("bank.blank.rule.caseSensitive"));
        }
        if (!matching.ignoreSpaces()) {
            words.add(w.get("bank.blank.rule.keepSpaces"));
        }
        if (!matching.ignorePunctuation()) {
            words.add(w.get("bank.blank.rule.keepPunctuation"));
        }
        if (!matching.foldWidth()) {
            words.add(w.get("bank.blank.rule.keepWidth"));
        }
        if (matching.tolerance() != null) {
            words.add(w.get("bank.blank.rule.tolerance", matching.tolerance().toPlainString()));
        }
        return String.join(", ", words);
    }
}

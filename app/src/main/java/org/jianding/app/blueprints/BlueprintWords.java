package org.jianding.app.blueprints;

import org.jianding.app.shared.Words;
import org.jianding.bank.assembly.BlueprintMessages;
import org.jianding.bank.item.QuestionType;

/**
 * A blueprint's problems in the reader's words ({@code blueprint.problem.*}): the engine's and the editor's own. A
 * question type is named in the reader's language; in Chinese by its short name, as the engine writes it.
 */
record BlueprintWords(Words words) implements BlueprintMessages {

    @Override
    public String get(String key, Object... arguments) {
        Object[] named = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            named[i] = arguments[i] instanceof QuestionType t ? type(t) : arguments[i];
        }
        return words.get("blueprint.problem." + key, named);
    }

    private String type(QuestionType type) {
        return words.chinese()
                ? type.chineseName()
                : words.source().getMessage("questionType." + type.name(), null, type.chineseName(), words.locale());
    }
}

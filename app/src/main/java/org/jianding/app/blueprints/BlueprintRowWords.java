package org.jianding.app.blueprints;

import java.util.ArrayList;
import java.util.List;
import org.jianding.app.shared.Words;
import org.jianding.bank.assembly.RowScope;
import org.jianding.bank.assembly.ShareRow;
import org.jianding.bank.assembly.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A blueprint row's label and count bound in the reader's words, for the pages ({@code @blueprintRowWords} in a
 * template). In Chinese exactly as the engine labels rows; otherwise the knowledge point's name (data) with the
 * difficulty, cognitive level and type in the reader's language.
 */
@Component("blueprintRowWords")
public class BlueprintRowWords {

    private final MessageSource messages;

    BlueprintRowWords(MessageSource messages) {
        this.messages = messages;
    }

    public String label(RowSpec row, Taxonomy taxonomy) {
        Words w = Words.ofReader(messages);
        if (w.chinese()) {
            return row.label(taxonomy);
        }
        RowScope scope = row.scope();
        List<String> parts = new ArrayList<>();
        if (scope.node() != null) {
            parts.add(taxonomy.name(scope.node()));
        }
        if (scope.limitsDifficulty()) {
            String from = w.get("difficulty." + scope.minDifficulty());
            parts.add(
                    scope.minDifficulty() == scope.maxDifficulty()
                            ? from
                            : from + "–" + w.get("difficulty." + scope.maxDifficulty()));
        }
        if (scope.cognitive() != null) {
            parts.add(w.get("cognitive." + scope.cognitive().name()));
        }
        if (scope.type() != null) {
            parts.add(w.get("questionType." + scope.type().name()));
        }
        String label = parts.isEmpty() ? w.get("blueprint.row.wholePaper") : String.join(" × ", parts);
        return row.counted() ? w.get("blueprint.row.countedLabel", label) : label;
    }

    public String bound(RowSpec row) {
        Words w = Words.ofReader(messages);
        if (w.chinese()) {
            return row.boundText();
        }
        ShareRow share = row.toShareRow();
        int min = share.counts().min();
        int max = share.counts().max();
        if (max == ShareRow.UNBOUNDED) {
            return w.get("blueprint.row.bound.atLeast", String.valueOf(min));
        }
        return min == 0
                ? w.get("blueprint.row.bound.atMost", String.valueOf(max))
                : w.get("blueprint.row.bound.between", String.valueOf(min), String.valueOf(max));
    }
}

package org.jianding.bank.marking;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a scoring rule's problems ({@link ScoringRule#problems}). Chinese by default; an application passes its
 * own lookup so that problems read in its user's language. Numbers and area codes come as text.
 */
@FunctionalInterface
public interface RuleMessages {

    String NO_WEIGHTS = "noWeights";
    String WEIGHT_RANGE = "weightRange";
    String WEIGHT_SCALE = "weightScale";
    String WEIGHT_SUM = "weightSum";
    String PASS_MARK = "passMark";

    /** The message for {@code key}, with {@code {0}}-style arguments filled in. */
    String get(String key, Object... arguments);

    RuleMessages CHINESE = new RuleMessages() {
        private final Map<String, String> texts = Map.of(
                NO_WEIGHTS, "至少要有一个知识领域的权重",
                WEIGHT_RANGE, "领域{0}的权重须大于0且不超过1，实为{1}",
                WEIGHT_SCALE, "领域{0}的权重最多4位小数",
                WEIGHT_SUM, "各领域权重之和须为1，实为{0}",
                PASS_MARK, "合格线须在0到100之间，实为{0}");

        @Override
        public String get(String key, Object... arguments) {
            return new MessageFormat(texts.getOrDefault(key, key), Locale.CHINA).format(arguments);
        }
    };
}

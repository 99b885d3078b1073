package org.jianding.bank.interchange;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jianding.bank.Level;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.Question;

/**
 * What the writers need from around the bank.
 *
 * @param categoryPath the knowledge node names from the root down to a code's node
 * @param image the bytes of an image a text shows ({@code <img src>}), or null
 * @param xhtml a text as well-formed XHTML (the bank stores HTML; QTI wants XML)
 */
public record ExportSource(
        Function<String, List<String>> categoryPath, Function<String, byte[]> image, UnaryOperator<String> xhtml) {

    /** For plain-text questions without images. */
    public static ExportSource plain(Function<String, List<String>> categoryPath) {
        return new ExportSource(categoryPath, src -> null, UnaryOperator.identity());
    }

    /**
     * What every format carries besides the content, as the readers take it back ({@link ForeignItem} attribute
     * names): 知识点 and 关联知识点 codes, 难度 1–5, 认知层次, 级别, 来源, 分值, and 空N for a blank's non-default rules.
     */
    static Map<String, String> attributes(Question q) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put(ForeignItem.KNOWLEDGE, q.knowledgePoint());
        if (!q.secondaryKnowledgePoints().isEmpty()) {
            a.put(ForeignItem.SECONDARY, String.join("、", q.secondaryKnowledgePoints()));
        }
        a.put(ForeignItem.DIFFICULTY, String.valueOf(q.difficulty().value()));
        a.put(ForeignItem.COGNITIVE, q.cognitiveLevel().chineseName());
        a.put(
                ForeignItem.LEVELS,
                q.levels().stream().sorted().map(Level::skillName).collect(Collectors.joining("、")));
        a.put(ForeignItem.POINTS, points(q.points()));
        if (!q.source().isEmpty()) {
            a.put(ForeignItem.SOURCE, q.source());
        }
        if (q.body() instanceof FillBlank fill) {
            for (int i = 0; i < fill.blanks().size(); i++) {
                String rules = fill.blanks().get(i).matching().describe();
                if (!rules.isEmpty()) {
                    a.put(ForeignItem.BLANK + (i + 1), rules);
                }
            }
        }
        return a;
    }

    static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}

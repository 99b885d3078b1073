package org.jianding.app.blueprints;

import static org.jianding.app.blueprints.RowSpec.area;
import static org.jianding.app.blueprints.RowSpec.cognitive;
import static org.jianding.app.blueprints.RowSpec.difficulty;
import static org.jianding.bank.item.CognitiveLevel.AWARE;
import static org.jianding.bank.item.CognitiveLevel.FAMILIAR;
import static org.jianding.bank.item.CognitiveLevel.MASTER;
import static org.jianding.bank.item.QuestionType.CASE_ANALYSIS;
import static org.jianding.bank.item.QuestionType.FILL_BLANK;
import static org.jianding.bank.item.QuestionType.MULTIPLE_CHOICE;
import static org.jianding.bank.item.QuestionType.SHORT_ANSWER;
import static org.jianding.bank.item.QuestionType.SINGLE_CHOICE;
import static org.jianding.bank.item.QuestionType.TRUE_FALSE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianding.bank.Level;

/**
 * The default blueprints (全国通用试卷知识比重) per post and level, following the seed's principle that as the level
 * rises the questions widen and deepen: 四级 is mostly 了解/熟悉, easy to medium, with many 单选/判断 and only the
 * four top areas weighed; each level up adds deeper knowledge rows, shifts weight from 通用基础 to 岗位技能, moves the
 * mix to 掌握 and harder items, and gives more points to 简答 and 案例分析. Every post gets one extra row on the leaf
 * its work centres on. All total 100 points and are assemblable from the demo bank (a tested property).
 */
public final class DefaultBlueprints {

    /** The leaf each post's work centres on: 需求分析 for 客户经理, 方案与营销 for 销售经理, 服务礼仪 for VIP 服务经理. */
    private static final Map<String, String> POST_FOCUS = Map.of(
            "政企客户经理", "S1",
            "政企客户销售经理", "S2",
            "VIP客户服务经理", "J1");

    private DefaultBlueprints() {}

    public static BlueprintSpec of(String postName, Level level) {
        String focus = POST_FOCUS.get(postName);
        return switch (level) {
            case JUNIOR -> junior(focus);
            case INTERMEDIATE -> intermediate(focus);
            case SENIOR -> senior(focus);
            case EXPERT -> expert(focus);
        };
    }

    private static BlueprintSpec junior(String focus) {
        var sections = List.of(
                new SectionSpec(SINGLE_CHOICE, 40, 1),
                new SectionSpec(MULTIPLE_CHOICE, 15, 2),
                new SectionSpec(TRUE_FALSE, 20, 1),
                new SectionSpec(FILL_BLANK, 5, 2));
        var rows = rows(
                List.of(area("G", 35, 5), area("P", 30, 5), area("J", 20, 5), area("S", 15, 5)),
                focus == null ? null : area(focus, 6, 4),
                List.of(difficulty(1, 1, 35, 10), difficulty(2, 2, 55, 10), difficulty(3, 5, 10, 10)),
                List.of(cognitive(AWARE, 55, 10), cognitive(FAMILIAR, 40, 10), cognitive(MASTER, 5, 5)));
        return new BlueprintSpec(100, 90, 60, sections, rows);
    }

    private static BlueprintSpec intermediate(String focus) {
        var sections = List.of(
                new SectionSpec(SINGLE_CHOICE, 30, 1),
                new SectionSpec(MULTIPLE_CHOICE, 15, 2),
                new SectionSpec(TRUE_FALSE, 15, 1),
                new SectionSpec(FILL_BLANK, 5, 1),
                new SectionSpec(SHORT_ANSWER, 4, 5));
        var rows = rows(
                List.of(
                        area("G", 25, 5),
                        area("P", 30, 5),
                        area("J", 25, 5),
                        area("S", 20, 5),
                        area("G3", 6, 3),
                        area("P3", 8, 4)),
                focus == null ? null : area(focus, 8, 4),
                List.of(difficulty(1, 2, 40, 10), difficulty(3, 3, 50, 10), difficulty(4, 5, 10, 10)),
                List.of(cognitive(AWARE, 25, 10), cognitive(FAMILIAR, 45, 10), cognitive(MASTER, 30, 10)));
        return new BlueprintSpec(100, 100, 60, sections, rows);
    }

    private static BlueprintSpec senior(String focus) {
        var sections = List.of(
                new SectionSpec(SINGLE_CHOICE, 20, 1),
                new SectionSpec(MULTIPLE_CHOICE, 10, 2),
                new SectionSpec(TRUE_FALSE, 10, 1),
                new SectionSpec(SHORT_ANSWER, 4, 5),
                new SectionSpec(CASE_ANALYSIS, 2, 15));
        var rows = rows(
                List.of(
                        area("G", 20, 6),
                        area("P", 25, 6),
                        area("J", 25, 6),
                        area("S", 30, 6),
                        area("G3", 5, 3),
                        area("P3", 8, 4),
                        area("J2", 8, 4)),
                focus == null ? null : area(focus, 10, 5),
                List.of(difficulty(2, 3, 45, 10), difficulty(4, 4, 35, 10), difficulty(5, 5, 20, 10)),
                List.of(cognitive(AWARE, 5, 5), cognitive(FAMILIAR, 35, 10), cognitive(MASTER, 60, 10)));
        return new BlueprintSpec(100, 120, 60, sections, rows);
    }

    private static BlueprintSpec expert(String focus) {
        var sections = List.of(
                new SectionSpec(SINGLE_CHOICE, 10, 1),
                new SectionSpec(MULTIPLE_CHOICE, 10, 2),
                new SectionSpec(TRUE_FALSE, 5, 1),
                new SectionSpec(SHORT_ANSWER, 5, 5),
                new SectionSpec(CASE_ANALYSIS, 2, 20));
        var rows = rows(
                List.of(
                        area("G", 15, 6),
                        area("P", 25, 8),
                        area("J", 25, 8),
                        area("S", 35, 8),
                        area("G3", 5, 3),
                        area("P3", 8, 5),
                        area("J2", 8, 5)),
                focus == null ? null : area(focus, 12, 6),
                List.of(difficulty(3, 3, 30, 10), difficulty(4, 4, 40, 10), difficulty(5, 5, 30, 10)),
                List.of(cognitive(AWARE, 0, 5), cognitive(FAMILIAR, 20, 10), cognitive(MASTER, 80, 10)));
        return new BlueprintSpec(100, 150, 60, sections, rows);
    }

    /** Areas, then the post's focus leaf (unless an area row already names it), then the two mixes. */
    private static List<RowSpec> rows(
            List<RowSpec> areas, RowSpec focus, List<RowSpec> difficulty, List<RowSpec> cognitive) {
        List<RowSpec> rows = new ArrayList<>(areas);
        if (focus != null && areas.stream().noneMatch(a -> a.node().equals(focus.node()))) {
            rows.add(focus);
        }
        rows.addAll(difficulty);
        rows.addAll(cognitive);
        return rows;
    }
}

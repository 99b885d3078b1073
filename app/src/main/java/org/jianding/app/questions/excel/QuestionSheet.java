package org.jianding.app.questions.excel;

import java.util.ArrayList;
import java.util.List;
import org.jianding.bank.item.Option;
import org.jianding.bank.sheet.SheetColumn;
import org.jianding.bank.sheet.SheetLimits;

/**
 * The columns of a question sheet, each with the names other exam systems give it, and how large an upload may be.
 * The template writes the first name of each; an import finds any of them (spaces, full-width forms, a trailing
 * {@code *} and a remark in parentheses ignored).
 */
final class QuestionSheet {

    /** The template's one question sheet. */
    static final String NAME = "试题";

    static final String INSTRUCTIONS = "说明";
    static final String OPTIONS = "选项";

    static final SheetColumn TYPE = SheetColumn.required("题型", "题目类型", "试题类型", "类型");
    static final SheetColumn SUB = SheetColumn.optional("小题", "小题序号", "小题号");
    static final SheetColumn STEM = SheetColumn.required("题干", "题目", "试题", "题目内容", "试题内容", "问题");
    static final SheetColumn CASE_TEXT = SheetColumn.optional("案例材料", "案例", "材料", "案例背景");
    static final List<SheetColumn> OPTION_COLUMNS = optionColumns();
    static final SheetColumn ANSWER = SheetColumn.required("答案", "正确答案", "标准答案", "参考答案", "试题答案", "题目答案");
    static final SheetColumn RUBRIC = SheetColumn.optional("评分要点", "评分标准");
    static final SheetColumn EXPLANATION = SheetColumn.required("解析", "答案解析", "试题解析", "解题思路");
    static final SheetColumn POINTS = SheetColumn.required("分值", "分数", "分值(分)", "默认分值");
    static final SheetColumn DIFFICULTY = SheetColumn.required("难度", "难易度", "难易程度", "难度等级", "题目难度", "试题难度", "难度系数");
    static final SheetColumn COGNITIVE = SheetColumn.required("认知层次", "认知", "认知要求", "掌握程度");
    static final SheetColumn LEVELS = SheetColumn.required("适用级别", "级别", "适用等级", "等级");
    static final SheetColumn KNOWLEDGE = SheetColumn.required("知识点", "知识点代码", "知识点编码", "考点", "知识点名称", "所属知识点");
    static final SheetColumn SECONDARY = SheetColumn.optional("关联知识点", "次要知识点", "相关知识点");
    static final SheetColumn SOURCE = SheetColumn.optional("来源", "出处", "依据");
    /** Last, so that sheets written before it existed keep their column positions. */
    static final SheetColumn BLANK_RULES = SheetColumn.optional("填空规则", "答案规则", "判分规则");

    /** The template's columns, in order. */
    static final List<SheetColumn> COLUMNS = columns(TYPE);

    /** Room for a 10,000-question bank with its case sub-questions. */
    static final int MAX_ROWS = 20_000;

    static final SheetLimits LIMITS = SheetLimits.DEFAULT.withMaxRows(MAX_ROWS + 10);

    private QuestionSheet() {}

    static SheetColumn type(List<SheetColumn> columns) {
        return columns.get(0);
    }

    private static List<SheetColumn> columns(SheetColumn type) {
        List<SheetColumn> all = new ArrayList<>(List.of(type, SUB, STEM, CASE_TEXT));
        all.addAll(OPTION_COLUMNS);
        all.addAll(List.of(
                ANSWER,
                RUBRIC,
                EXPLANATION,
                POINTS,
                DIFFICULTY,
                COGNITIVE,
                LEVELS,
                KNOWLEDGE,
                SECONDARY,
                SOURCE,
                BLANK_RULES));
        return List.copyOf(all);
    }

    private static List<SheetColumn> optionColumns() {
        String numerals = "一二三四五六七八";
        List<SheetColumn> columns = new ArrayList<>();
        for (int i = 0; i < Option.LABELS.length(); i++) {
            String label = String.valueOf(Option.LABELS.charAt(i));
            columns.add(
                    SheetColumn.optional("选项" + label, label, label + "选项", "选项" + numerals.charAt(i), "选项" + (i + 1)));
        }
        return List.copyOf(columns);
    }
}

package org.jianding.bank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.demo.BankTexts.parse;
import static org.jianding.bank.demo.BankTexts.problemsOf;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionFixture;
import org.jianding.bank.item.SubQuestion;
import org.junit.jupiter.api.Test;

/** The optional {@code 答案N规则} lines of a fill-in question: read, written only when not the default, checked. */
class DemoBankBlankRulesTests {

    /** A 填空 with two blanks; line 9 is 答案1, line 10 答案2. */
    private static final String TWO_BLANKS = """
            # 知识点 G3 法律法规

            === 填空
            难度: 2
            认知: 熟悉
            级别: 初级
            分值: 2
            题干: 产品代码为____，圆周率约为____。
            答案1: AbC-1
            答案2: 3.14
            解析: 见产品手册。
            """;

    private static List<BlankMatching> rulesOf(Question q) {
        return ((FillBlank) q.body()).blanks().stream().map(Blank::matching).toList();
    }

    @Test
    void readsRulesPerBlankAndDefaultsTheOthers() {
        Question q = parse(TWO_BLANKS.replace("答案2: 3.14", "答案2: 3.14\n答案2规则: 误差 0.01"))
                .get(0);

        assertThat(rulesOf(q)).containsExactly(BlankMatching.DEFAULT, BlankMatching.DEFAULT.withTolerance("0.01"));

        Question all = parse(TWO_BLANKS.replace("答案1: AbC-1", "答案1: AbC-1\n答案1规则: 区分大小写、保留空格、保留标点、区分全半角"))
                .get(0);
        assertThat(rulesOf(all).get(0)).isEqualTo(new BlankMatching(false, false, false, false, null));
    }

    @Test
    void writesRulesOnlyWhenNotTheDefaultAndReadsThemBackEqual() {
        Question plain = QuestionFixture.fillBlank().build();
        assertThat(DemoBankFormat.write(List.of(plain))).doesNotContain("规则");

        Question ruled = QuestionFixture.fillBlank()
                .stem("产品代码为____，圆周率约为____。")
                .body(FillBlank.of(
                        Blank.of("AbC-1")
                                .withMatching(
                                        BlankMatching.DEFAULT.caseSensitive().keepingPunctuation()),
                        Blank.of("3.14", "３．１４")
                                .withMatching(BlankMatching.DEFAULT.withTolerance(new BigDecimal("0.010")))))
                .build();
        String text = DemoBankFormat.write(List.of(ruled));

        assertThat(text).contains("答案1: AbC-1\n答案1规则: 区分大小写, 保留标点\n答案2: 3.14 | ３．１４\n答案2规则: 误差 0.010\n");
        assertThat(DemoBankFormat.parse("G3.txt", new StringReader(text))).containsExactly(ruled);
    }

    @Test
    void aFillInPartOfACaseKeepsItsRules() {
        SubQuestion code = new SubQuestion(
                "产品代码为____。",
                FillBlank.of(Blank.of("AbC").withMatching(BlankMatching.DEFAULT.keepingWidth())),
                new BigDecimal("2"),
                "");
        SubQuestion choice =
                new SubQuestion("最适合的接入方式是？", QuestionFixture.singleChoiceBody("B"), new BigDecimal("2"), "");
        Question q = QuestionFixture.caseAnalysis()
                .body(new CaseAnalysis("某客户订购了一项业务。", List.of(code, choice)))
                .points("4")
                .build();

        String text = DemoBankFormat.write(List.of(q));

        assertThat(text).contains("--- 填空\n分值: 2\n题干: 产品代码为____。\n答案1: AbC\n答案1规则: 区分全半角\n");
        assertThat(DemoBankFormat.parse("G3.txt", new StringReader(text))).containsExactly(q);
    }

    @Test
    void reportsBadRulesWithTheirLines() {
        assertThat(problemsOf(TWO_BLANKS.replace("答案1: AbC-1", "答案1: AbC-1\n答案1规则: 忽略大小写, 区分大小写")))
                .containsExactly("10: 未知的答案规则「忽略大小写」，可写：区分大小写、保留空格、保留标点、区分全半角、误差 0.01");
        assertThat(problemsOf(TWO_BLANKS.replace("答案2: 3.14", "答案2: 3.14\n答案2规则: 误差 大约")))
                .containsExactly("11: 「误差」后须写一个不小于0的数，如「误差 0.01」，实为「大约」");
        assertThat(problemsOf(TWO_BLANKS.replace("答案1: AbC-1", "答案1: AbC-1\n答案1规则: 误差 0.5")))
                .containsExactly("10: 数值误差只用于数字答案，本空的备选答案中没有数字");
        assertThat(problemsOf(TWO_BLANKS.replace("解析:", "答案3规则: 区分大小写\n解析:"))).containsExactly("11: 「答案3规则」没有对应的「答案3」");
        assertThat(problemsOf(TWO_BLANKS.replace("答案2: 3.14", "答案2: 3.14\n答案2规则: 区分大小写\n答案2规则: 保留空格")))
                .containsExactly("12: 重复的键「答案2规则」，第11行已写过");
    }

    @Test
    void rulesBelongToFillInQuestionsOnly() {
        String trueFalse = BankTexts.TRUE_FALSE.replace("答案: 对", "答案: 对\n答案1规则: 区分大小写");

        assertThat(problemsOf(trueFalse)).containsExactly("10: 判断题不用「答案1规则」");
    }
}

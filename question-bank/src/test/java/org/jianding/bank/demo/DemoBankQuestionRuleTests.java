package org.jianding.bank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.demo.BankTexts.TRUE_FALSE;
import static org.jianding.bank.demo.BankTexts.choice;
import static org.jianding.bank.demo.BankTexts.problemsOf;

import org.junit.jupiter.api.Test;

/** The question rules, as the parser reports them: on the line of the field they are about. */
class DemoBankQuestionRuleTests {

    @Test
    void reportsAnswersThatAreNoLetterOrNoRightOrWrong() {
        assertThat(problemsOf(TRUE_FALSE.replace("答案: 对", "答案: 是"))).containsExactly("9: 判断题答案须为「对」或「错」，实为「是」");
        assertThat(problemsOf(choice("单选", "答案: AB"))).containsExactly("13: 单选题答案须为A到H中的一个字母，实为「AB」");
        assertThat(problemsOf(choice("单选", "答案: E"))).containsExactly("13: 答案E不在选项中");
        assertThat(problemsOf(choice("多选", "答案: ACD"))).containsExactly("13: 多选题答案须为以空格分隔的字母（A到H），如「A C D」，实为「ACD」");
    }

    @Test
    void reportsBadOptionLabels() {
        assertThat(problemsOf(choice("单选", "答案: A").replace("C. 卫星", "c. 卫星")))
                .containsExactly("11: 选项标号须为A到H中的一个大写字母，实为「c」");
        assertThat(problemsOf(choice("单选", "答案: A").replace("C. 卫星", "E. 卫星")))
                .containsExactly("9: 选项标号须从A起依次排列，第3个选项应为C，实为E");
        assertThat(problemsOf(TRUE_FALSE.replace("答案: 对", "A. 对\n答案: 对"))).containsExactly("9: 判断题不带选项");
    }

    @Test
    void reportsARubricThatDoesNotAddUpToThePoints() {
        String text = """
                # 知识点 G3 法律法规

                === 简答
                难度: 3
                认知: 掌握
                级别: 中级
                分值: 6
                题干: 简述处理个人信息应遵循的原则。
                参考答案: 合法、正当、必要；目的明确；公开透明。
                评分要点:
                - 2分 合法、正当、必要
                - 2分 目的明确
                解析: 见个人信息保护法第五条至第七条。
                """;

        assertThat(problemsOf(text)).containsExactly("10: 评分要点合计4分，与分值6分不符");
        assertThat(problemsOf(text.replace("- 2分 目的明确", "- 两分 目的明确"))).containsExactly("12: 评分要点行须写作「- 2分 说明」");
        assertThat(problemsOf(text.replace("- 2分 目的明确", "- 4分 目的明确").replace("评分要点:", "评分要点: 见下")))
                .containsExactly("10: 「评分要点:」后不写内容，要点逐行写作「- 2分 说明」");
        assertThat(problemsOf(TRUE_FALSE.replace("答案: 对", "答案: 对\n- 1分 多余")))
                .containsExactly("10: 评分要点行（- 2分 …）须紧跟在「评分要点:」之后");
    }

    @Test
    void reportsABlankCountThatDiffersFromTheStem() {
        String text = """
                # 知识点 G3 法律法规

                === 填空
                难度: 2
                认知: 熟悉
                级别: 初级
                分值: 2
                题干: 《反电信网络诈骗法》自____起施行。
                答案1: 2022年12月1日
                答案2: 实名
                解析: 自2022年12月1日起施行。
                """;

        assertThat(problemsOf(text)).containsExactly("8: 题干中有1处空格（____），答案却有2组");
        assertThat(problemsOf(text.replace("答案1:", "答案3:"))).containsExactly("9: 答案须按空的顺序编号，此处应为「答案1」，实为「答案3」");
        assertThat(problemsOf(text.replace("答案1:", "答案:").replace("答案2: 实名\n", "")))
                .containsExactly("3: 缺少「答案1」：填空题每个空写一行「答案1: …」", "9: 填空题的答案须按空编号写作「答案1」「答案2」…");
    }

    @Test
    void reportsSubQuestionPointsThatDoNotAddUpToTheCase() {
        String text = """
                # 知识点 G3 法律法规

                === 案例分析
                难度: 4
                认知: 掌握
                级别: 高级 资深
                分值: 8
                案例: 某市政府部门计划建设视频监控专网。
                --- 判断
                分值: 2
                题干: 人脸图像属于敏感个人信息。
                答案: 对
                --- 填空
                分值: 3
                题干: 人脸图像属于____信息。
                答案1: 生物识别
                """;

        assertThat(problemsOf(text)).containsExactly("7: 小题分值合计5分，与分值8分不符");
        assertThat(problemsOf(text.replace("分值: 3", "分值: 6\n难度: 2"))).containsExactly("15: 小题不写「难度」，它随所属的案例分析题");
        assertThat(problemsOf(text.replace("--- 判断", "--- 案例分析"))).contains("9: 案例分析的小题不能再是案例分析题");
    }
}

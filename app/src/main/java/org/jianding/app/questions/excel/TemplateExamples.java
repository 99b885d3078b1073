package org.jianding.app.questions.excel;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;

/** One example question per type for the template, each valid as written, so the template imports as it is. */
final class TemplateExamples {

    private TemplateExamples() {}

    static List<Question> all(String leaf) {
        List<Option> four = options("文明礼貌、热情周到", "只讲效率，不讲态度", "按个人心情接待", "推诿客户诉求");
        return List.of(
                question("客户经理接待客户时首先应做到？", new SingleChoice(four, "A"), "1", "服务规范要求文明礼貌、热情周到。", leaf),
                question(
                        "以下属于政企客户经理日常工作的有？",
                        new MultipleChoice(options("客户走访", "需求分析", "方案制定", "擅自修改资费"), List.of("A", "B", "C")),
                        "2",
                        "擅自修改资费违反规章制度。",
                        leaf),
                question("客户经理可以向第三方透露客户的通信信息。", new TrueFalse(false), "1", "客户信息受法律保护，不得泄露。", leaf),
                question(
                        "《中华人民共和国反电信网络诈骗法》自____起施行。",
                        FillBlank.of(Blank.of("2022年12月1日", "2022-12-01")),
                        "2",
                        "该法自2022年12月1日起施行。",
                        leaf),
                question(
                        "简述客户拜访前应做的准备。",
                        new ShortAnswer(
                                "了解客户背景、明确拜访目的、准备资料与方案。",
                                List.of(
                                        RubricPoint.of("2", "了解客户背景"),
                                        RubricPoint.of("2", "明确拜访目的"),
                                        RubricPoint.of("2", "准备资料与方案"))),
                        "6",
                        "拜访前准备决定拜访效果。",
                        leaf),
                question(
                        "",
                        new CaseAnalysis(
                                "某企业客户反映专线故障恢复超时，且多次投诉无人跟进。",
                                List.of(
                                        new SubQuestion(
                                                "导致客户不满的最根本原因是？",
                                                new SingleChoice(options("故障处理流程不畅", "资费过高", "网络覆盖差", "客户要求过高"), "A"),
                                                new BigDecimal("2"),
                                                "流程不畅导致推诿与超时。"),
                                        new SubQuestion(
                                                "请提出改进措施。",
                                                new ShortAnswer(
                                                        "明确首问负责、建立故障升级机制。",
                                                        List.of(
                                                                RubricPoint.of("2", "首问负责"),
                                                                RubricPoint.of("2", "故障升级机制"))),
                                                new BigDecimal("4"),
                                                ""))),
                        "6",
                        "",
                        leaf));
    }

    private static Question question(String stem, QuestionBody body, String points, String explanation, String leaf) {
        return new Question(
                stem,
                body,
                new BigDecimal(points),
                explanation,
                leaf,
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR, Level.INTERMEDIATE),
                "");
    }

    private static List<Option> options(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> Option.of(String.valueOf(Option.LABELS.charAt(i)), texts[i]))
                .toList();
    }
}

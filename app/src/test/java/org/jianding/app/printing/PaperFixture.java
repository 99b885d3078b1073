package org.jianding.app.printing;

import java.math.BigDecimal;
import java.util.ArrayList;
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

/** Papers for printing tests: one with every question type in Chinese, and long ones of a given size. */
final class PaperFixture {

    static final String IMAGE_SHA = "a".repeat(64);
    static final String MISSING_IMAGE_SHA = "b".repeat(64);

    static final String SINGLE_STEM = "在政企客户拜访中，客户经理首先应当<b>明确拜访目标</b>。下列哪一项<i>不属于</i>拜访前的准备工作？";
    static final String SINGLE_EXPLANATION = "拜访目标应在拜访前明确，现场临时确定目标属于准备不足。";
    static final List<String> SINGLE_OPTIONS = List.of("了解客户的组织架构", "准备产品资料和方案", "提前预约拜访时间", "在拜访现场临时确定目标");
    static final String MULTIPLE_STEM = "政企客户的数字专线产品通常具备以下哪些特点？";
    static final String MULTIPLE_EXPLANATION = "专线为独享的对称带宽并承诺服务等级，不会被其他用户抢占。";
    static final String TRUE_FALSE_STEM = "客户经理可以把客户的通信记录提供给无关的第三方用于营销推广。";
    static final String TRUE_FALSE_EXPLANATION = "依照个人信息保护法，未经同意不得向第三方提供用户信息。";
    static final String FILL_STEM = "5G 网络的三大应用场景是增强移动宽带、____和____。";
    static final String FILL_ANSWER = "超高可靠低时延通信";
    static final String FILL_EXPLANATION = "国际电信联盟定义的三大场景为 eMBB、uRLLC 和 mMTC。";
    static final String SHORT_STEM = "简述政企客户需求分析的主要步骤。";
    static final String SHORT_REFERENCE = "收集客户信息，识别关键决策人，分析业务痛点，形成需求清单并与客户确认。";
    static final String SHORT_EXPLANATION = "需求分析是方案设计的前提，缺少确认环节容易返工。";
    static final String RUBRIC_POINT = "识别关键决策人及其关注点";
    static final String CASE_TEXT = "某市政务服务中心计划建设覆盖 12 个区县的视频会议系统，要求高清、稳定，"
            + "并与现有政务外网互通。各区县现有带宽如下：<table><tr><th>区县</th><th>现有带宽</th><th>备注</th></tr>"
            + "<tr><td>东城区</td><td>100M</td><td>光纤已到楼</td></tr><tr><td>西山县</td><td>20M</td><td>仅有铜缆</td></tr>"
            + "</table>现场机房照片：<img src=\"/bank/images/" + IMAGE_SHA + "\" alt=\"机房照片\">"
            + "<img src=\"/bank/images/" + MISSING_IMAGE_SHA + "\">";
    static final String CASE_SUB_STEM = "针对西山县，最适合推荐的接入方式是";
    static final String CASE_SUB_EXPLANATION = "铜缆带宽不足，应改造为光纤专线。";
    static final String CASE_SHORT_STEM = "请为该客户设计一套组网方案，并说明理由。";
    static final String CASE_REFERENCE = "各区县通过光纤专线接入政务外网，核心节点双归属，视频业务设置优先级。";

    private PaperFixture() {}

    /** One question of each of the six types, with HTML, a table, a found and a missing image. */
    static PrintablePaper allTypes() {
        return paper(List.of(
                new PrintablePaper.Section("一、单项选择题（共 1 题，每题 1 分）", List.of(PrintablePaper.Item.of(1, singleChoice()))),
                new PrintablePaper.Section(
                        "二、多项选择题（共 1 题，每题 2 分）", List.of(PrintablePaper.Item.of(2, multipleChoice()))),
                new PrintablePaper.Section("三、判断题（共 1 题，每题 1 分）", List.of(PrintablePaper.Item.of(3, trueFalse()))),
                new PrintablePaper.Section("四、填空题（共 1 题，每题 2 分）", List.of(PrintablePaper.Item.of(4, fillBlank()))),
                new PrintablePaper.Section("五、简答题（共 1 题，共 10 分）", List.of(PrintablePaper.Item.of(5, shortAnswer()))),
                new PrintablePaper.Section(
                        "六、案例分析题（共 1 题，共 16 分）", List.of(PrintablePaper.Item.of(6, caseAnalysis())))));
    }

    /** A paper of single-choice questions whose stems and options name their number (第17题, 选项17D). */
    static PrintablePaper singleChoices(int count) {
        List<PrintablePaper.Item> items = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            items.add(PrintablePaper.Item.of(n, numberedSingleChoice(n)));
        }
        return paper(List.of(new PrintablePaper.Section("一、单项选择题（共 " + count + " 题，每题 1 分）", items)));
    }

    /** A paper mixing all types in the usual proportions, for timing. */
    static PrintablePaper mixed(int count) {
        List<PrintablePaper.Item> single = new ArrayList<>();
        List<PrintablePaper.Item> multiple = new ArrayList<>();
        List<PrintablePaper.Item> judge = new ArrayList<>();
        List<PrintablePaper.Item> fill = new ArrayList<>();
        List<PrintablePaper.Item> written = new ArrayList<>();
        List<PrintablePaper.Item> cases = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            int slot = n * 20 / count;
            if (slot < 8) {
                single.add(PrintablePaper.Item.of(n, numberedSingleChoice(n)));
            } else if (slot < 12) {
                multiple.add(PrintablePaper.Item.of(n, multipleChoice()));
            } else if (slot < 15) {
                judge.add(PrintablePaper.Item.of(n, trueFalse()));
            } else if (slot < 17) {
                fill.add(PrintablePaper.Item.of(n, fillBlank()));
            } else if (slot < 19) {
                written.add(PrintablePaper.Item.of(n, shortAnswer()));
            } else {
                cases.add(PrintablePaper.Item.of(n, caseAnalysis()));
            }
        }
        return paper(List.of(
                new PrintablePaper.Section("一、单项选择题", single),
                new PrintablePaper.Section("二、多项选择题", multiple),
                new PrintablePaper.Section("三、判断题", judge),
                new PrintablePaper.Section("四、填空题", fill),
                new PrintablePaper.Section("五、简答题", written),
                new PrintablePaper.Section("六、案例分析题", cases)));
    }

    static PrintablePaper paper(List<PrintablePaper.Section> sections) {
        return new PrintablePaper(
                "政企客户经理 四级(初级) 认证考试",
                "鉴定示范省通信公司",
                List.of("考试时长：90 分钟　　满分：100 分"),
                List.of(
                        "请在试卷指定位置填写姓名、准考证号和单位，不得在答题区以外作任何标记。",
                        "选择题将所选答案的字母填入题后括号内；判断题正确的填“√”，错误的填“×”。",
                        "考试结束铃响后立即停止作答，试卷与答题纸一并交回，不得带出考场。"),
                List.of("姓名", "准考证号", "单位"),
                sections);
    }

    static Question singleChoice() {
        return question(SINGLE_STEM, new SingleChoice(options(SINGLE_OPTIONS), "D"), "1", SINGLE_EXPLANATION);
    }

    static Question numberedSingleChoice(int n) {
        return question(
                "第" + n + "题：关于政企客户服务规范，下列做法中最恰当的是哪一项？",
                new SingleChoice(
                        options(List.of(
                                "选项" + n + "A",
                                "选项" + n + "B：在约定时间内响应客户的故障申告，并及时反馈处理进度",
                                "选项" + n + "C",
                                "选项" + n + "D")),
                        "B"),
                "1",
                "第" + n + "题的解析。");
    }

    static Question multipleChoice() {
        return question(
                MULTIPLE_STEM,
                new MultipleChoice(
                        options(List.of("带宽上下行对称", "独享传输通道", "高峰期可被其他用户抢占", "提供服务等级协议（SLA）")), List.of("A", "B", "D")),
                "2",
                MULTIPLE_EXPLANATION);
    }

    static Question trueFalse() {
        return question(TRUE_FALSE_STEM, TrueFalse.wrong(), "1", TRUE_FALSE_EXPLANATION);
    }

    static Question fillBlank() {
        return question(
                FILL_STEM,
                FillBlank.of(Blank.of(FILL_ANSWER, "uRLLC"), Blank.of("海量机器类通信", "mMTC")),
                "2",
                FILL_EXPLANATION);
    }

    static Question shortAnswer() {
        return question(
                SHORT_STEM,
                new ShortAnswer(
                        SHORT_REFERENCE,
                        List.of(
                                RubricPoint.of("2", "收集客户基本信息与行业背景"),
                                RubricPoint.of("2", RUBRIC_POINT),
                                RubricPoint.of("3", "分析业务痛点并提出对应的解决思路"),
                                RubricPoint.of("3", "形成需求清单并与客户确认"))),
                "10",
                SHORT_EXPLANATION);
    }

    static Question caseAnalysis() {
        SubQuestion choice = new SubQuestion(
                CASE_SUB_STEM,
                new SingleChoice(options(List.of("沿用现有铜缆", "新建光纤专线", "家庭宽带", "卫星链路")), "B"),
                new BigDecimal("4"),
                CASE_SUB_EXPLANATION);
        SubQuestion design = new SubQuestion(
                CASE_SHORT_STEM,
                new ShortAnswer(
                        CASE_REFERENCE,
                        List.of(RubricPoint.of("6", "接入方式合理，带宽满足高清视频"), RubricPoint.of("6", "考虑冗余与业务优先级"))),
                new BigDecimal("12"),
                "");
        return question("阅读以下案例，回答问题。", new CaseAnalysis(CASE_TEXT, List.of(choice, design)), "16", "");
    }

    private static List<Option> options(List<String> texts) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            options.add(Option.of(String.valueOf(Option.LABELS.charAt(i)), texts.get(i)));
        }
        return options;
    }

    private static Question question(String stem, QuestionBody body, String points, String explanation) {
        return new Question(
                stem,
                body,
                new BigDecimal(points),
                explanation,
                "G3",
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR),
                "");
    }
}

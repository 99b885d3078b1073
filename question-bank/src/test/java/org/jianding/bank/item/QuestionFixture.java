package org.jianding.bank.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jianding.bank.Level;

/** Valid questions of each type to start from; tests change the one thing they are about. */
public final class QuestionFixture {

    private String stem = "下列哪一项是电信业务经营者的义务？";
    private QuestionBody body = singleChoiceBody("A");
    private BigDecimal points = new BigDecimal("1");
    private String explanation = "见《中华人民共和国电信条例》。";
    private String knowledgePoint = "G3";
    private List<String> secondary = List.of();
    private Difficulty difficulty = Difficulty.of(2);
    private CognitiveLevel cognitiveLevel = CognitiveLevel.AWARE;
    private Set<Level> levels = EnumSet.of(Level.JUNIOR, Level.INTERMEDIATE);
    private String source = "";

    public static QuestionFixture singleChoice() {
        return new QuestionFixture();
    }

    public static QuestionFixture multipleChoice() {
        return new QuestionFixture().body(new MultipleChoice(fourOptions(), List.of("A", "C")));
    }

    public static QuestionFixture trueFalse() {
        return new QuestionFixture().stem("客户信息可以随意提供给第三方。").body(TrueFalse.wrong());
    }

    public static QuestionFixture fillBlank() {
        return new QuestionFixture()
                .stem("《反电信网络诈骗法》自____起施行。")
                .body(FillBlank.of(Blank.of("2022年12月1日", "2022-12-01")))
                .points("2");
    }

    public static QuestionFixture shortAnswer() {
        return new QuestionFixture()
                .stem("简述处理个人信息应遵循的原则。")
                .body(new ShortAnswer(
                        "合法、正当、必要；目的明确；公开透明。", List.of(RubricPoint.of("2", "合法、正当、必要"), RubricPoint.of("1.5", "目的明确"))))
                .points("3.5");
    }

    public static QuestionFixture caseAnalysis() {
        SubQuestion choice = new SubQuestion("最适合的接入方式是？", singleChoiceBody("B"), new BigDecimal("2"), "");
        SubQuestion answer = new SubQuestion(
                "请说明方案要点。",
                new ShortAnswer("带宽、冗余、安全。", List.of(RubricPoint.of("3", "带宽与冗余"), RubricPoint.of("3", "安全防护"))),
                new BigDecimal("6"),
                "");
        return new QuestionFixture()
                .stem("")
                .explanation("")
                .body(new CaseAnalysis("某市政府部门计划建设视频监控专网。", List.of(choice, answer)))
                .points("8");
    }

    public static List<Option> fourOptions() {
        return options("专线", "宽带", "卫星", "拨号");
    }

    public static List<Option> options(String... texts) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            options.add(Option.of(String.valueOf(Option.LABELS.charAt(i)), texts[i]));
        }
        return options;
    }

    public static SingleChoice singleChoiceBody(String answer) {
        return new SingleChoice(fourOptions(), answer);
    }

    public QuestionFixture stem(String stem) {
        this.stem = stem;
        return this;
    }

    public QuestionFixture body(QuestionBody body) {
        this.body = body;
        return this;
    }

    public QuestionFixture points(String points) {
        this.points = points == null ? null : new BigDecimal(points);
        return this;
    }

    public QuestionFixture explanation(String explanation) {
        this.explanation = explanation;
        return this;
    }

    public QuestionFixture knowledgePoints(String primary, String... secondary) {
        this.knowledgePoint = primary;
        this.secondary = List.of(secondary);
        return this;
    }

    public QuestionFixture difficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
        return this;
    }

    public QuestionFixture cognitiveLevel(CognitiveLevel cognitiveLevel) {
        this.cognitiveLevel = cognitiveLevel;
        return this;
    }

    public QuestionFixture levels(Set<Level> levels) {
        this.levels = levels;
        return this;
    }

    public QuestionFixture source(String source) {
        this.source = source;
        return this;
    }

    public Question build() {
        return new Question(
                stem, body, points, explanation, knowledgePoint, secondary, difficulty, cognitiveLevel, levels, source);
    }
}

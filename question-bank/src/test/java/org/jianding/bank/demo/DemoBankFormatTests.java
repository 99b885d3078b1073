package org.jianding.bank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jianding.bank.demo.BankTexts.TRUE_FALSE;
import static org.jianding.bank.demo.BankTexts.fixture;
import static org.jianding.bank.demo.BankTexts.parse;
import static org.jianding.bank.demo.BankTexts.parseFailing;
import static org.jianding.bank.demo.BankTexts.problemsOf;

import java.util.List;
import org.jianding.bank.Level;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.junit.jupiter.api.Test;

class DemoBankFormatTests {

    @Test
    void readsEveryTypeFromAHandWrittenFile() {
        List<Question> questions = fixture("/fixtures/demo/G3.txt");

        assertThat(questions)
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.FILL_BLANK,
                        QuestionType.SHORT_ANSWER,
                        QuestionType.CASE_ANALYSIS);
        assertThat(questions).extracting(Question::knowledgePoint).containsOnly("G3");
        assertThat(((SingleChoice) questions.get(0).body()).answer()).isEqualTo("C");
        assertThat(questions.get(0).source()).isEqualTo("《中华人民共和国个人信息保护法》第七十四条");
        assertThat(((MultipleChoice) questions.get(1).body()).answers()).containsExactly("A", "B", "C");
        assertThat(questions.get(1).secondaryKnowledgePoints()).containsExactly("J2");
        assertThat(questions.get(1).levels()).containsExactly(Level.INTERMEDIATE, Level.SENIOR);
        assertThat(((FillBlank) questions.get(3).body()).blanks().get(1).accepted())
                .containsExactly("真实身份信息登记", "实名");
        assertThat(((ShortAnswer) questions.get(4).body()).referenceAnswer())
                .isEqualTo("合法、正当、必要和诚信原则；目的明确、最小必要原则；\n公开透明原则；保证信息质量；采取安全保护措施。");
        CaseAnalysis cases = (CaseAnalysis) questions.get(5).body();
        assertThat(cases.caseText()).startsWith("某市政府部门").contains("\n并对存储的人脸图像");
        assertThat(cases.subQuestions()).hasSize(2);
        assertThat(questions.get(5).points()).isEqualByComparingTo("8");
    }

    @Test
    void reportsAnUnknownKeyWithFileAndLine() {
        DemoBankException thrown = parseFailing(TRUE_FALSE.replace("认知: 了解", "认识: 了解"));

        assertThat(thrown.problems())
                .extracting(Object::toString)
                .containsExactly("G3.txt 第3行：缺少「认知」", "G3.txt 第5行：未知的键「认识」");
    }

    @Test
    void reportsAMissingAnswerAtTheQuestionsFirstLine() {
        assertThat(problemsOf(TRUE_FALSE.replace("答案: 对\n", ""))).containsExactly("3: 缺少「答案」");
    }

    @Test
    void readsAQuestionWithoutExplanationAndWritesItBackWithout() {
        String text = TRUE_FALSE.replace("解析: 用户依法使用电信的自由和通信秘密受法律保护。\n", "");

        Question read = parse(text).get(0);

        assertThat(read.explanation()).isEmpty();
        assertThat(DemoBankWriter.write(List.of(read))).doesNotContain("解析");
    }

    @Test
    void foldsContinuationLinesIntoTheValueAbove() {
        String text = TRUE_FALSE.replace("解析: 用户", "解析: 见电信条例。\n  用户");

        assertThat(parse(text).get(0).explanation()).isEqualTo("见电信条例。\n用户依法使用电信的自由和通信秘密受法律保护。");
    }

    @Test
    void reportsContinuationLinesThatAreBadlyIndentedOrFollowNothing() {
        assertThat(problemsOf(TRUE_FALSE.replace("解析: 用户", "解析: 见条例。\n\t用户"))).containsExactly("11: 续行须以两个空格缩进");
        assertThat(problemsOf(TRUE_FALSE.replace("解析: 用户", "解析: 见条例。\n 用户"))).containsExactly("11: 续行须以两个空格缩进");
        assertThat(problemsOf(TRUE_FALSE.replace("=== 判断", "=== 判断\n  多出来的一行")))
                .containsExactly("4: 续行（两个空格缩进）前面没有可接续的字段");
    }

    @Test
    void reportsRepeatedKeysUnknownTypesAndStrayLines() {
        assertThat(problemsOf(TRUE_FALSE.replace("答案: 对", "答案: 对\n答案: 错"))).containsExactly("10: 重复的键「答案」，第9行已写过");
        assertThat(problemsOf(TRUE_FALSE.replace("=== 判断", "=== 是非对错")))
                .containsExactly("3: 未知的题型「是非对错」，应为单选、多选、判断、填空、简答或案例分析");
        assertThat(problemsOf(TRUE_FALSE.replace("难度: 1", "难度 1")))
                .containsExactly("3: 缺少「难度」", "4: 无法识别的行：应为「键: 值」、选项「A. …」或评分要点「- 2分 …」");
        assertThat(problemsOf(TRUE_FALSE.replace("解析:", "# 注释\n解析:")))
                .containsExactly("10: 只有文件的第一行可以是「# 知识点 …」，其他行不能以#开头");
        assertThat(problemsOf(TRUE_FALSE.replace("=== 判断\n", ""))).startsWith("3: 内容须写在「=== 题型」之后");
        assertThat(problemsOf(TRUE_FALSE.replace("=== 判断", "--- 判断"))).containsExactly("3: 小题（--- 题型）只能跟在案例分析题之后");
    }

    @Test
    void reportsAMissingHeader() {
        assertThat(problemsOf(TRUE_FALSE.replace("# 知识点 G3 法律法规\n", ""))).containsExactly("2: 文件须以「# 知识点 <代码> <名称>」开头");
        assertThat(problemsOf("")).containsExactly("1: 文件是空的，须以「# 知识点 <代码> <名称>」开头");
    }

    @Test
    void listsEveryProblemOfAFileSortedByLine() {
        DemoBankException thrown =
                catchThrowableOfType(DemoBankException.class, () -> fixture("/fixtures/broken/G4.txt"));

        assertThat(thrown.problems())
                .extracting(p -> p.line() + ": " + p.message())
                .containsExactly(
                        "4: 难度须为1到5的整数，实为「6」",
                        "12: 答案E不在选项中",
                        "17: 认知须为了解、熟悉或掌握，实为「知道」",
                        "18: 未知的级别「五级」，应为初级、中级、高级或资深");
        assertThat(thrown.getMessage()).startsWith("题库文件有4处问题：\nG4.txt 第4行：");
    }
}

package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.questions.excel.QuestionImportTests.row;
import static org.jianding.app.questions.excel.QuestionSheets.book;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.TrueFalse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Answers, difficulties and levels are read however exam spreadsheets commonly write them. */
@WebTest
class QuestionImportSpellingTests {

    private static final String[] HEADER = {
        "题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析", "分值", "难度", "认知层次", "适用级别", "知识点"
    };

    @Autowired
    QuestionImport questionImport;

    @Test
    void readsEveryWayOfWritingAMultipleChoiceKey() {
        List<String> spellings = List.of("AB", "A,B", "A、B", "A|B", "A B", "A，B", "ab", "B A", "Ａ；Ｂ");

        List<Question> questions = check(spellings.stream()
                .map(s -> row("多选", "多选写法" + s + "？", "甲", "乙", "丙", "丁", s, "解析。", 2, 3, "熟悉", "初级", "P1"))
                .toArray(Object[][]::new));

        assertThat(questions)
                .extracting(q -> ((MultipleChoice) q.body()).answers())
                .containsOnly(List.of("A", "B"))
                .hasSize(spellings.size());
    }

    @Test
    void readsEveryWayOfWritingTrueAndFalse() {
        List<Object> right = List.of("对", "正确", "√", "T", "是", "Y", true, "ｔ");
        List<Object> wrong = List.of("错", "错误", "×", "F", "否", "N", false, "X");
        List<Object[]> rows = new ArrayList<>();
        right.forEach(s -> rows.add(row("判断", "判断写法对" + s, null, null, null, null, s, "解析。", 1, 1, "了解", "初级", "P1")));
        wrong.forEach(s -> rows.add(row("判断", "判断写法错" + s, null, null, null, null, s, "解析。", 1, 1, "了解", "初级", "P1")));
        rows.add(row("判断", "判断写法选项A", "正确", "错误", null, null, "A", "解析。", 1, 1, "了解", "初级", "P1"));
        rows.add(row("判断", "判断写法选项B", "正确", "错误", null, null, "B", "解析。", 1, 1, "了解", "初级", "P1"));

        List<Question> questions = check(rows.toArray(Object[][]::new));

        assertThat(questions)
                .extracting(q -> ((TrueFalse) q.body()).answer())
                .containsExactly(
                        true, true, true, true, true, true, true, true, false, false, false, false, false, false, false,
                        false, true, false);
    }

    @Test
    void readsDifficultyAsANumberOrAWordAndLevelsInEitherNaming() {
        List<Object> difficulties = List.of(1, 2.0, "3", "较难", "难", "易", "较易", "中等");
        List<Object[]> rows = new ArrayList<>();
        for (Object d : difficulties) {
            rows.add(row("判断", "难度写法" + d, null, null, null, null, "对", "解析。", 1, d, "掌握", "四级、三级(中级)", "P1"));
        }

        List<Question> questions = check(rows.toArray(Object[][]::new));

        assertThat(questions).extracting(q -> q.difficulty().value()).containsExactly(1, 2, 3, 4, 5, 1, 2, 3);
        assertThat(questions).allMatch(q -> q.levels().equals(EnumSet.of(Level.JUNIOR, Level.INTERMEDIATE)));
    }

    @Test
    void readsFillInAlternativesSeparatedByBarOrSemicolonAndBlanksByLine() {
        List<Question> questions = check(
                row("填空", "填空写法一____。", null, null, null, null, "甲|乙", "解析。", 1, 2, "了解", "初级", "P1"),
                row("填空", "填空写法二____。", null, null, null, null, "甲；乙", "解析。", 1, 2, "了解", "初级", "P1"),
                row("填空", "填空写法三____和____。", null, null, null, null, "甲 | 乙\n丙", "解析。", 2, 2, "了解", "初级", "P1"),
                row("填空", "填空写法四____。", null, null, null, null, 2022, "解析。", 1, 2, "了解", "初级", "P1"));

        assertThat(questions)
                .extracting(q -> ((FillBlank) q.body()).blanks())
                .containsExactly(
                        List.of(Blank.of("甲", "乙")),
                        List.of(Blank.of("甲", "乙")),
                        List.of(Blank.of("甲", "乙"), Blank.of("丙")),
                        List.of(Blank.of("2022")));
    }

    private List<Question> check(Object[]... rows) {
        byte[] file = book().sheet("试题", HEADER, rows).bytes();
        QuestionImportResult result =
                questionImport.importFrom(new ByteArrayInputStream(file), "spellings.xlsx", true, 0, Locale.CHINA);
        if (result instanceof QuestionImportResult.Rejected rejected) {
            throw new AssertionError("refused: " + rejected.problems());
        }
        return ((QuestionImportResult.Checked) result).questions();
    }
}

package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.marking.ItemMark;
import org.junit.jupiter.api.Test;

class ResultItemsTests {

    private static List<ItemResult> paper(int n) {
        List<ItemResult> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            BigDecimal max = new BigDecimal("2.00");
            BigDecimal earned = i % 3 == 0 ? null : (i % 2 == 0 ? max : new BigDecimal("0.67"));
            items.add(new ItemResult(
                    i,
                    1000 + i,
                    5000 + i,
                    i % 3 == 0 ? QuestionType.SHORT_ANSWER : QuestionType.MULTIPLE_CHOICE,
                    "G" + (i % 4 + 1),
                    "G",
                    max,
                    earned,
                    List.of(new ItemMark.Part(
                            0, max, new BigDecimal("2"), earned, i % 3 != 0, "选AC，答案ABC；按比例得分" + i))));
        }
        return items;
    }

    @Test
    void marksRoundTripExactlyAndTakeAFractionOfTheirJson() {
        List<ItemResult> items = paper(100);

        String stored = ResultItems.write(items);

        assertThat(ResultItems.read(stored)).isEqualTo(items);
        assertThat(stored).startsWith("z:");
        assertThat(stored.length())
                .isLessThan(Marking.JSON.writeValueAsString(items).length() / 4);
        assertThat(ResultItems.write(items))
                .as("the same marks encode to the same text")
                .isEqualTo(stored);
    }

    @Test
    void resultsStoredAsPlainJsonStillRead() {
        List<ItemResult> items = paper(3);
        assertThat(ResultItems.read(Marking.JSON.writeValueAsString(items))).isEqualTo(items);
        assertThat(ResultItems.read(null)).isEmpty();
    }

    @Test
    void aDamagedValueIsReportedNotMisread() {
        String stored = ResultItems.write(paper(10));
        assertThatThrownBy(() -> ResultItems.read(stored.substring(0, stored.length() / 2)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void statisticsReadTheSameFieldsFromTheCompactFormAndFromTheJson() {
        List<ItemResult> items = paper(100);
        List<ResultItems.Brief> expected = items.stream()
                .map(i -> new ResultItems.Brief(
                        i.position(),
                        i.questionId(),
                        i.type(),
                        i.area(),
                        i.max().doubleValue(),
                        i.earned() == null ? null : i.earned().doubleValue()))
                .toList();
        List<ResultItems.Brief> fromJson = new ArrayList<>();
        ResultItems.readBrief(ResultItems.write(items), fromJson::add);
        List<ResultItems.Brief> fromPlainJson = new ArrayList<>();
        ResultItems.readBrief(Marking.JSON.writeValueAsString(items), fromPlainJson::add);
        List<ResultItems.Brief> fromCompact = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        java.util.Map<Integer, String> answers = new java.util.HashMap<>();
        answers.put(1, "[\"C\",\"A\"]");
        answers.put(2, "[]");
        answers.put(4, "\"B\"");
        ResultItems.readCompact(ResultItems.compact(items, answers), (b, c) -> {
            fromCompact.add(b);
            chosen.add(c);
        });

        assertThat(fromJson).isEqualTo(expected);
        assertThat(fromPlainJson).isEqualTo(expected);
        assertThat(fromCompact).isEqualTo(expected);
        // the options of the multiple-choice answers, sorted; none for an empty one, a missing one or another type
        assertThat(chosen.subList(0, 5)).containsExactly("AC", null, null, null, null);
        assertThat(ResultItems.compact(items, java.util.Map.of()).length())
                .as("plain lines, a fraction of the JSON to parse")
                .isLessThan(Marking.JSON.writeValueAsString(items).length() / 4);
    }

    @Test
    void anAreaWithACommaAndAnItemWithoutAreaReadBack() {
        List<ItemResult> items = List.of(
                new ItemResult(
                        1, 7, 8, QuestionType.SINGLE_CHOICE, "P1", "P,1", BigDecimal.ONE, BigDecimal.ZERO, List.of()),
                new ItemResult(2, 9, 10, QuestionType.TRUE_FALSE, "P1", null, new BigDecimal("1.50"), null, List.of()));
        List<ResultItems.Brief> read = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        ResultItems.readCompact(ResultItems.compact(items, java.util.Map.of(1, "\"D\"", 2, "false")), (b, c) -> {
            read.add(b);
            chosen.add(c);
        });
        assertThat(read)
                .containsExactly(
                        new ResultItems.Brief(1, 7, QuestionType.SINGLE_CHOICE, "P,1", 1.0, 0.0),
                        new ResultItems.Brief(2, 9, QuestionType.TRUE_FALSE, null, 1.5, null));
        assertThat(chosen).containsExactly("D", "错");
    }
}

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
}

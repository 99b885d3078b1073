package org.jianding.app.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Search on the suite's database over the demo bank: filters, totals, orders and pages agree with each other. */
@SpringBootTest
class QuestionSearchTests {

    @Autowired
    QuestionBank bank;

    @Test
    void levelFilterFindsExactlyTheQuestionsSuitedToThatLevel() {
        List<QuestionSummary> all = everything(QuestionQuery.Sort.ID_ASC);
        var query = new QuestionQuery(null, null, null, null, Level.EXPERT, null, null, null, null, 0, 200);
        QuestionPage page = bank.search(query);
        long expected =
                all.stream().filter(q -> q.levels().contains(Level.EXPERT)).count();
        assertThat(expected).isPositive();
        assertThat(page.total()).isEqualTo(expected);
        assertThat(page.questions()).allMatch(q -> q.levels().contains(Level.EXPERT));
    }

    @Test
    void textFilterCountsEveryMatchAndKeepsTheTotalPastTheLastPage() {
        List<QuestionSummary> all = everything(QuestionQuery.Sort.ID_ASC);
        long expected = all.stream().filter(q -> q.stemText().contains("客户")).count();
        assertThat(expected).isGreaterThan(10);
        QuestionPage first = bank.search(text("客户", 0));
        assertThat(first.total()).isEqualTo(expected);
        assertThat(first.questions()).hasSize(10).allMatch(q -> q.stemText().contains("客户"));
        QuestionPage beyond = bank.search(text("客户", 1000));
        assertThat(beyond.questions()).isEmpty();
        assertThat(beyond.total()).isEqualTo(expected);
        assertThat(bank.search(text("这个词不会出现在题干里", 0)).total()).isZero();
    }

    @Test
    void laterPagesContinueTheOrder() {
        List<QuestionSummary> all = everything(QuestionQuery.Sort.DIFFICULTY_DESC);
        assertThat(all)
                .isSortedAccordingTo(Comparator.comparingInt(QuestionSummary::difficulty)
                        .reversed()
                        .thenComparingLong(QuestionSummary::id));
        var third = new QuestionQuery(
                null, null, null, null, null, null, null, null, QuestionQuery.Sort.DIFFICULTY_DESC, 2, 7);
        assertThat(bank.search(third).questions()).isEqualTo(all.subList(14, 21));
    }

    private static QuestionQuery text(String text, int page) {
        return new QuestionQuery(null, null, null, null, null, null, null, text, QuestionQuery.Sort.ID_ASC, page, 10);
    }

    private List<QuestionSummary> everything(QuestionQuery.Sort sort) {
        List<QuestionSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var query = new QuestionQuery(null, null, null, null, null, null, null, null, sort, page, 200);
            QuestionPage result = bank.search(query);
            all.addAll(result.questions());
            if (page + 1 >= result.pages()) {
                return all;
            }
        }
    }
}

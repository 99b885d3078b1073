package org.jianding.app.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The bigram index narrows a text search but never changes its result: the same ids, order and total as LIKE. */
@SpringBootTest
@WithMockUser(username = "author", roles = "AUTHOR")
class QuestionGramSearchTests {

    @Autowired
    QuestionBank bank;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    long author;

    @BeforeEach
    void users() {
        author = accounts.findByEmployeeNo("author").orElseThrow().id();
    }

    @Test
    void gramSearchFindsExactlyWhatLikeFinds() {
        bank.create(QuestionFixture.singleChoice("请说明５Ｇ套餐（含ＶｏＬＴＥ）的资费。", "G3"), author, null);
        bank.create(QuestionFixture.singleChoice("Café 会员：忠诚度计划的积分规则是什么？", "G3"), author, null);
        bank.create(QuestionFixture.singleChoice("客户-忠诚 度与套 餐，哪一个更重要？", "G1"), author, null);
        for (String text : List.of(
                "套餐",
                "5G套餐",
                "５Ｇ套餐",
                "volte",
                "ＶｏＬＴＥ",
                "会员：忠诚",
                "会员忠诚",
                "忠诚度",
                "忠诚 度",
                "cafe",
                "Café",
                "资",
                "，",
                "这个词不会出现在题干里")) {
            assertThat(searchIds(text)).as(text).isEqualTo(likeIds(text));
        }
        assertThat(likeIds("会员：忠诚")).isNotEmpty();
        assertThat(likeIds("ＶｏＬＴＥ")).isNotEmpty();
        assertThat(StemGrams.ofQuery("资")).isEmpty();
        assertThat(StemGrams.ofQuery("，资。")).isEmpty();
        assertThat(StemGrams.ofQuery("５Ｇ套餐")).contains(java.util.Set.of("5g", "g套", "套餐"));
    }

    @Test
    void editRewritesTheGrams() {
        long id = bank.create(QuestionFixture.singleChoice("区块链存证的第一稿题干", "G3"), author, null)
                .question()
                .id();
        assertThat(searchIds("第一稿")).contains(id);
        bank.edit(id, QuestionFixture.singleChoice("区块链存证的第二版题干", "G3"), author, 1, null);
        assertThat(searchIds("第一稿")).doesNotContain(id);
        assertThat(searchIds("第二版")).contains(id);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM question_gram WHERE question_id = ? AND gram = '一稿'", Long.class, id))
                .isZero();
    }

    @Test
    void editsBackAndForthAndStrayGramsKeepTheIndexRight() {
        long id = bank.create(QuestionFixture.singleChoice("宽带提速的第一稿题干", "G3"), author, null)
                .question()
                .id();
        // a gram the stored text does not yield (as an older StemGrams could have left), which the next text has
        jdbc.update("INSERT INTO question_gram (gram, question_id) VALUES ('三稿', ?)", id);
        bank.edit(id, QuestionFixture.singleChoice("宽带提速的第三稿题干", "G3"), author, 1, null);
        assertThat(searchIds("第三稿")).contains(id);
        bank.edit(id, QuestionFixture.singleChoice("宽带提速的第一稿题干", "G3"), author, 2, null);
        assertThat(searchIds("第一稿")).contains(id);
        assertThat(searchIds("第三稿")).doesNotContain(id);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM question_gram WHERE question_id = ? AND gram = '三稿'", Long.class, id))
                .isZero();
    }

    private List<Long> searchIds(String text) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            var query = new QuestionQuery(
                    null, null, null, null, null, null, null, text, QuestionQuery.Sort.ID_ASC, page, 7);
            QuestionPage result = bank.search(query);
            result.questions().forEach(q -> ids.add(q.id()));
            assertThat(result.total()).as(text).isEqualTo(likeIds(text).size());
            if (page + 1 >= result.pages()) {
                return ids;
            }
        }
    }

    private List<Long> likeIds(String text) {
        String escaped = text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return jdbc.queryForList(
                "SELECT id FROM question WHERE stem_text LIKE ? ESCAPE '!' ORDER BY id",
                Long.class,
                "%" + escaped + "%");
    }
}

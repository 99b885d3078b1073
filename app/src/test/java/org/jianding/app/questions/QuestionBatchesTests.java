package org.jianding.app.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Questions brought in by a batch (Excel import) are drafts like any other and are found by text search. */
@SpringBootTest
@WithMockUser(username = "author", roles = "AUTHOR")
class QuestionBatchesTests {

    @Autowired
    QuestionBatches batches;

    @Autowired
    QuestionBank bank;

    @Autowired
    Accounts accounts;

    @Test
    void batchCreatedDraftsAreFoundByTextSearch() {
        long author = accounts.findByEmployeeNo("author").orElseThrow().id();
        String word = "批量导入检索词" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        List<Long> ids = batches.createDrafts(
                List.of(
                        QuestionFixture.singleChoice(word + "之一，下列说法正确的是", "P2"),
                        QuestionFixture.singleChoice("第二题同样含有" + word + "，下列说法正确的是", "P3")),
                author,
                "测试导入");
        var found = bank.search(new QuestionQuery(
                null, null, null, null, null, QuestionStatus.DRAFT, null, word, QuestionQuery.Sort.ID_ASC, 0, 20));
        assertThat(found.questions()).extracting(QuestionSummary::id).containsExactlyElementsOf(ids);
        assertThat(found.total()).isEqualTo(2);
    }
}

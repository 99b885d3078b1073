package org.jianding.app.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "author", roles = "AUTHOR")
class QuestionBankTests {

    @Autowired
    QuestionBank bank;

    @Autowired
    KnowledgeTree knowledge;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    long author;
    long reviewer;

    @BeforeEach
    void users() {
        author = accounts.findByEmployeeNo("author").orElseThrow().id();
        reviewer = accounts.findByEmployeeNo("reviewer").orElseThrow().id();
    }

    @Test
    void anEditMakesANewVersionAndLeavesTheOldOneAsItWas() {
        String stem = unique("依据《电信条例》，电信业务经营者应当");
        var created = bank.create(QuestionFixture.singleChoice(stem, "G3"), author, "初稿");
        long id = created.question().id();
        String v1 = jdbc.queryForObject(
                "select content from question_version where question_id = ? and version_no = 1", String.class, id);

        var edited = bank.edit(id, QuestionFixture.singleChoice(stem + "（修订）", "G3"), author, 1, "补充");

        assertThat(edited.question().version()).isEqualTo(2);
        assertThat(edited.question().content().stem()).endsWith("（修订）");
        assertThat(jdbc.queryForObject(
                        "select content from question_version where question_id = ? and version_no = 1",
                        String.class,
                        id))
                .isEqualTo(v1);
        assertThat(bank.versions(id)).extracting(QuestionVersion::versionNo).containsExactly(2, 1);
        assertThat(bank.versions(id).get(1).createdByName()).isEqualTo("陈命题");
    }

    @Test
    void aStaleEditIsRefused() {
        var created = bank.create(QuestionFixture.singleChoice(unique("陈旧版本检测"), "G1"), author, null);
        long id = created.question().id();
        bank.edit(id, QuestionFixture.singleChoice(unique("陈旧版本检测二"), "G1"), author, 1, null);
        assertCode(
                () -> bank.edit(id, QuestionFixture.singleChoice(unique("陈旧版本检测三"), "G1"), author, 1, null),
                "question.edit.stale");
    }

    @Test
    void nobodyApprovesTheirOwnQuestion() {
        long id = bank.create(QuestionFixture.singleChoice(unique("四眼原则"), "G4"), author, null)
                .question()
                .id();
        bank.act(id, WorkflowAction.SUBMIT, author, null);
        assertCode(() -> bank.act(id, WorkflowAction.APPROVE, author, null), "question.review.ownQuestion");

        assertThat(bank.act(id, WorkflowAction.APPROVE, reviewer, null).status())
                .isEqualTo(QuestionStatus.REVIEWED);
        assertThat(bank.act(id, WorkflowAction.ACTIVATE, author, null).status()).isEqualTo(QuestionStatus.ACTIVE);
        assertThat(bank.get(id).reviewerName()).isEqualTo("周审题");
        assertThat(jdbc.queryForList(
                        "select action from audit_event where target_type = 'question' and target_id = ? order by id",
                        String.class,
                        String.valueOf(id)))
                .containsExactly("question.created", "question.submit", "question.approve", "question.activate");
    }

    @Test
    void aReviewerWhoEditedTheQuestionCannotApproveIt() {
        long id = bank.create(QuestionFixture.singleChoice(unique("修改者不得审核"), "G4"), author, null)
                .question()
                .id();
        bank.edit(id, QuestionFixture.singleChoice(unique("修改者不得审核（改）"), "G4"), reviewer, 1, "改一处");
        bank.act(id, WorkflowAction.SUBMIT, author, null);
        assertCode(() -> bank.act(id, WorkflowAction.APPROVE, reviewer, null), "question.review.ownQuestion");
    }

    @Test
    void workflowStepsOutOfOrderAreRefusedAndBulkReportsEachRefusal() {
        long draft = bank.create(QuestionFixture.singleChoice(unique("批量甲"), "P1"), author, null)
                .question()
                .id();
        long submitted = bank.create(QuestionFixture.singleChoice(unique("批量乙"), "P1"), author, null)
                .question()
                .id();
        bank.act(submitted, WorkflowAction.SUBMIT, author, null);
        assertCode(() -> bank.act(draft, WorkflowAction.ACTIVATE, author, null), "question.workflow.notAllowed");

        BulkResult result = bank.actOnAll(List.of(draft, submitted), WorkflowAction.SUBMIT, author, null);
        assertThat(result.done()).containsExactly(draft);
        assertThat(result.refused()).containsEntry(submitted, "question.workflow.notAllowed");
    }

    @Test
    void rejectingNeedsAReason() {
        long id = bank.create(QuestionFixture.singleChoice(unique("退回需原因"), "P2"), author, null)
                .question()
                .id();
        bank.act(id, WorkflowAction.SUBMIT, author, null);
        assertCode(() -> bank.act(id, WorkflowAction.REJECT, reviewer, " "), "question.reject.reasonRequired");
        assertThat(bank.act(id, WorkflowAction.REJECT, reviewer, "选项有歧义").status())
                .isEqualTo(QuestionStatus.DRAFT);
    }

    @Test
    void questionsBelongToExistingLeaves() {
        assertCode(
                () -> bank.create(QuestionFixture.singleChoice("题干", "G"), author, null), "question.knowledge.notLeaf");
        assertCode(
                () -> bank.create(QuestionFixture.singleChoice("题干", "NOPE"), author, null),
                "question.knowledge.unknown");
    }

    @Test
    void scriptsAndForeignImagesAreStrippedFromStems() {
        String dirty =
                unique("<b>粗体</b><script>alert(1)</script><img src=\"https://evil.example/x.png\" onerror=\"x()\">"
                        + "<span onclick=\"steal()\">文字</span>");
        var saved = bank.create(QuestionFixture.singleChoice(dirty, "P3"), author, null)
                .question();
        String stem = saved.content().stem();
        assertThat(stem).contains("<b>粗体</b>", "文字").doesNotContain("script", "alert", "evil", "onerror", "onclick");
    }

    @Test
    void warnsAboutNearDuplicateStemsInTheSameLeaf() {
        String stem = unique("在客户拜访结束后二十四小时内，客户经理应当向客户发送的跟进材料是");
        long first = bank.create(QuestionFixture.singleChoice(stem, "S3"), author, null)
                .question()
                .id();
        var second = bank.create(QuestionFixture.singleChoice(stem + "？", "S3"), author, null);
        assertThat(second.nearDuplicates())
                .extracting(NearDuplicate::questionId)
                .contains(first);
        var elsewhere = bank.create(QuestionFixture.singleChoice(stem, "S1"), author, null);
        assertThat(elsewhere.nearDuplicates())
                .extracting(NearDuplicate::questionId)
                .doesNotContain(first);
    }

    @Test
    void searchFiltersByNodeWithDescendantsTypeDifficultyLevelStatusAndText() {
        String marker = unique("检索标记");
        bank.create(QuestionFixture.singleChoice(marker + "甲", "G2", 1, EnumSet.of(Level.JUNIOR)), author, null);
        bank.create(QuestionFixture.singleChoice(marker + "乙", "G3", 4, EnumSet.of(Level.EXPERT)), author, null);
        bank.create(
                QuestionFixture.singleChoice(marker + "丙", "P4", 4, EnumSet.of(Level.SENIOR, Level.EXPERT)),
                author,
                null);
        long general = knowledge.byCode("G").orElseThrow().id();

        assertThat(search(new QuestionQuery(general, null, null, null, null, null, null, marker, null, 0, 50)))
                .containsExactlyInAnyOrder(marker + "甲", marker + "乙");
        assertThat(search(new QuestionQuery(
                        null,
                        QuestionType.SINGLE_CHOICE,
                        4,
                        null,
                        null,
                        QuestionStatus.DRAFT,
                        author,
                        marker,
                        QuestionQuery.Sort.ID_ASC,
                        0,
                        50)))
                .containsExactly(marker + "乙", marker + "丙");
        assertThat(search(new QuestionQuery(null, null, null, null, Level.EXPERT, null, null, marker, null, 0, 50)))
                .containsExactlyInAnyOrder(marker + "乙", marker + "丙");
        assertThat(search(new QuestionQuery(
                        null, null, null, null, Level.JUNIOR, QuestionStatus.ACTIVE, null, marker, null, 0, 50)))
                .isEmpty();
        assertThat(bank.search(new QuestionQuery(null, null, null, null, null, null, null, marker, null, 1, 2))
                        .total())
                .isEqualTo(3);
    }

    @Test
    void aKnowledgeNodeInUseCannotBeDeletedButAnUnusedLeafCan() {
        long g3 = knowledge.byCode("G3").orElseThrow().id();
        assertCode(() -> knowledge.delete(g3), "knowledge.delete.inUse");
        var added = knowledge.add(
                "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36),
                "临时知识点",
                knowledge.byCode("J").orElseThrow().id());
        knowledge.delete(added.id());
        assertThat(knowledge.byCode(added.code())).isEmpty();
    }

    @Test
    void theDemoBankIsLoadedAsActiveQuestions() {
        assertThat(bank.search(new QuestionQuery(
                                null, null, null, null, null, QuestionStatus.ACTIVE, null, null, null, 0, 1))
                        .total())
                .isGreaterThanOrEqualTo(400);
    }

    private List<String> search(QuestionQuery query) {
        return bank.search(query).questions().stream()
                .map(QuestionSummary::stemText)
                .toList();
    }

    private static String unique(String text) {
        return text + Long.toString(System.nanoTime(), 36);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageCode()).isEqualTo(code));
    }
}

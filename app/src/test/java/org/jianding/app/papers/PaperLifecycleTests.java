package org.jianding.app.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.bank.Level;
import org.jianding.bank.item.Question;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "hr", roles = "EXAM_ADMIN")
class PaperLifecycleTests {

    @Autowired
    Papers papers;

    @Autowired
    PaperSwaps swaps;

    @Autowired
    Blueprints blueprints;

    @Autowired
    QuestionBank bank;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rebuildsTheSamePaperFromItsStoredSeed() {
        BlueprintVersion blueprint = blueprint(Level.JUNIOR);
        PaperDetail first = papers.assemble(blueprint.id(), 4711L, user("hr"));
        PaperDetail again = papers.assemble(blueprint.id(), first.paper().seed(), user("hr"));

        assertThat(first.paper().status()).isEqualTo(PaperStatus.DRAFT);
        assertThat(first.violations()).isEmpty();
        assertThat(first.paper().totalPoints()).isEqualTo(100);
        assertThat(again.questions())
                .extracting(PaperQuestion::questionId)
                .containsExactlyElementsOf(first.questions().stream()
                        .map(PaperQuestion::questionId)
                        .toList());
    }

    @Test
    void swapKeepsEveryBlueprintRowSatisfied() {
        PaperDetail paper = papers.assemble(blueprint(Level.INTERMEDIATE).id(), 99L, user("hr"));
        long before = paper.questions().get(2).questionId();

        var options = swaps.options(paper.paper().id(), 3);
        PaperDetail swapped = swaps.swap(
                paper.paper().id(), 3, options.get(options.size() - 1).questionId());

        assertThat(options).isNotEmpty();
        assertThat(swapped.questions().get(2).questionId()).isNotEqualTo(before);
        assertThat(swapped.violations()).isEmpty();
        assertThat(swaps.swap(paper.paper().id(), 5, null).violations()).isEmpty();
    }

    @Test
    void publishingMarksVersionsUsedAndLaterEditsLeaveThePaperAsItWas() {
        PaperDetail paper = papers.assemble(blueprint(Level.SENIOR).id(), 7L, user("hr"));
        long own = twinOf(paper.questions().get(0).content());
        paper = swaps.swap(paper.paper().id(), 1, own);
        PaperQuestion pinned = paper.questions().get(0);
        assertThat(pinned.questionId()).isEqualTo(own);

        papers.lock(paper.paper().id());
        PaperDetail published = papers.publish(paper.paper().id());

        assertThat(published.paper().status()).isEqualTo(PaperStatus.PUBLISHED);
        for (PaperQuestion q : published.questions()) {
            assertThat(jdbc.queryForObject(
                            "select used_in_paper from question_version where id = ?", Boolean.class, q.versionId()))
                    .isTrue();
        }
        Question content = pinned.content();
        var edited = bank.edit(own, withStem(content, content.stem() + "（修订）"), user("author"), 1, "修订");
        assertThat(edited.question().version()).isEqualTo(2);
        PaperQuestion shown = papers.get(paper.paper().id()).questions().get(0);
        assertThat(shown.versionNo()).isEqualTo(1);
        assertThat(shown.content().stem()).isEqualTo(content.stem());
    }

    /** An active copy of a question in the same cell, so the test can edit it without touching the demo bank. */
    private long twinOf(Question original) {
        Question twin = withStem(original, "复本" + UUID.randomUUID() + " " + original.stem());
        return bank.create(twin, user("author"), "测试复本", QuestionStatus.ACTIVE)
                .question()
                .id();
    }

    private static Question withStem(Question q, String stem) {
        return new Question(
                stem,
                q.body(),
                q.points(),
                q.explanation(),
                q.knowledgePoint(),
                q.secondaryKnowledgePoints(),
                q.difficulty(),
                q.cognitiveLevel(),
                q.levels(),
                q.source());
    }

    private BlueprintVersion blueprint(Level level) {
        return blueprints.current(blueprints.posts().get(0).id(), level).orElseThrow();
    }

    private long user(String employeeNo) {
        return accounts.findByEmployeeNo(employeeNo).orElseThrow().id();
    }
}

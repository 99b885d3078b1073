package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * What the derivation on 我的成绩 may say when the session does not show keys: a blank answered wrong names no
 * accepted answer, a corrected key is cited as 更正答案 without the key, while the officer's derivation of the same
 * result names both.
 */
@SpringBootTest
@Import({ExamFixture.class, AnsweredAttempts.class})
class CandidateDerivationTests {

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Errata errata;

    @Autowired
    Results results;

    @Autowired
    CandidateResults ownResults;

    @Test
    void withoutKeysTheCandidatesDerivationNamesNoKeyWhileTheOfficersDoes() throws Exception {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("推导无答案"), List.of(candidate), fixture.hr());
        ResultView r = sitting.sit(session.id(), candidate, q -> false);
        List<PaperQuestion> paper = sitting.paperOf(r.attemptId()).questions();
        PaperQuestion single = first(paper, QuestionType.SINGLE_CHOICE);
        PaperQuestion blank = first(paper, QuestionType.FILL_BLANK);
        String oldKey = ((SingleChoice) single.content().body()).answer();
        String newKey = oldKey.equals("A") ? "B" : "A";
        long officer =
                fixture.accounts.findByEmployeeNo("officer").orElseThrow().id();
        errata.apply(
                session.id(),
                new ErratumDraft(single.questionId(), ErratumKind.KEY_CORRECTED, newKey, "原答案有误"),
                officer);
        results.release(session.id());

        CandidateResult mine = ownResults.mine(candidate).get(0);
        String accepted =
                ((FillBlank) blank.content().body()).blanks().get(0).accepted().get(0);
        assertThat(lines(mine.derivation(), blank.position()))
                .startsWith("空1：未填，错")
                .doesNotContain("可接受答案")
                .doesNotContain(accepted);
        assertThat(lines(mine.derivation(), single.position()))
                .startsWith("按勘误后的答案评分：作答：未作答；得 0.00 / ")
                .doesNotContain("答案" + newKey);
        assertThat(mine.derivation().errata()).singleElement().satisfies(e -> {
            assertThat(e.position()).isEqualTo(single.position());
            assertThat(e.what()).isEqualTo("更正答案");
        });
        assertThat(mine.items()).as("the session shows no keys").isEmpty();
        assertThat(mine.breakdown().standardScore())
                .isEqualByComparingTo(results.derivation(r.attemptId()).standardScore());

        Derivation officers = results.explained(results.derivation(r.attemptId()));
        assertThat(lines(officers, blank.position())).contains("可接受答案：").contains(accepted);
        assertThat(officers.errata())
                .singleElement()
                .satisfies(e -> assertThat(e.what()).contains(newKey));
    }

    private static String lines(Derivation d, int position) {
        return d.items().stream()
                .filter(i -> i.position() == position)
                .findFirst()
                .map(i -> String.join("\n", i.lines()))
                .orElseThrow();
    }

    private static PaperQuestion first(List<PaperQuestion> paper, QuestionType type) {
        return paper.stream()
                .filter(q -> q.content().type() == type && q.points() > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " on the paper"));
    }
}

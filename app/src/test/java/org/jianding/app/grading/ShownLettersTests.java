package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSheet;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * With options shuffled per attempt, the derivation (the officer's and the candidate's) names an option by the
 * letter the candidate saw on screen, not by its label in the bank.
 */
@WebTest
@Import({ExamFixture.class, AnsweredAttempts.class})
class ShownLettersTests {

    private static final String LETTERS = "ABCDEFGH";

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Attempts attempts;

    @Autowired
    Results results;

    @Test
    void theDerivationNamesTheChosenOptionAndTheKeyByTheLettersOnTheCandidatesScreen() throws Exception {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("选项字母"), List.of(candidate), fixture.hr());
        assertThat(session.shuffleOptions()).isTrue();
        long attempt = attempts.start(session.id(), candidate, "p");
        ExamSheet sheet = attempts.sheet(attempt, candidate, "p");
        // a 单选 whose first option on screen is not the bank's A: the candidate saw it as A
        ExamSheet.Question q = sheet.questions().stream()
                .filter(x -> x.type() == QuestionType.SINGLE_CHOICE)
                .filter(x -> !x.options().get(0).label().equals("A"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("every 单选 kept A first"));
        String chosen = q.options().get(0).label();
        attempts.save(attempt, candidate, "p", q.position(), 1, JsonNodeFactory.instance.stringNode(chosen), false);
        attempts.handIn(attempt, candidate);
        sitting.await(attempt);
        PaperQuestion onPaper = sitting.paperOf(attempt).questions().stream()
                .filter(p -> p.position() == q.position())
                .findFirst()
                .orElseThrow();
        String bankKey = ((SingleChoice) onPaper.content().body()).answer();
        List<String> shownOrder =
                q.options().stream().map(ExamSheet.Choice::label).toList();
        String shownKey = String.valueOf(LETTERS.charAt(shownOrder.indexOf(bankKey)));

        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        Document derivation = page("/results/attempts/" + attempt, officer);
        assertThat(derivation
                        .select("tr.item[data-position=" + q.position() + "] .how")
                        .text())
                .startsWith("选A，答案" + shownKey + "；");

        results.release(session.id());
        Cookie me = Logins.login(mvc, fixture.accounts.get(candidate).employeeNo(), "demo1234x");
        Document mine = page("/my/results", me);
        assertThat(mine.select("tr.item[data-position=" + q.position() + "] .how")
                        .text())
                .as("without keys: the answer only, in the candidate's letters")
                .startsWith("作答：A")
                .doesNotContain("答案");
    }

    private Document page(String path, Cookie session) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}

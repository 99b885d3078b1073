package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Before release, the officer is told which machine-marked questions look as if their key were wrong, on the home
 * page and on the errata page, at the documented thresholds.
 */
@WebTest
@Import({ExamFixture.class, AnsweredAttempts.class})
class KeyWarningsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Attempts attempts;

    @Test
    void aWrongAnswerGivenByMoreCandidatesThanTheKeyIsShownToTheOfficerBeforeRelease() throws Exception {
        List<Long> candidates = IntStream.range(0, KeyWarnings.MIN_RESPONSES)
                .mapToObj(i -> fixture.candidate())
                .toList();
        ExamSession session = fixture.published(fixture.fixedPaperDraft(unique()), candidates, fixture.hr());
        // six of ten give the same wrong letter to the first single choice (40 % earned, above the 20 % line), four
        // give the key; everything else is answered right by everyone
        PaperQuestion target = null;
        for (int i = 0; i < candidates.size(); i++) {
            long candidate = candidates.get(i);
            long attempt = attempts.start(session.id(), candidate, "p");
            ExamSheet sheet = attempts.sheet(attempt, candidate, "p");
            var paper = sitting.paperOf(attempt).questions();
            target = paper.stream()
                    .filter(q -> q.section() == QuestionType.SINGLE_CHOICE)
                    .findFirst()
                    .orElseThrow();
            long seq = 0;
            for (ExamSheet.Question q : sheet.questions()) {
                PaperQuestion pq = paper.stream()
                        .filter(p -> p.position() == q.position())
                        .findFirst()
                        .orElseThrow();
                var answer = AnsweredAttempts.correct(pq.content().body());
                if (pq == target && i < 6) {
                    String key = ((SingleChoice) pq.content().body()).answer();
                    answer = JsonNodeFactory.instance.stringNode(key.equals("A") ? "B" : "A");
                }
                if (answer != null) {
                    attempts.save(attempt, candidate, "p", q.position(), ++seq, answer, false);
                }
            }
            attempts.handIn(attempt, candidate);
            sitting.await(attempt);
        }
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);

        Document home = page("/", officer);
        Element line = home.select("#todo-OFFICER li[data-todo=home.todo.officer.keys]").stream()
                .filter(li -> li.text().contains(session.title()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no key warning for the session on the officer's home"));
        assertThat(line.select(".todo-count").text()).isEqualTo("1");
        assertThat(line.select("a").attr("href")).isEqualTo("/results/sessions/" + session.id() + "/errata");

        int targetNumber = target.position();
        Document errata = page("/results/sessions/" + session.id() + "/errata", officer);
        assertThat(errata.select("#key-warnings li")).singleElement().satisfies(li -> {
            assertThat(li.text())
                    .contains("第 " + targetNumber + " 题：10 人作答，得分率 40%")
                    .contains("（6 人）");
        });
        long targetId = target.questionId();
        assertThat(errata.select("#key-warnings li").attr("data-question")).isEqualTo(String.valueOf(targetId));
        Document chosen = page(errata.select("#key-warnings li a").attr("href").replace("&amp;", "&"), officer);
        assertThat(chosen.select("#questionId option[selected]").attr("value"))
                .as("the link opens the erratum form on that question")
                .isEqualTo(String.valueOf(targetId));
    }

    @Test
    void thresholdsAreExact() {
        // nine answers never warn, however bad; ten at exactly 20 % do not, just under do
        assertThat(KeyWarnings.suspects(marks(9, 0, null))).isEmpty();
        assertThat(KeyWarnings.suspects(marks(10, 2, null))).isEmpty();
        assertThat(KeyWarnings.suspects(marks(10, 1, null)))
                .singleElement()
                .satisfies(s -> assertThat(s.facility()).isEqualTo(0.1));
        // a wrong answer given as often as the key is not enough; more often is
        assertThat(KeyWarnings.suspects(marks(10, 5, "B"))).isEmpty();
        assertThat(KeyWarnings.suspects(marks(11, 5, "B"))).singleElement().satisfies(s -> {
            assertThat(s.commonWrong()).isEqualTo("B");
            assertThat(s.wrongCount()).isEqualTo(6);
            assertThat(s.number()).isEqualTo(3);
        });
        // questions marked by hand are never suspects
        List<ItemMarks.Mark> essays = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            essays.add(new ItemMarks.Mark(i, 3, 9, QuestionType.SHORT_ANSWER, "G1", 10, 0, null, 1));
        }
        assertThat(KeyWarnings.suspects(essays)).isEmpty();
    }

    /** {@code n} answers to one single choice (position 3), {@code right} of them right, the rest {@code wrong}. */
    private static List<ItemMarks.Mark> marks(int n, int right, String wrong) {
        List<ItemMarks.Mark> marks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean r = i < right;
            marks.add(new ItemMarks.Mark(i, 3, 7, QuestionType.SINGLE_CHOICE, "G1", 2, r ? 2 : 0, r ? "A" : wrong, 1));
        }
        return marks;
    }

    private static String unique() {
        return "核对答案" + System.nanoTime() % 1_000_000;
    }

    private Document page(String path, Cookie session) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}

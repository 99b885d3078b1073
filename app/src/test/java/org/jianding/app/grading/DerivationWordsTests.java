package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.List;
import org.jianding.app.accounts.Role;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.marking.ItemMark;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The derivation in words on the officer's page: a part no grader has scored reads 未阅 (never "null/5.00"), a
 * grader's mark shows its conversion from the rubric to paper points, and the session's results page and API show
 * the attempt as 待阅卷 without a score until then.
 */
@WebTest
@Import({ExamFixture.class, GradingFixture.class})
class DerivationWordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    GradingFixture fixture;

    @Autowired
    GradingPlans plans;

    @Autowired
    GradingTasks tasks;

    @Autowired
    GradingScores scores;

    @Autowired
    Results results;

    @Test
    void anUnscoredPartReadsUnmarkedAndAGradersMarkShowsItsConversionToPaperPoints() throws Exception {
        long candidate = fixture.exams.candidate();
        ExamSession session = fixture.session(List.of(candidate));
        long attempt = fixture.answerAndHandIn(session, candidate, "客户分级管理，差异化服务。");
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);

        String waiting = page(officer, attempt);
        assertThat(waiting).contains("未阅：等待阅卷").doesNotContain("null/").doesNotContain(">null<");
        assertThat(waiting).containsPattern("class=\"text-end i-earned\">未阅<");
        mvc.perform(get("/api/results/sessions/" + session.id()).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("\"status\":\"GRADING\"")
                        .contains("\"standardScore\":null"));

        long grader = fixture.user("阅卷丙", null, Role.GRADER);
        plans.assign(session.id(), 0, List.of(grader), List.of(), fixture.exams.hr());
        long question = results.derivation(attempt).items().stream()
                .filter(i -> i.earned() == null)
                .findFirst()
                .orElseThrow()
                .questionId();
        TaskView task = tasks.open(session.id(), question, grader).current();
        List<BigDecimal> full =
                task.rubric().stream().map(TaskView.RubricLine::points).toList();
        scores.save(task.taskId(), grader, full, "要点齐全");

        ItemMark.Part part = results.derivation(attempt).items().stream()
                .flatMap(i -> i.parts().stream())
                .filter(p -> !p.auto())
                .findFirst()
                .orElseThrow();
        String scored = page(officer, attempt);
        assertThat(scored)
                .contains(part.note() + "（评分标准满分 " + part.ownMax().toPlainString() + " 分")
                .contains("→ 卷面 得 " + part.earned().toPlainString() + " / "
                        + part.max().toPlainString() + " 分")
                .doesNotContain("未阅");
        if (part.ownMax().compareTo(part.max()) != 0) {
            assertThat(scored)
                    .contains("× " + part.max().toPlainString() + " ÷ "
                            + part.ownMax().toPlainString());
        }
        assertThat(results.derivation(attempt).status()).isEqualTo(ResultStatus.SCORED);
    }

    private String page(Cookie officer, long attempt) throws Exception {
        return mvc.perform(get("/results/attempts/" + attempt).cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

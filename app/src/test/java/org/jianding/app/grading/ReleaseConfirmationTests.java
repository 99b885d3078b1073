package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 发布成绩 asks first, saying to how many candidates it goes and what follows; and a candidate whose marking is
 * complete gets their result while another's answer is still with graders.
 */
@WebTest
@Import({ExamFixture.class, AnsweredAttempts.class, GradingFixture.class})
class ReleaseConfirmationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    GradingFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Results results;

    @Test
    void releaseAsksFirstAndReleasesTheMarkedCandidateWhileAnotherIsStillWithGraders() throws Exception {
        long marked = fixture.exams.candidate();
        long waiting = fixture.exams.candidate();
        ExamSession session = fixture.session(List.of(marked, waiting));
        ResultView done = sitting.sit(session.id(), marked, q -> true);
        long open = fixture.answerAndHandIn(session, waiting, "客户分级管理，差异化服务。");
        assertThat(fixture.status(open)).isEqualTo("GRADING");
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        String path = "/results/sessions/" + session.id();

        Document before = page(path, officer);
        assertThat(before.select("#release").text()).isEqualTo("发布已完成阅卷的 1 份成绩…");
        assertThat(before.select("#release").attr("href")).isEqualTo(path + "?confirm=release");
        assertThat(before.select("#release-blocked").text()).isEqualTo("0 份答卷仍在评分，1 份仍在阅卷：它们的成绩在阅卷完成后再发布，已完成的可以先发布。");

        mvc.perform(post(path + "/release").cookie(officer).with(csrf()))
                .andExpect(redirectedUrl(path + "?confirm=release"));
        assertThat(results.releasedIn(session.id())).as("one click only asks").isEmpty();

        Document asking = page(path + "?confirm=release", officer);
        assertThat(asking.select("#confirm-release-title").text()).isEqualTo("发布成绩？");
        assertThat(asking.select("#confirm-release-text").text())
                .isEqualTo("将向 1 位考生发布成绩：考生随即看到自己的成绩与推导，成绩报告单和合格者的证书随之签发。发布不能撤回，发布后的更正只能通过答案勘误，并会给考生换发报告单。");
        assertThat(asking.select("#confirm-release-rest").text()).isEqualTo("另有 1 份答卷尚未阅完，不在本次发布之列；阅完后可再次发布。");
        assertThat(asking.select("#confirm-release-button").text()).isEqualTo("确认发布 1 份成绩");
        assertThat(asking.select("#release")).isEmpty();

        mvc.perform(post(path + "/release").cookie(officer).with(csrf()).param("confirmed", "true"))
                .andExpect(flash().attribute("notice", "results.released"));

        assertThat(results.releasedIn(session.id())).containsExactly(done.attemptId());
        assertThat(fixture.status(open)).isEqualTo("GRADING");
        Document after = page(path, officer);
        assertThat(after.select("#release"))
                .as("nothing more to release until the grader is done")
                .isEmpty();
        assertThat(after.select("tr[data-attempt=" + open + "] .status").text()).isEqualTo("待阅卷");
    }

    private Document page(String path, Cookie session) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}

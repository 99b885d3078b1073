package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.testsupport.Browsers;
import org.jianding.app.testsupport.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * 发布成绩 as the officer sees it, on a desk and on a phone:
 * the button counts the results whose marking is done, the
 * page says who is still with graders, one click only asks (saying to how many people it goes and what cannot be
 * undone), and the confirmed release reaches the marked candidate alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ExamFixture.class, AnsweredAttempts.class, GradingFixture.class})
class ReleaseConfirmationBrowserTests {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    GradingFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Results results;

    @Test
    void theOfficerIsToldWhatReleasingDoesAndToHowManyBeforeAnythingHappens() throws Exception {
        long marked = fixture.exams.candidate();
        long waiting = fixture.exams.candidate();
        ExamSession session = fixture.session(List.of(marked, waiting));
        ResultView done = sitting.sit(session.id(), marked, q -> true);
        long open = fixture.answerAndHandIn(session, waiting, "客户分级管理，差异化服务。");
        String path = "/results/sessions/" + session.id();

        Browsers.Window officer = browsers.loggedIn(Demo.OFFICER, Demo.PASSWORD);
        for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1366, 900))) {
            officer.driver.manage().window().setSize(size);
            officer.get(path);
            // whether 简答 has a grader depends on the graders other tests left in the unit; the warning itself is
            // read by PublishConfirmationTests
            assertThat(officer.text(By.id("release"))).isEqualTo("发布已完成阅卷的 1 份成绩…");
            assertThat(officer.text(By.id("release-blocked"))).contains("1 份仍在阅卷");
            officer.click(By.id("release"));
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-release-button")));
            assertThat(officer.text(By.id("confirm-release-title"))).isEqualTo("发布成绩？");
            assertThat(officer.text(By.id("confirm-release-text")))
                    .startsWith("将向 1 位考生发布成绩")
                    .contains("发布不能撤回");
            assertThat(officer.text(By.id("confirm-release-rest"))).contains("另有 1 份答卷尚未阅完");
            assertThat(officer.text(By.id("confirm-release-button"))).isEqualTo("确认发布 1 份成绩");
            assertThat(officer.find(By.id("confirm-release-button")).isDisplayed())
                    .as("the button is on screen at %s", size)
                    .isTrue();
            officer.screenshot("release-confirm-" + size.getWidth());
            assertThat(results.releasedIn(session.id()))
                    .as("seeing the question releases nothing")
                    .isEmpty();
        }

        officer.click(By.id("confirm-release-button"));
        officer.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-release-button")));
        assertThat(results.releasedIn(session.id())).containsExactly(done.attemptId());
        assertThat(fixture.status(open)).isEqualTo("GRADING");
        assertThat(officer.driver.findElements(By.id("release"))).isEmpty();
        assertThat(officer.text(By.cssSelector("tr[data-attempt='" + open + "'] .status")))
                .isEqualTo("待阅卷");
    }
}

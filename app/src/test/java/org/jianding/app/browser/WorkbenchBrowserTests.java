package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.testsupport.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The workbench in Chromium, at a laptop's 1366×900 and a phone's 390×844: a candidate reads what waits for them,
 * follows the line to the session and sees where they stand on a badge they can read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbenchBrowserTests {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    ExamFixture exams;

    @Test
    void aCandidateFollowsTheOpenExamFromTheWorkbenchAndReadsTheBadgeOnALaptopAndAPhone() throws Exception {
        long candidate = exams.candidate();
        ExamSession open = exams.published(exams.draft("工作台浏览器"), List.of(candidate), exams.hr());
        String employeeNo = exams.accounts.get(candidate).employeeNo();

        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            Browsers.Window b = browsers.open();
            b.driver.manage().window().setSize(size);
            b.login(employeeNo, "demo1234x");

            WebElement line = b.find(By.cssSelector("#todo-CANDIDATE li[data-todo='home.todo.exam.open']"));
            assertThat(line.findElement(By.cssSelector(".todo-link")).getText()).isEqualTo("现在可以开考：" + open.title());
            assertThat(line.isDisplayed()).isTrue();
            assertThat(b.driver.findElements(By.cssSelector("[data-role]")))
                    .extracting(e -> e.getAttribute("data-role"))
                    .containsExactly("CANDIDATE");
            b.screenshot("workbench-candidate-" + size.getWidth());

            b.click(By.cssSelector("#todo-CANDIDATE li[data-todo='home.todo.exam.open'] a"));
            b.until(ExpectedConditions.urlContains("/exam/sessions/" + open.id()));
            WebElement badge = b.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".exam-state")));
            assertThat(badge.getText()).isEqualTo("可以开始");
            // the badge is drawn: text and background differ, and neither is the page's white
            String color = badge.getCssValue("color");
            String background = badge.getCssValue("background-color");
            assertThat(background).isNotIn("rgba(0, 0, 0, 0)", "rgba(255, 255, 255, 1)");
            assertThat(color).isNotEqualTo(background);
            b.screenshot("workbench-session-badge-" + size.getWidth());
        }
    }
}

package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.testsupport.Browsers;
import org.jianding.app.testsupport.Demo;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The site menu fits one line on a 1366 px laptop in both languages, for every role and for a person holding the
 * two roles with the most menu entries, and the account menu still reaches 修改密码 and 退出.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NavigationBrowserTests {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    ExamFixture exams;

    @Test
    void theMenuFitsOneLineAt1366InChineseAndEnglishForEveryRole() throws Exception {
        String both = "nav" + System.nanoTime() % 100_000_000;
        exams.accounts.createWithKnownPassword(
                new UserDraft(
                        both,
                        "考务兼鉴定",
                        exams.accounts.orgUnits().get(0).id(),
                        exams.post().id(),
                        Level.JUNIOR,
                        LocalDate.of(2020, 1, 1),
                        EnumSet.of(Role.EXAM_ADMIN, Role.OFFICER, Role.AUTHOR)),
                "demo1234x");
        record Person(String employeeNo, String password) {}
        List<Person> people = List.of(
                new Person(Demo.ADMIN, Demo.PASSWORD),
                new Person(Demo.AUTHOR, Demo.PASSWORD),
                new Person(Demo.HR, Demo.PASSWORD),
                new Person(Demo.GRADER, Demo.PASSWORD),
                new Person(Demo.OFFICER, Demo.PASSWORD),
                new Person(Demo.ASSESSOR, Demo.PASSWORD),
                new Person(Demo.CANDIDATE, Demo.PASSWORD),
                new Person(both, "demo1234x"));
        for (Person person : people) {
            Browsers.Window b = browsers.open();
            b.driver.manage().window().setSize(new Dimension(1366, 900));
            b.login(person.employeeNo(), person.password());
            for (String lang : List.of("zh", "en")) {
                b.get("/?lang=" + lang);
                List<WebElement> entries = b.driver.findElements(By.cssSelector("nav.navbar .navbar-brand, "
                        + "nav.navbar .nav-link, nav.navbar .navbar-text, nav.navbar #account-menu"));
                Set<Integer> rows = new TreeSet<>();
                entries.stream()
                        .filter(WebElement::isDisplayed)
                        .forEach(e -> rows.add(e.getRect().getY() + e.getRect().getHeight() / 2));
                assertThat(rows.stream().mapToInt(Integer::intValue).max().orElseThrow()
                                - rows.stream()
                                        .mapToInt(Integer::intValue)
                                        .min()
                                        .orElseThrow())
                        .as("%s in %s: every menu entry on one line (centres %s)", person.employeeNo(), lang, rows)
                        .isLessThan(12);
                b.screenshot("nav-" + person.employeeNo().replaceAll("\\d", "") + "-" + lang);
                // whatever did not fit is one click away under 更多 / More
                List<WebElement> hidden = b.driver.findElements(By.cssSelector("#nav-more-menu [data-nav]"));
                if (!hidden.isEmpty()) {
                    b.click(By.cssSelector("#nav-more > button"));
                    b.until(ExpectedConditions.visibilityOf(hidden.get(0)));
                    assertThat(hidden).allMatch(WebElement::isDisplayed);
                    b.click(By.cssSelector("#nav-more > button"));
                }
                if (person.employeeNo().equals(both)) {
                    assertThat(b.driver.findElements(By.cssSelector("[data-nav]")))
                            .as("every entry of the three roles is there, on the bar or under More")
                            .extracting(e -> e.getAttribute("data-nav"))
                            .contains("/bank/questions", "/exams", "/results", "/statistics", "/reports/validity");
                }
            }
            b.click(By.id("account-menu"));
            b.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-link")));
            assertThat(b.driver.findElement(By.id("logout")).isDisplayed()).isTrue();
        }
    }
}

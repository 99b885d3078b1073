package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.competency.CompetencyModels;
import org.jianding.app.testsupport.Browsers;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 评估打分 in a real browser: an assessor opens the record of a person in their sub-unit, assesses two behavioural
 * items, is told which field is missing its evidence, fixes it and sees the new levels in the table, the gaps, the
 * radar chart and the history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentBrowserTests {

    private static final String PASSWORD = "demo1234x";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    Accounts accounts;

    @Autowired
    CompetencyModels models;

    @Test
    void assessorAssessesTwoItemsFixesTheMissingEvidenceAndSeesTheRecord() throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        OrgUnit unit = accounts.createOrgUnit("bu" + tag, "浏览器评估部" + tag, null);
        OrgUnit sub = accounts.createOrgUnit("bs" + tag, "浏览器评估组" + tag, unit.id());
        UserAccount assessor = user("ba" + tag, "吴浏览", unit, null, null, EnumSet.of(Role.ASSESSOR));
        UserAccount person = user("bp" + tag, "钱被评", sub, "ZQKHJL", Level.JUNIOR, EnumSet.of(Role.CANDIDATE));
        Level achievementStandard = models.current().standard("ZQKHJL", Level.JUNIOR, "ACHIEVEMENT");
        Level marketingStandard = models.current().standard("ZQKHJL", Level.JUNIOR, "MARKETING");

        Browsers.Window b = browsers.loggedIn(assessor.employeeNo(), PASSWORD);
        b.get("/competency/people/" + person.id());
        assertThat(b.text(By.id("person-name"))).contains("钱被评", person.employeeNo());
        assertThat(b.text(By.cssSelector("#items tr[data-item=ACHIEVEMENT] .assessed")))
                .isEqualTo("未评估");
        assertThat(b.driver.findElements(By.id("history"))).isEmpty();
        assertThat(assessedPoints(b))
                .as("nothing assessed: every point at the centre")
                .containsOnly("300.0,260.0");
        List<String> order = b.driver.findElements(By.cssSelector("#items tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-item"))
                .toList();
        assertThat(order).hasSize(18);

        b.click(By.id("assess-link"));
        b.until(ExpectedConditions.presenceOfElementLocated(By.id("assess-form")));
        assertThat(b.driver.findElements(By.cssSelector("fieldset[data-item]"))).hasSize(14);
        b.click(By.id("level-ACHIEVEMENT-SENIOR"));
        b.find(By.id("evidence-ACHIEVEMENT")).sendKeys("主动承接全年最难的专线续约，提前两周完成。");
        b.click(By.id("level-MARKETING-INTERMEDIATE"));
        b.click(By.id("save-assessment"));

        b.until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
        List<WebElement> problems = b.driver.findElements(By.cssSelector("#problems li"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).getAttribute("data-field")).isEqualTo("evidence.MARKETING");
        assertThat(problems.get(0).getText()).isEqualTo("主动营销能力：请填写评估依据。");
        // and again at the field itself, among the fourteen items
        WebElement marketing = b.find(By.cssSelector("fieldset[data-item=MARKETING]"));
        assertThat(marketing.findElement(By.cssSelector(".field-problem")).getText())
                .isEqualTo("主动营销能力：请填写评估依据。");
        assertThat(b.find(By.id("evidence-MARKETING")).getAttribute("class")).contains("is-invalid");
        assertThat(b.find(By.id("evidence-ACHIEVEMENT")).getAttribute("class")).doesNotContain("is-invalid");
        assertThat(b.driver.findElements(By.cssSelector(".field-problem"))).hasSize(1);
        assertThat(b.find(By.id("level-ACHIEVEMENT-SENIOR")).isSelected())
                .as("choices kept")
                .isTrue();
        assertThat(b.find(By.id("level-MARKETING-INTERMEDIATE")).isSelected()).isTrue();
        assertThat(b.find(By.id("evidence-ACHIEVEMENT")).getAttribute("value")).startsWith("主动承接");
        b.screenshot("assessment-missing-evidence");

        b.find(By.id("evidence-MARKETING")).sendKeys("本季度新拓展三家政企客户。");
        b.click(By.id("save-assessment"));
        b.until(ExpectedConditions.presenceOfElementLocated(By.id("items")));
        assertThat(b.driver.getCurrentUrl()).endsWith("/competency/people/" + person.id());
        assertThat(b.text(By.cssSelector("main [role=status]"))).isEqualTo("评估已保存。");

        assertThat(b.text(By.cssSelector("#items tr[data-item=ACHIEVEMENT] .assessed")))
                .isEqualTo("高级");
        assertThat(b.text(By.cssSelector("#items tr[data-item=MARKETING] .assessed")))
                .isEqualTo("中级");
        assertThat(b.text(By.cssSelector("#items tr[data-item=ACHIEVEMENT] .gap")))
                .isEqualTo(gap(achievementStandard, Level.SENIOR));
        assertThat(b.text(By.cssSelector("#items tr[data-item=MARKETING] .gap")))
                .isEqualTo(gap(marketingStandard, Level.INTERMEDIATE));
        assertThat(b.text(By.cssSelector("#items tr[data-item=ACHIEVEMENT] .source")))
                .contains("评估人：吴浏览");
        assertThat(b.text(By.cssSelector("#items tr[data-item=COMMUNICATION] .assessed")))
                .isEqualTo("未评估");

        List<String> points = assessedPoints(b);
        assertThat(points).hasSize(18);
        for (int i = 0; i < order.size(); i++) {
            String item = order.get(i);
            Level level =
                    item.equals("ACHIEVEMENT") ? Level.SENIOR : item.equals("MARKETING") ? Level.INTERMEDIATE : null;
            assertThat(points.get(i)).as(item).isEqualTo(point(i, order.size(), level));
        }
        assertThat(points).filteredOn(p -> !p.equals("300.0,260.0")).hasSize(2);

        List<WebElement> history = b.driver.findElements(By.cssSelector("#history tbody tr"));
        assertThat(history).hasSize(2);
        WebElement achievement = b.find(By.cssSelector("#history tr[data-item=ACHIEVEMENT]"));
        assertThat(achievement.getText()).contains("成就导向", "高级", "评估人：吴浏览", "主动承接全年最难的专线续约，提前两周完成。");
        assertThat(b.find(By.cssSelector("#history tr[data-item=MARKETING]")).getText())
                .contains("主动营销能力", "中级", "评估人：吴浏览", "本季度新拓展三家政企客户。");
        b.screenshot("assessment-saved");
    }

    private UserAccount user(String no, String name, OrgUnit unit, String post, Level level, EnumSet<Role> roles) {
        Long postId = post == null
                ? null
                : accounts.posts().stream()
                        .filter(p -> p.code().equals(post))
                        .findFirst()
                        .orElseThrow()
                        .id();
        var draft = new UserDraft(no, name, unit.id(), postId, level, LocalDate.of(2020, 1, 1), roles);
        return accounts.createWithKnownPassword(draft, PASSWORD).user();
    }

    /** The points of the filled (assessed) shape of the radar chart, one "x,y" per item. */
    private static List<String> assessedPoints(Browsers.Window b) {
        String points = b.find(By.id("radar-assessed")).getAttribute("points");
        return List.of(points.trim().split("\\s+"));
    }

    /** Where the chart puts item i of n at this level: rings 初级 … 资深 at a quarter of the radius each. */
    private static String point(int i, int n, Level level) {
        double fraction = level == null ? 0 : (5 - level.rank()) / 4.0;
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return String.format(
                Locale.ROOT,
                "%.1f,%.1f",
                300 + 170 * fraction * Math.cos(angle),
                260 + 170 * fraction * Math.sin(angle));
    }

    /** The gap column: standard rank minus assessed rank, in words. */
    private static String gap(Level standard, Level assessed) {
        int g = standard.rank() - assessed.rank();
        return g == 0 ? "达标" : g > 0 ? "高 " + g + " 级" : "低 " + -g + " 级";
    }
}

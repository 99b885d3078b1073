package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.Browsers;
import org.jianding.app.testsupport.Browsers.Window;
import org.jianding.app.testsupport.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An author puts a table into a stem with the editor's table buttons (no HTML typed): inserts one, fills its cells
 * moving with Tab, adds a row, saves; the bank keeps a plain table, the question page shows it, and the editor opens
 * it again as a table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionEditorTableBrowserTests {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    QuestionBank bank;

    @Test
    void anAuthorInsertsATableFillsItAddsARowAndTheBankKeepsIt() throws Exception {
        Window w = browsers.loggedIn(Demo.AUTHOR, Demo.PASSWORD);
        w.get("/bank/questions/new");
        WebElement stem = editorOf(w, "stem");
        Browser.click(w.driver, stem);
        stem.sendKeys("两种接入方式对比如下：", Keys.ENTER);

        WebElement insert = tool(w, "table-insert");
        assertThat(insert.getText()).isEqualTo("表格");
        assertThat(insert.getAttribute("title")).startsWith("插入表格");
        Browser.click(w.driver, insert);
        w.until(d -> stem.findElements(By.cssSelector("td")).size() == 4);
        stem.sendKeys("方式", Keys.TAB, "时延", Keys.TAB, "专线", Keys.TAB, "低");
        Browser.click(w.driver, tool(w, "table-row-below"));
        w.until(d -> stem.findElements(By.cssSelector("tr")).size() == 3);
        Browser.click(w.driver, stem.findElements(By.cssSelector("tr")).get(2).findElement(By.cssSelector("td")));
        stem.sendKeys("拨号");

        String[] options = {"专线", "拨号", "一样", "无法判断"};
        for (int i = 0; i < options.length; i++) {
            WebElement option = editorOf(w, "options[" + (i + 1) + "].text");
            Browser.click(w.driver, option);
            option.sendKeys(options[i]);
        }
        assertThat(w.driver.findElements(By.cssSelector(".rich-editor[data-field='options[1].text'] .ql-table-insert")))
                .as("options have no table button")
                .isEmpty();
        w.click(By.cssSelector("[data-field='answer'] input[type='radio']"));
        new Select(w.find(By.id("q-knowledge"))).selectByValue("G1");
        new Select(w.find(By.id("q-difficulty"))).selectByValue("2");
        new Select(w.find(By.id("q-cognitive"))).selectByValue("AWARE");
        w.click(By.id("q-level-JUNIOR"));
        w.find(By.id("q-points")).sendKeys("1");
        w.screenshot("question-editor-table");
        w.click(By.id("save"));
        w.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-feedback"), "已保存"));

        long id = Long.parseLong(w.find(By.id("question-editor")).getAttribute("data-id"));
        assertThat(bank.get(id).content().stem())
                .isEqualTo("两种接入方式对比如下：\n<table><tbody><tr><td>方式</td><td>时延</td></tr>"
                        + "<tr><td>专线</td><td>低</td></tr><tr><td>拨号</td><td></td></tr></tbody></table>");

        w.get("/bank/questions/" + id);
        List<WebElement> rows = w.driver.findElements(By.cssSelector("#question .stem table tr"));
        assertThat(rows).extracting(WebElement::getText).containsExactly("方式 时延", "专线 低", "拨号");

        w.get("/bank/questions/" + id + "/edit");
        WebElement reloaded = editorOf(w, "stem");
        assertThat(reloaded.findElements(By.cssSelector("tr"))).hasSize(3);
        assertThat(reloaded.findElements(By.cssSelector("td"))).hasSize(6);
        assertThat(w.driver.findElements(By.cssSelector(".rich-editor[data-field='stem'] textarea:not([hidden])")))
                .as("a simple table is edited in the editor, not as HTML")
                .isEmpty();
    }

    private static WebElement editorOf(Window w, String field) {
        return w.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".rich-editor[data-field='" + field + "'] .ql-editor")));
    }

    private static WebElement tool(Window w, String name) {
        return w.find(By.cssSelector(".rich-editor[data-field='stem'] .ql-toolbar button.ql-" + name));
    }
}

package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionImages;
import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.Browsers;
import org.jianding.app.testsupport.Browsers.Window;
import org.jianding.app.testsupport.Demo;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.SingleChoice;
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
 * The question editor as an author uses it: formatting typed in the WYSIWYG fields, an image pasted into the stem
 * and one dropped into the explanation (both go through the bank's image upload), and what the bank then stores;
 * and a save with several mistakes, each shown beside its field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionEditorRichTextBrowserTests {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    QuestionBank bank;

    @Autowired
    QuestionImages images;

    @Test
    void anAuthorFormatsTextPastesAndDropsImagesAndTheBankKeepsCleanBankText() throws Exception {
        Window w = browsers.loggedIn(Demo.AUTHOR, Demo.PASSWORD);
        w.get("/bank/questions/new");
        WebElement stem = editorOf(w, "stem");

        Browser.click(w.driver, stem);
        stem.sendKeys("政企客户首选");
        stem.sendKeys(Keys.chord(Keys.CONTROL, "b"), "专线接入", Keys.chord(Keys.CONTROL, "b"), "，理由是：");
        paste(w, stem, png(0x3366cc), "image/png");
        w.until(d -> imagesIn(stem) == 1);
        stem.sendKeys(Keys.END, Keys.ENTER);
        Browser.click(w.driver, toolbarOf(w, "stem").findElement(By.cssSelector("button.ql-list[value='bullet']")));
        stem.sendKeys("带宽有保障", Keys.ENTER, "时延低");

        String[] options = {"光纤专线", "家庭宽带", "卫星", "拨号"};
        for (int i = 0; i < options.length; i++) {
            WebElement option = editorOf(w, "options[" + (i + 1) + "].text");
            Browser.click(w.driver, option);
            option.sendKeys(options[i]);
        }
        w.click(By.cssSelector("[data-field='answer'] input[type='radio']"));

        WebElement explanation = editorOf(w, "explanation");
        Browser.click(w.driver, explanation);
        explanation.sendKeys("见接入方式对比图：");
        drop(w, explanation, png(0x22aa55), "image/png");
        w.until(d -> imagesIn(explanation) == 1);

        new Select(w.find(By.id("q-knowledge"))).selectByValue("G1");
        new Select(w.find(By.id("q-difficulty"))).selectByValue("2");
        new Select(w.find(By.id("q-cognitive"))).selectByValue("AWARE");
        w.click(By.id("q-level-JUNIOR"));
        w.find(By.id("q-points")).sendKeys("1");
        w.screenshot("question-editor-rich-text");
        w.click(By.id("save"));
        w.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-feedback"), "已保存"));

        long id = Long.parseLong(w.find(By.id("question-editor")).getAttribute("data-id"));
        Question stored = bank.get(id).content();
        String imageUrl = "/bank/images/[0-9a-f]{64}";
        assertThat(stored.stem())
                .matches("政企客户首选<strong>专线接入</strong>，理由是：<img src=\"" + imageUrl + "\">\n"
                        + "<ul><li>带宽有保障</li><li>时延低</li></ul>");
        assertThat(stored.explanation()).matches("见接入方式对比图：<img src=\"" + imageUrl + "\">");
        assertThat(((SingleChoice) stored.body()).options())
                .extracting(o -> o.text())
                .containsExactly(options);
        for (String text : List.of(stored.stem(), stored.explanation())) {
            String sha = text.replaceAll("(?s).*<img src=\"/bank/images/([0-9a-f]{64})\">.*", "$1");
            assertThat(images.find(sha))
                    .as("the image is in the bank's store")
                    .hasValueSatisfying(image -> assertThat(image.mediaType()).isEqualTo("image/png"));
        }

        w.get("/bank/questions/" + id + "/edit");
        WebElement reloaded = editorOf(w, "stem");
        assertThat(reloaded.findElements(By.cssSelector("strong"))).hasSize(1);
        assertThat(reloaded.findElements(By.cssSelector("li"))).hasSize(2);
        assertThat(imagesIn(reloaded)).isEqualTo(1);
    }

    @Test
    void aSaveWithSeveralMistakesShowsEachBesideItsField() throws Exception {
        Window w = browsers.loggedIn(Demo.AUTHOR, Demo.PASSWORD);
        w.get("/bank/questions/new");
        WebElement first = editorOf(w, "options[1].text");
        Browser.click(w.driver, first);
        first.sendKeys("甲");
        new Select(w.find(By.id("q-knowledge"))).selectByValue("G1");
        w.find(By.id("q-points")).sendKeys("1");

        w.click(By.id("save"));
        w.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#editor-feedback .problems")));
        w.screenshot("question-editor-problems");

        assertThat(noteBeside(w, "stem")).isEqualTo("题干不能为空");
        assertThat(noteBeside(w, "options[2].text")).isEqualTo("选项B的内容不能为空");
        assertThat(noteBeside(w, "answer")).isEqualTo("单选题须给出一个答案");
        assertThat(noteBeside(w, "difficulty")).isEqualTo("缺少难度");
        assertThat(noteBeside(w, "cognitiveLevel")).isEqualTo("缺少认知层次（了解、熟悉或掌握）");
        assertThat(noteBeside(w, "levels")).isEqualTo("至少要标明一个适用级别");
        assertThat(w.driver.findElements(By.cssSelector("[data-field='explanation'].is-invalid")))
                .as("解析 is optional")
                .isEmpty();
    }

    @Test
    void rubricInputsCarryTheirOwnLabels() {
        Window w = browsers.loggedIn(Demo.AUTHOR, Demo.PASSWORD);
        w.get("/bank/questions/new");
        new Select(w.find(By.id("q-type"))).selectByValue("SHORT_ANSWER");
        w.click(By.xpath("//button[text()='添加评分要点']"));

        List<WebElement> inputs = w.driver.findElements(By.cssSelector(".rubric-row input"));
        assertThat(inputs).hasSize(4);
        assertThat(inputs)
                .extracting(input -> w.find(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                        .getText())
                .containsExactly("要点 1 分值", "要点 1 说明", "要点 2 分值", "要点 2 说明");
    }

    /** The editable area of the rich field whose problem path is {@code field}. */
    private static WebElement editorOf(Window w, String field) {
        return w.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".rich-editor[data-field='" + field + "'] .ql-editor")));
    }

    private static WebElement toolbarOf(Window w, String field) {
        return w.find(By.cssSelector(".rich-editor[data-field='" + field + "'] .ql-toolbar"));
    }

    private static int imagesIn(WebElement editor) {
        return (int) editor.findElements(By.cssSelector("img")).stream()
                .filter(img -> img.getAttribute("src").matches(".*/bank/images/[0-9a-f]{64}"))
                .count();
    }

    /** The problem note right after the field's element (or its input group). */
    private static String noteBeside(Window w, String field) {
        return (String) w.driver.executeScript("""
                const target = document.querySelector('[data-field="' + arguments[0] + '"]');
                if (!target.classList.contains('is-invalid')) { return 'not marked'; }
                const anchor = target.closest('.input-group') || target;
                const next = anchor.nextElementSibling;
                return next && next.classList.contains('problem-note') ? next.textContent : 'no note';
                """, field);
    }

    /** Pastes a file as the browser does for a screenshot on the clipboard. */
    private static void paste(Window w, WebElement editor, byte[] bytes, String type) {
        w.driver.executeScript("""
                const bytes = Uint8Array.from(atob(arguments[1]), c => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], 'pasted.png', { type: arguments[2] }));
                arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
                """, editor, Base64.getEncoder().encodeToString(bytes), type);
    }

    /** Drops a file at the end of the editor's text, as dragging it from the desktop does. */
    private static void drop(Window w, WebElement editor, byte[] bytes, String type) {
        w.driver.executeScript("""
                const bytes = Uint8Array.from(atob(arguments[1]), c => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], 'dropped.png', { type: arguments[2] }));
                const line = arguments[0].querySelector('p');
                const range = document.createRange();
                range.selectNodeContents(line);
                const box = range.getBoundingClientRect();
                arguments[0].dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true,
                  clientX: box.right - 1, clientY: box.top + box.height / 2 }));
                """, editor, Base64.getEncoder().encodeToString(bytes), type);
    }

    private static byte[] png(int rgb) throws Exception {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, rgb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

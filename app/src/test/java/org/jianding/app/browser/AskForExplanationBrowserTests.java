package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.audit.AuditQuery;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.questions.WorkflowAction;
import org.jianding.app.testsupport.Browsers;
import org.jianding.app.testsupport.Browsers.Window;
import org.jianding.app.testsupport.Demo;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.SingleChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A reviewer returns a question without 解析 to its author with one button and a confirmation that says what will
 * happen; the reason comes pre-filled; the author finds the question among their returned ones with that reason
 * (reviewer at a laptop's 1366×900, author on a phone's 390×844).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AskForExplanationBrowserTests {

    private static final String PASSWORD = "demo1234x";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    QuestionBank bank;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Test
    void aReviewerAsksForAnExplanationAndTheAuthorSeesTheQuestionReturnedWithTheReason() throws Exception {
        String no = "ae" + (System.nanoTime() % 1_000_000_000L);
        long author = accounts.createWithKnownPassword(
                        new UserDraft(
                                no,
                                "出题人" + no,
                                accounts.orgUnits().get(0).id(),
                                null,
                                Level.JUNIOR,
                                LocalDate.of(2020, 1, 1),
                                EnumSet.of(Role.AUTHOR)),
                        PASSWORD)
                .user()
                .id();
        long id = bank.create(question("无解析的题" + no), author, null).question().id();
        bank.act(id, WorkflowAction.SUBMIT, author, null);

        Window reviewer = browsers.loggedIn(Demo.AUTHOR, Demo.PASSWORD);
        reviewer.driver.manage().window().setSize(new Dimension(1366, 900));
        reviewer.get("/bank/questions/" + id + "?key=true");
        assertThat(reviewer.text(By.id("no-explanation"))).startsWith("本题没有解析");
        reviewer.click(By.id("ask-explanation-start"));

        String what = reviewer.text(By.id("ask-explanation-what"));
        assertThat(what).contains("退回作者（出题人" + no + "）").contains("被退回的题目");
        String reason = reviewer.find(By.id("ask-explanation-reason")).getAttribute("value");
        assertThat(reason).startsWith("请补充解析");
        assertThat(bank.get(id).status())
                .as("nothing happens before the confirmation")
                .isEqualTo(QuestionStatus.SUBMITTED);
        reviewer.screenshot("ask-explanation-confirm");
        reviewer.click(By.id("ask-explanation-confirm"));

        assertThat(reviewer.text(By.cssSelector(".alert-success"))).isEqualTo("已退回作者，请其补充解析。");
        assertThat(bank.get(id).status()).isEqualTo(QuestionStatus.DRAFT);
        assertThat(reviewer.driver.findElements(By.id("ask-explanation-start")))
                .as("a draft cannot be returned again")
                .isEmpty();

        Window me = browsers.loggedIn(no, PASSWORD);
        me.driver.manage().window().setSize(new Dimension(390, 844));
        me.get("/");
        By returned = By.cssSelector("#todo-AUTHOR li[data-todo='home.todo.author.returned'] a");
        assertThat(me.text(By.cssSelector("#todo-AUTHOR li[data-todo='home.todo.author.returned'] .todo-count")))
                .isEqualTo("1");
        me.click(returned);
        assertThat(me.driver.findElements(By.cssSelector("[data-question-id]")))
                .extracting(e -> e.getAttribute("data-question-id"))
                .containsExactly(String.valueOf(id));
        me.click(By.cssSelector("[data-question-id='" + id + "'] td.stem-cell a"));
        assertThat(me.text(By.id("return-reason"))).isEqualTo("审核人退回的原因：" + reason);
        Rectangle box = me.find(By.id("return-reason")).getRect();
        assertThat(box.getX() + box.getWidth())
                .as("the reason fits a phone's width")
                .isLessThanOrEqualTo(390);
        me.screenshot("ask-explanation-returned-phone");
        assertThat(audit.search(new AuditQuery(Demo.AUTHOR, "question.reject", "question", String.valueOf(id), 0, 5)))
                .as("audited as a return by the reviewer, with the reason")
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("请补充解析"));
    }

    private static Question question(String stem) {
        return new Question(
                stem + "，下列说法正确的是",
                new SingleChoice(
                        List.of(new Option("A", "甲"), new Option("B", "乙"), new Option("C", "丙"), new Option("D", "丁")),
                        "B"),
                BigDecimal.ONE,
                "",
                "P3",
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR),
                "");
    }
}

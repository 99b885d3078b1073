package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSheet;
import org.jianding.app.grading.Errata;
import org.jianding.app.grading.ErratumDraft;
import org.jianding.app.grading.ErratumKind;
import org.jianding.app.grading.ItemResult;
import org.jianding.app.grading.ResultView;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.Papers;
import org.jianding.app.testsupport.Browsers;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A candidate reads the derivation of their own released result on 我的成绩 in a real browser: the same area
 * scores, weights (renormalised, with the reason) and contributions as the officer's page, the standard score and
 * decision, what they typed in each blank and the accepted answer it matched, their wrong choice without the key
 * (the session does not show keys), and the erratum cited by its number on their paper. Nobody else's result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MyResultDerivationBrowserTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;

    @Test
    void candidateSeesTheOfficersDerivationOfTheirOwnResultWithoutKeys() throws Exception {
        ReleasedSessions fx = new ReleasedSessions(context);
        Attempts attempts = context.getBean(Attempts.class);
        Papers papers = context.getBean(Papers.class);
        Errata errata = context.getBean(Errata.class);
        UserAccount me = fx.candidate("钱多多");
        UserAccount other = fx.candidate("孙小美");
        ExamSession session = fx.exams.published(
                fx.exams.fixedPaperDraft("浏览器成绩推导 " + System.nanoTime() % 100000),
                List.of(me.id(), other.id()),
                fx.exams.hr());
        PaperContent paper = papers.content(session.paperId());
        PaperQuestion wrongSingle = paper.questions().stream()
                .filter(q -> q.content().type() == QuestionType.SINGLE_CHOICE)
                .findFirst()
                .orElseThrow();
        PaperQuestion blank = paper.questions().stream()
                .filter(q -> q.content().type() == QuestionType.FILL_BLANK)
                .findFirst()
                .orElseThrow();
        String key = ((SingleChoice) wrongSingle.content().body()).answer();
        String wrong = key.equals("A") ? "B" : "A";

        long attempt = attempts.start(session.id(), me.id(), "p");
        long seq = 0;
        for (ExamSheet.Question q : attempts.sheet(attempt, me.id(), "p").questions()) {
            PaperQuestion pq = paper.questions().stream()
                    .filter(x -> x.position() == q.position())
                    .findFirst()
                    .orElseThrow();
            if (pq.content().body() instanceof SingleChoice s) {
                String label = pq.position() == wrongSingle.position() ? wrong : s.answer();
                attempts.save(attempt, me.id(), "p", q.position(), ++seq, NODES.stringNode(label), false);
            } else if (pq.content().body() instanceof FillBlank f) {
                var texts = NODES.arrayNode();
                f.blanks().forEach(b -> texts.add(b.accepted().get(0)));
                attempts.save(attempt, me.id(), "p", q.position(), ++seq, texts, false);
            }
        }
        attempts.handIn(attempt, me.id());
        // options may be shuffled per attempt: the derivation names them by the letters this candidate saw
        var shown = attempts.shownOptions(attempt);
        String wrongShown = shown.letter(wrongSingle.position(), 0, wrong);
        String keyShown = shown.letter(wrongSingle.position(), 0, key);
        ResultView mine = fx.sittings.await(attempt);
        fx.sittings.sit(session.id(), other.id(), q -> false);

        // every question of the smallest weighted area is voided: that area is no longer on the paper
        Map<String, List<ItemResult>> byArea = mine.items().stream().collect(Collectors.groupingBy(ItemResult::area));
        String gone = mine.rule().rule().weights().keySet().stream()
                .filter(byArea::containsKey)
                .filter(a -> byArea.get(a).stream()
                        .noneMatch(i -> i.position() == blank.position() || i.position() == wrongSingle.position()))
                .min(Comparator.comparingInt(a -> byArea.get(a).size()))
                .orElseThrow();
        long officer =
                fx.exams.accounts.findByEmployeeNo("officer").orElseThrow().id();
        for (ItemResult i : byArea.get(gone)) {
            errata.apply(
                    session.id(), new ErratumDraft(i.questionId(), ErratumKind.VOID_REMOVED, null, "超出考纲"), officer);
        }
        fx.results.release(session.id());
        ResultView officers = fx.results.derivation(attempt);
        assertThat(officers.renormalised()).isTrue();

        Browsers.Window b = browsers.loggedIn(me.employeeNo(), ReleasedSessions.PASSWORD);
        b.get("/my/results");
        WebElement result = b.find(By.cssSelector("section.result[data-attempt='" + attempt + "']"));
        assertThat(result.findElement(By.cssSelector(".standard-score")).getText())
                .isEqualTo(officers.standardScore().toPlainString());
        assertThat(result.findElement(By.cssSelector(".decision")).getText())
                .isEqualTo(
                        officers.passed() ? "合格，认证级别 " + officers.rule().level().label() : "不合格");
        for (ResultView.AreaLine a : officers.areas()) {
            WebElement row = result.findElement(By.cssSelector("tr.area[data-area='" + a.area() + "']"));
            assertThat(cell(row, "c-earned")).isEqualTo(a.earned().toPlainString());
            assertThat(cell(row, "c-max")).isEqualTo(a.max().toPlainString());
            assertThat(cell(row, "c-score")).isEqualTo(a.scored() ? a.score().toPlainString() : "—");
            assertThat(cell(row, "c-weight")).isEqualTo(a.weight().toPlainString());
            assertThat(cell(row, "c-effective"))
                    .isEqualTo(
                            a.effectiveWeight() == null
                                    ? "—"
                                    : a.effectiveWeight().toPlainString());
            assertThat(cell(row, "c-contribution"))
                    .isEqualTo(a.contribution() == null ? "—" : a.contribution().toPlainString());
        }
        assertThat(result.findElement(By.cssSelector("tr.area[data-area='" + gone + "']"))
                        .getAttribute("data-standing"))
                .isEqualTo("NOT_ON_PAPER");
        assertThat(result.findElement(By.cssSelector(".left-out")).getText())
                .contains("本卷无此领域的题目（满分为0）", "按比例分摊给其余领域", "有效权重 = 权重 ÷ 有题领域的权重之和");

        String typed =
                ((FillBlank) blank.content().body()).blanks().get(0).accepted().get(0);
        assertThat(how(result, blank.position())).contains("空1：填「" + typed + "」，与可接受答案「" + typed + "」一致，对");
        assertThat(how(result, wrongSingle.position()))
                .startsWith("作答：" + wrongShown + "；得 0.00 / ")
                .doesNotContain("答案" + keyShown);
        List<String> cited = result.findElements(By.cssSelector(".errata li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(cited)
                .containsExactlyElementsOf(byArea.get(gone).stream()
                        .map(i -> "第" + i.position() + "题 · 作废，不计入满分 · 超出考纲")
                        .toList());
        assertThat(result.findElements(By.cssSelector(".key"))).isEmpty();
        String main = b.text(By.tagName("main"));
        assertThat(main)
                .doesNotContain("null")
                .doesNotContain(other.displayName())
                .doesNotContain(other.employeeNo());
        b.screenshot("my-result-derivation");
    }

    private static String cell(WebElement row, String cls) {
        return row.findElement(By.cssSelector("." + cls)).getText().strip();
    }

    private static String how(WebElement result, int position) {
        return result.findElement(By.cssSelector("tr.item[data-position='" + position + "'] .how"))
                .getText();
    }
}

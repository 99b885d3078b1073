package org.jianding.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.competency.AssessmentDraft;
import org.jianding.app.competency.Assessments;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.SessionDraft;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.questions.WorkflowAction;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.SingleChoice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workbench as each role reads it: what waits for them, each count linking to the page that lists exactly
 * those, and nothing of roles they do not hold.
 */
@WebTest
class WorkbenchPagesTests {

    private static final String PASSWORD = "demo1234x";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture exams;

    @Autowired
    Accounts accounts;

    @Autowired
    QuestionBank bank;

    @Autowired
    Assessments assessments;

    @Test
    void candidateSeesTheExamOpenNowAndTheOneComingAndNoOtherRole() throws Exception {
        long candidate = exams.candidate();
        ExamSession open = exams.published(exams.draft(unique("开放中")), List.of(candidate), exams.hr());
        ExamSession coming = exams.published(later(exams.draft(unique("下周考"))), List.of(candidate), exams.hr());

        Document home = page("/", login(candidate));

        Element openLine = line(home, "CANDIDATE", "home.todo.exam.open");
        assertThat(openLine.select(".todo-link").text()).isEqualTo("现在可以开考：" + open.title());
        assertThat(openLine.select("a").attr("href")).isEqualTo("/exam/sessions/" + open.id());
        assertThat(openLine.select(".todo-when").text()).startsWith("最晚").endsWith("开考");
        Element comingLine = line(home, "CANDIDATE", "home.todo.exam.upcoming");
        assertThat(comingLine.select(".todo-link").text()).isEqualTo("即将开考：" + coming.title());
        assertThat(comingLine.select(".todo-when").text()).endsWith("开放");
        assertThat(home.select("#todo-CANDIDATE li[data-todo=home.todo.results]"))
                .as("no result released yet")
                .isEmpty();
        assertThat(home.select("[data-role]").eachAttr("data-role")).containsExactly("CANDIDATE");
        assertThat(home.text()).doesNotContain("该角色的功能随相应模块上线后出现在这里");
    }

    @Test
    void authorSeesReturnedQuestionsAndDraftsAndEachCountOpensExactlyThoseQuestions() throws Exception {
        long author = user(EnumSet.of(Role.AUTHOR), null);
        long reviewer = user(EnumSet.of(Role.AUTHOR), null);
        long kept =
                bank.create(question(unique("草稿题")), author, null).question().id();
        long sentBack =
                bank.create(question(unique("退回题")), author, null).question().id();
        bank.act(sentBack, WorkflowAction.SUBMIT, author, null);
        bank.act(sentBack, WorkflowAction.REJECT, reviewer, "解析不完整");
        Cookie me = login(author);

        Document home = page("/", me);

        Element returned = line(home, "AUTHOR", "home.todo.author.returned");
        assertThat(returned.select(".todo-label").text()).isEqualTo("被退回待修改的试题");
        assertThat(returned.select(".todo-count").text()).isEqualTo("1");
        Document returnedList = page(returned.select("a").attr("href"), me);
        assertThat(returnedList.select("[data-question-id]").eachAttr("data-question-id"))
                .containsExactly(String.valueOf(sentBack));
        Element drafts = line(home, "AUTHOR", "home.todo.author.drafts");
        assertThat(drafts.select(".todo-count").text()).isEqualTo("2");
        assertThat(page(drafts.select("a").attr("href"), me)
                        .select("[data-question-id]")
                        .eachAttr("data-question-id"))
                .containsExactlyInAnyOrder(String.valueOf(kept), String.valueOf(sentBack));

        bank.act(sentBack, WorkflowAction.SUBMIT, author, null);
        Document after = page("/", me);
        assertThat(after.select("#todo-AUTHOR li[data-todo=home.todo.author.returned]"))
                .as("submitted again: no longer returned")
                .isEmpty();
        Element review = line(after, "AUTHOR", "home.todo.author.review");
        assertThat(review.select(".todo-label").text()).isEqualTo("待审核");
        int waiting = Integer.parseInt(review.select(".todo-count").text());
        assertThat(waiting).isEqualTo(bank.authorWork(author).awaitingReview()).isPositive();
        assertThat(page(review.select("a").attr("href"), me)
                        .select("nav .text-muted")
                        .text())
                .endsWith("共 " + waiting + " 条");
        assertThat(bank.get(sentBack).status()).isEqualTo(QuestionStatus.SUBMITTED);
    }

    @Test
    void examAdministratorSeesDraftSessionsAndASessionNobodyCanMark() throws Exception {
        long hr = user(EnumSet.of(Role.EXAM_ADMIN), null);
        ExamSession draft = exams.sessions.create(exams.draft(unique("草稿场次"), Level.INTERMEDIATE), hr);
        Cookie me = login(hr);

        Document home = page("/", me);

        Element drafts = line(home, "EXAM_ADMIN", "home.todo.admin.drafts");
        int count = Integer.parseInt(drafts.select(".todo-count").text());
        Document list = page(drafts.select("a").attr("href"), me);
        assertThat(list.select("#sessions tr[data-session]")).hasSize(count);
        assertThat(list.select("#sessions tr[data-session=" + draft.id() + "]")).hasSize(1);
        assertThat(list.select("#status-filter").text()).isEqualTo("草稿");
        Elements noGraders = home.select("#todo-EXAM_ADMIN li[data-todo=home.todo.admin.noGraders]");
        Element mine = noGraders.stream()
                .filter(li -> li.text().contains(draft.title()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + draft.title() + " in " + noGraders));
        assertThat(mine.select(".todo-link").text()).isEqualTo("主观题尚无阅卷人：" + draft.title());
        assertThat(mine.select("a").attr("href")).isEqualTo("/grading/sessions/" + draft.id() + "/setup");
    }

    @Test
    void assessorSeesThePeopleNotYetAssessedAndTheLinkListsThem() throws Exception {
        OrgUnit unit = accounts.createOrgUnit(unique("wb"), unique("工作台评估部"), null);
        long assessor = user(EnumSet.of(Role.ASSESSOR), unit);
        long done = user(EnumSet.of(Role.CANDIDATE), unit);
        long waiting = user(EnumSet.of(Role.CANDIDATE), unit);
        assessments.assess(
                assessor,
                done,
                new AssessmentDraft(Map.of("ACHIEVEMENT", "SENIOR"), Map.of("ACHIEVEMENT", "全年最难的续约。")));
        Cookie me = login(assessor);

        Element line = line(page("/", me), "ASSESSOR", "home.todo.assessor.people");

        assertThat(line.select(".todo-count").text()).isEqualTo("1");
        Document people = page(line.select("a").attr("href"), me);
        assertThat(people.select("#people tr[data-person]").eachAttr("data-person"))
                .containsExactly(String.valueOf(waiting));
        assertThat(people.select("#pending-filter").text()).isEqualTo("尚未评估");
    }

    @Test
    void aPersonWithTwoRolesSeesBothListsAndNothingWaitingIsSaid() throws Exception {
        long both =
                user(EnumSet.of(Role.GRADER, Role.ASSESSOR), accounts.createOrgUnit(unique("wb"), unique("空部门"), null));

        Document home = page("/", login(both));

        assertThat(home.select("[data-role]").eachAttr("data-role")).containsExactly("GRADER", "ASSESSOR");
        assertThat(home.select("#todo-none-GRADER").text()).isEqualTo("目前没有待办事项。");
        assertThat(home.select("#todo-none-ASSESSOR").text()).isEqualTo("目前没有待办事项。");
        assertThat(home.select(".todo")).isEmpty();
    }

    private Element line(Document home, String role, String key) {
        Elements found = home.select("#todo-" + role + " li[data-todo=" + key + "]");
        assertThat(found).as(key + " in the " + role + " list").hasSize(1);
        return found.first();
    }

    private Document page(String path, Cookie session) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Cookie login(long userId) throws Exception {
        return Logins.login(mvc, accounts.get(userId).employeeNo(), PASSWORD);
    }

    private long user(EnumSet<Role> roles, OrgUnit unit) {
        String no = unique("wb");
        var draft = new UserDraft(
                no,
                "工作台" + no,
                unit == null ? accounts.orgUnits().get(0).id() : unit.id(),
                exams.post().id(),
                Level.JUNIOR,
                LocalDate.of(2020, 1, 1),
                roles);
        return accounts.createWithKnownPassword(draft, PASSWORD).user().id();
    }

    private static SessionDraft later(SessionDraft d) {
        Instant opens = Instant.now().plus(Duration.ofDays(7));
        return new SessionDraft(
                d.title(),
                d.postId(),
                d.level(),
                d.paperId(),
                d.blueprintVersionId(),
                opens,
                opens.plus(Duration.ofHours(3)),
                d.durationMinutes(),
                d.lateEntryMinutes(),
                d.minMinutesBeforeHandIn(),
                d.attemptsAllowed(),
                d.shuffleQuestions(),
                d.shuffleOptions(),
                d.resultsRelease(),
                d.showKeysAfterRelease(),
                d.maxFocusLosses(),
                d.instructions());
    }

    private static Question question(String stem) {
        return new Question(
                stem + "，下列说法正确的是",
                new SingleChoice(
                        List.of(new Option("A", "甲"), new Option("B", "乙"), new Option("C", "丙"), new Option("D", "丁")),
                        "B"),
                BigDecimal.ONE,
                "因为乙正确。",
                "P3",
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR),
                "");
    }

    private static String unique(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000L) + SERIAL.incrementAndGet();
    }
}

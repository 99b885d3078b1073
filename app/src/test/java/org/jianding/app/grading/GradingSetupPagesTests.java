package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.QuestionType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The grading set-up of a session with one form per candidate: one line per section covering every form (not one
 * per distinct question), ticked boxes instead of a multi-select, and plain status words on the overview.
 */
@WebTest
@Import({ExamFixture.class, GradingFixture.class})
class GradingSetupPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    GradingFixture fixture;

    @Test
    void aGraderAssignedTheShortAnswerSectionMarksItOnEveryCandidatesForm() throws Exception {
        long first = fixture.exams.candidate();
        long second = fixture.exams.candidate();
        ExamSession session = fixture.session(List.of(first, second));
        assertThat(session.perCandidateForms()).isTrue();
        fixture.answerAndHandIn(session, first, "客户分级管理。");
        fixture.answerAndHandIn(session, second, "差异化服务。");
        OrgUnit elsewhere = fixture.unit("阅卷组", null);
        long grader = fixture.user("按题型", elsewhere.id(), Role.GRADER);
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        String setup = "/grading/sessions/" + session.id() + "/setup";

        Document page = page(setup, officer);
        List<String> areas = tree.nodes().stream()
                .filter(n -> n.parentId() == null && !n.retired())
                .map(n -> "知识领域“" + n.name() + "”的全部题（各考生卷）")
                .toList();
        assertThat(page.select("#assignments .assign-title").eachText())
                .as("everything, each section and each knowledge area, on every form")
                .startsWith("全部题目", "全部简答题（各考生卷）")
                .containsSubsequence(areas)
                .hasSize(2 + areas.size());
        long shortAnswers = GradingPlan.sectionKey(QuestionType.SHORT_ANSWER);
        assertThat(page.select("#assignments tr[data-question=" + shortAnswers
                        + "] input[type=checkbox][name=markers][value=" + grader + "]"))
                .as("each grader a box to tick")
                .hasSize(1);
        assertThat(page.select("select[multiple]")).isEmpty();

        mvc.perform(post("/grading/sessions/" + session.id() + "/assignments")
                        .cookie(officer)
                        .with(csrf())
                        .param("questionId", String.valueOf(shortAnswers))
                        .param("markers", String.valueOf(grader)))
                .andExpect(status().is3xxRedirection());

        assertThat(page(setup, officer)
                        .select("#assignments tr[data-question=" + shortAnswers + "] input[name=markers][value="
                                + grader + "]")
                        .attr("checked"))
                .isEqualTo("checked");
        Cookie me = Logins.login(mvc, fixture.exams.accounts.get(grader).employeeNo(), "demo1234x");
        Document work = page("/", me);
        assertThat(work.select("#todo-GRADER li[data-todo=home.todo.grader.mark] .todo-link")
                        .text())
                .isEqualTo("待阅卷：" + session.title() + " 2");
        Document queues = page("/grading?session=" + session.id(), me);
        assertThat(queues.select("#queues tbody tr").stream()
                        .mapToInt(tr -> Integer.parseInt(tr.select("td").get(3).text()))
                        .sum())
                .as("both candidates' short answers, whichever question each form drew")
                .isEqualTo(2);
        assertThat(page("/grading/overview", officer).select(".session-status").eachText())
                .contains("已发布")
                .doesNotContain("PUBLISHED");
    }

    @Test
    void aGraderAssignedAKnowledgeAreaMarksThatAreaOnEveryFormAndNothingElse() throws Exception {
        long first = fixture.exams.candidate();
        long second = fixture.exams.candidate();
        ExamSession session = fixture.session(List.of(first, second));
        fixture.answerAndHandIn(session, first, "客户分级管理。");
        fixture.answerAndHandIn(session, second, "差异化服务。");
        // the area of each question waiting for a grader, worked out here from the bank and the tree
        Map<Long, KnowledgeNode> byId = new HashMap<>();
        tree.nodes().forEach(n -> byId.put(n.id(), n));
        Map<Long, Long> areaOf = new HashMap<>();
        for (var line : progress.of(session.id()).questions()) {
            KnowledgeNode n = tree.byCode(bank.get(line.questionId()).content().knowledgePoint())
                    .orElseThrow();
            while (n.parentId() != null) {
                n = byId.get(n.parentId());
            }
            areaOf.put(line.questionId(), n.id());
        }
        long area = areaOf.values().iterator().next();
        long inArea = areaOf.values().stream().filter(a -> a == area).count();
        long otherArea = byId.values().stream()
                .filter(n -> n.parentId() == null && n.id() != area)
                .findFirst()
                .orElseThrow()
                .id();
        OrgUnit elsewhere = fixture.unit("阅卷组", null);
        long grader = fixture.user("按领域", elsewhere.id(), Role.GRADER);
        long bystander = fixture.user("别的领域", elsewhere.id(), Role.GRADER);
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        for (long[] line : new long[][] {{area, grader}, {otherArea, bystander}}) {
            mvc.perform(post("/grading/sessions/" + session.id() + "/assignments")
                            .cookie(officer)
                            .with(csrf())
                            .param("questionId", String.valueOf(GradingPlan.areaKey(line[0])))
                            .param("markers", String.valueOf(line[1])))
                    .andExpect(status().is3xxRedirection());
        }

        Cookie me = Logins.login(mvc, fixture.exams.accounts.get(grader).employeeNo(), "demo1234x");
        Document queues = page("/grading?session=" + session.id(), me);
        assertThat(queues.select("#queues tbody tr").size())
                .as("one queue per question of the area, whichever form it was on")
                .isEqualTo((int) inArea);
        Cookie other = Logins.login(mvc, fixture.exams.accounts.get(bystander).employeeNo(), "demo1234x");
        assertThat(page("/grading?session=" + session.id(), other).select("#queues tbody tr"))
                .as("nothing of another area")
                .hasSize((int)
                        areaOf.values().stream().filter(a -> a == otherArea).count());
        long someQuestion = areaOf.entrySet().stream()
                .filter(e -> e.getValue() == area)
                .findFirst()
                .orElseThrow()
                .getKey();
        mvc.perform(get("/api/grading/sessions/" + session.id() + "/questions/" + someQuestion + "/key")
                        .cookie(me))
                .andExpect(status().isOk());
        mvc.perform(get("/api/grading/sessions/" + session.id() + "/questions/" + someQuestion + "/key")
                        .cookie(other))
                .andExpect(status().isForbidden());
        mvc.perform(post("/grading/sessions/" + session.id() + "/assignments")
                        .cookie(officer)
                        .with(csrf())
                        .param("questionId", String.valueOf(GradingPlan.areaKey(Long.MAX_VALUE / 2)))
                        .param("markers", String.valueOf(grader)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("error"));
    }

    @Autowired
    KnowledgeTree tree;

    @Autowired
    GradingProgress progress;

    @Autowired
    QuestionBank bank;

    private Document page(String path, Cookie session) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}

package org.jianding.app.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
@Import(PeopleFixture.class)
class CompetencyPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleFixture people;

    @Autowired
    ValueRepository values;

    @Autowired
    CompetencyModels models;

    @Autowired
    JdbcTemplate jdbc;

    OrgUnit unit;
    OrgUnit subUnit;
    OrgUnit otherUnit;
    long assessor;
    long p1;
    long p2;
    long p3;

    @BeforeEach
    void people() {
        unit = people.unit("评估一部", null);
        subUnit = people.unit("评估一部下属", unit.id());
        otherUnit = people.unit("评估二部", null);
        assessor = people.assessor(unit);
        p1 = people.candidate(unit, "ZQKHJL", Level.JUNIOR);
        p2 = people.candidate(subUnit, "ZQXSJL", Level.INTERMEDIATE);
        p3 = people.candidate(otherUnit, "ZQKHJL", Level.JUNIOR);
    }

    @Test
    void assessorAssessesOnlyTheirUnitAndSubUnitsNeverThemselvesAndEveryBadInputIsNamed() throws Exception {
        Cookie a = login(assessor);
        String list = page(get("/competency/assess").cookie(a));
        assertThat(list).contains(people.employeeNo(p1), people.employeeNo(p2)).doesNotContain(people.employeeNo(p3));

        String outside = mvc.perform(get("/competency/people/" + p3 + "/assess").cookie(a))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(outside).select("#error-message").text()).isEqualTo("此人不在您的单位及下级单位中，不能评估。");
        mvc.perform(post("/competency/people/" + p3 + "/assess")
                        .cookie(a)
                        .with(csrf())
                        .param("level.ACHIEVEMENT", "SENIOR")
                        .param("evidence.ACHIEVEMENT", "越权"))
                .andExpect(status().isForbidden());
        String self = mvc.perform(
                        get("/competency/people/" + assessor + "/assess").cookie(a))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(self).select("#error-message").text()).isEqualTo("不能评估自己。");
        mvc.perform(post("/competency/people/" + assessor + "/assess")
                        .cookie(a)
                        .with(csrf())
                        .param("level.ACHIEVEMENT", "EXPERT")
                        .param("evidence.ACHIEVEMENT", "自评"))
                .andExpect(status().isForbidden());
        Cookie candidate = login(p1);
        mvc.perform(get("/competency/people/" + p2 + "/assess").cookie(candidate))
                .andExpect(status().isForbidden());
        mvc.perform(post("/competency/people/" + p2 + "/assess")
                        .cookie(candidate)
                        .with(csrf())
                        .param("level.ACHIEVEMENT", "EXPERT")
                        .param("evidence.ACHIEVEMENT", "考生"))
                .andExpect(status().isForbidden());

        // the form shows the four descriptions of every behavioural item side by side, no knowledge item
        Document form =
                Jsoup.parse(page(get("/competency/people/" + p2 + "/assess").cookie(a)));
        assertThat(form.select("fieldset[data-item]")).hasSize(14);
        assertThat(form.select("fieldset[data-item=ACHIEVEMENT] input[type=radio]"))
                .hasSize(4);
        assertThat(form.select("fieldset[data-item=ACHIEVEMENT]").text()).contains("追求更好的业绩，敢于接手有难度的任务。");
        assertThat(form.select("fieldset[data-item=GENERAL_KNOWLEDGE]")).isEmpty();

        // every problem at once, nothing stored
        String refused = mvc.perform(post("/competency/people/" + p2 + "/assess")
                        .cookie(a)
                        .with(csrf())
                        .param("level.ACHIEVEMENT", "SENIOR")
                        .param("evidence.ACHIEVEMENT", " ")
                        .param("level.MARKETING", "")
                        .param("evidence.MARKETING", "主动拜访了三家新客户")
                        .param("level.GENERAL_KNOWLEDGE", "EXPERT")
                        .param("evidence.GENERAL_KNOWLEDGE", "考得好")
                        .param("level.RETENTION", "MASTER")
                        .param("evidence.RETENTION", "做得好"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(refused).select("#problems li"))
                .extracting(Element::text)
                .containsExactlyInAnyOrder(
                        "成就导向：请填写评估依据。", "主动营销能力：填写了依据，请选择级别。", "通用基础知识 由考试成绩自动得出，不能手工评估。", "客户保持能力：级别“MASTER”无效。");
        assertThat(values.ofPerson(p2, Instant.now())).isEmpty();
        mvc.perform(post("/competency/people/" + p2 + "/assess").cookie(a).with(csrf()))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/competency/people/" + p2 + "/assess")
                        .cookie(a)
                        .with(csrf())
                        .param("level.ACHIEVEMENT", "SENIOR")
                        .param("evidence.ACHIEVEMENT", "连续两季度主动承接难度最大的项目并超额完成")
                        .param("level.MARKETING", "JUNIOR")
                        .param("evidence.MARKETING", "按计划拜访，尚未主动开拓"))
                .andExpect(redirectedUrl("/competency/people/" + p2));
        List<CompetencyValue> stored = values.ofPerson(p2, Instant.now());
        assertThat(stored).hasSize(2).allSatisfy(v -> {
            assertThat(v.source()).isEqualTo(ValueSource.ASSESSOR);
            assertThat(v.assessorId()).isEqualTo(assessor);
            assertThat(v.modelVersion()).isEqualTo(models.current().version());
            assertThat(v.sourceLabel()).isEqualTo(people.accounts.get(assessor).displayName());
        });
        assertThat(stored)
                .extracting(CompetencyValue::itemCode, CompetencyValue::level)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ACHIEVEMENT", Level.SENIOR),
                        org.assertj.core.groups.Tuple.tuple("MARKETING", Level.JUNIOR));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'competency.assessed' AND target_id = ?",
                        Integer.class,
                        String.valueOf(p2)))
                .isEqualTo(1);
    }

    @Test
    void recordShowsTableGapAndChartToOfficersHrAndAssessorsInScopeAndToThePersonOnly() throws Exception {
        CompetencyModel model = models.current();
        values.insert(CompetencyProfilesTests.assessed(
                p2,
                "ACHIEVEMENT",
                Level.SENIOR,
                "吴评估",
                model.version(),
                Instant.now().minusSeconds(60)));
        values.insert(CompetencyProfilesTests.assessed(
                p2,
                "MARKETING",
                Level.JUNIOR,
                "吴评估",
                model.version(),
                Instant.now().minusSeconds(60)));

        Document record = Jsoup.parse(page(get("/competency/people/" + p2).cookie(login(Demo.OFFICER))));
        assertThat(record.select("#items tbody tr")).hasSize(18);
        Element achievement = record.selectFirst("#items tr[data-item=ACHIEVEMENT]");
        Level achievementStandard = model.standard("ZQXSJL", Level.INTERMEDIATE, "ACHIEVEMENT");
        assertThat(achievementStandard).isEqualTo(Level.INTERMEDIATE);
        assertThat(achievement.select(".assessed").text()).isEqualTo("高级");
        assertThat(achievement.select(".standard").text()).isEqualTo("中级");
        assertThat(achievement.select(".gap").text()).isEqualTo("高 1 级");
        assertThat(achievement.select(".source").text()).contains("评估人：吴评估");
        Element marketing = record.selectFirst("#items tr[data-item=MARKETING]");
        assertThat(model.standard("ZQXSJL", Level.INTERMEDIATE, "MARKETING")).isEqualTo(Level.SENIOR);
        assertThat(marketing.select(".standard").text()).isEqualTo("高级");
        assertThat(marketing.select(".gap").text()).isEqualTo("低 2 级");
        assertThat(record.selectFirst("#items tr[data-item=COORDINATION] .assessed")
                        .text())
                .isEqualTo("未评估");
        assertThat(record.select("#standard-level").text()).contains("三级(中级)").contains("登记");
        Element svg = record.selectFirst("svg#radar");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("title").text())
                .contains(people.accounts.get(p2).displayName());
        assertThat(svg.select("text")).extracting(Element::text).contains("成就导向", "客户关系能力");
        assertThat(svg.selectFirst("#radar-assessed").attr("points").split(" ")).hasSize(18);
        assertThat(svg.selectFirst("#radar-standard").attr("points").split(" ")).hasSize(18);
        assertThat(record.select("#history tbody tr")).hasSize(2);
        assertThat(record.select("#no-certifications")).hasSize(1);

        page(get("/competency/people/" + p2).cookie(login(Demo.HR)));
        page(get("/competency/people/" + p2).cookie(login(assessor)));
        mvc.perform(get("/competency/people/" + p3).cookie(login(assessor))).andExpect(status().isForbidden());
        mvc.perform(get("/competency/people/" + p2).cookie(login(Demo.GRADER))).andExpect(status().isForbidden());

        Cookie own = login(p2);
        Document mine = Jsoup.parse(page(get("/my/competency").cookie(own)));
        assertThat(mine.selectFirst("#items tr[data-item=ACHIEVEMENT] .assessed")
                        .text())
                .isEqualTo("高级");
        assertThat(mine.select("#assess-link")).isEmpty();
        mvc.perform(get("/competency/people/" + p2).cookie(own)).andExpect(status().isForbidden());
        mvc.perform(get("/competency/people/" + p1).cookie(own)).andExpect(status().isForbidden());
    }

    @Test
    void unitViewCountsLevelsAndStandardsMetOverTheUnitAndItsSubUnits() throws Exception {
        CompetencyModel model = models.current();
        Instant before = Instant.now().minusSeconds(60);
        values.insert(CompetencyProfilesTests.assessed(p1, "ACHIEVEMENT", Level.JUNIOR, "甲", model.version(), before));
        values.insert(CompetencyProfilesTests.assessed(p2, "ACHIEVEMENT", Level.SENIOR, "甲", model.version(), before));
        values.insert(CompetencyProfilesTests.assessed(p3, "ACHIEVEMENT", Level.EXPERT, "乙", model.version(), before));
        values.insert(
                CompetencyProfilesTests.assessed(p2, "MARKETING", Level.INTERMEDIATE, "甲", model.version(), before));

        Document view = Jsoup.parse(page(get("/competency/units/" + unit.id())
                .param("item", "ACHIEVEMENT")
                .cookie(login(Demo.HR))));
        assertThat(view.select("#people-count").text()).contains("2");
        assertThat(view.select("#people tbody tr")).hasSize(2);
        assertThat(view.selectFirst("#people tr[data-person=" + p2 + "] .gap").text())
                .isEqualTo("高 1 级");
        assertThat(view.selectFirst("#people tr[data-person=" + p1 + "] .gap").text())
                .isEqualTo("达标");
        Element achievement = view.selectFirst("#distribution tr[data-item=ACHIEVEMENT]");
        assertThat(achievement.selectFirst("td[data-level=SENIOR]").text()).isEqualTo("1");
        assertThat(achievement.selectFirst("td[data-level=JUNIOR]").text()).isEqualTo("1");
        assertThat(achievement.selectFirst("td[data-level=EXPERT]").text())
                .as("p3 is in another unit")
                .isEqualTo("0");
        assertThat(achievement.selectFirst(".meeting").text()).isEqualTo("2");
        assertThat(achievement.selectFirst(".share").text()).isEqualTo("100.0%");
        Element marketing = view.selectFirst("#distribution tr[data-item=MARKETING]");
        assertThat(marketing.selectFirst("td[data-level=INTERMEDIATE]").text()).isEqualTo("1");
        assertThat(marketing.selectFirst(".none").text()).isEqualTo("1");
        assertThat(marketing.selectFirst(".meeting").text())
                .as("the sales post needs 高级 at 中级")
                .isEqualTo("0");
        assertThat(marketing.selectFirst(".share").text()).isEqualTo("0.0%");

        Document sub = Jsoup.parse(page(get("/competency/units/" + subUnit.id()).cookie(login(Demo.OFFICER))));
        assertThat(sub.select("#people tbody tr")).hasSize(1);
        mvc.perform(get("/competency/units/" + unit.id()).cookie(login(p1))).andExpect(status().isForbidden());
        mvc.perform(get("/competency/units/" + unit.id()).cookie(login(assessor)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoAssessorHasAssessedTheDemoCandidatesOfTheirUnit() throws Exception {
        Cookie a = login(Demo.ASSESSOR);
        String list = page(get("/competency/assess").cookie(a));
        assertThat(list).contains("cand01", "cand02").doesNotContain("cand03");
        long cand01 = people.accounts.findByEmployeeNo("cand01").orElseThrow().id();
        Document record = Jsoup.parse(page(get("/competency/people/" + cand01).cookie(a)));
        assertThat(record.selectFirst("#items tr[data-item=ACHIEVEMENT] .assessed")
                        .text())
                .isEqualTo("中级");
        assertThat(record.selectFirst("#items tr[data-item=ACHIEVEMENT] .source")
                        .text())
                .contains("吴评估");
        assertThat(record.select("#assess-link")).hasSize(1);
    }

    private Cookie login(long userId) throws Exception {
        return Logins.login(mvc, people.employeeNo(userId), PeopleFixture.PASSWORD);
    }

    private Cookie login(String employeeNo) throws Exception {
        return Logins.login(mvc, employeeNo, Demo.PASSWORD);
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

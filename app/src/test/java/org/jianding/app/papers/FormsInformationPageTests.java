package org.jianding.app.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.blueprints.InformationTargetSpec;
import org.jianding.app.questions.ItemPool;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.testsupport.CalibrationFixture;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The forms page (考生卷) of a blueprint with a test information target shows each form's information at every θ,
 * as worked out here from the parameters the test wrote for the questions on each form, and the range over forms.
 */
@WebTest
class FormsInformationPageTests {

    static final List<Double> THETAS = List.of(-0.5, 0.5);
    static final Level LEVEL = Level.SENIOR;

    @Autowired
    MockMvc mvc;

    @Autowired
    Blueprints blueprints;

    @Autowired
    Papers papers;

    @Autowired
    Accounts accounts;

    @Autowired
    ItemPool pool;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hrSeesEachFormsInformationAtTheAbilityPoints() throws Exception {
        long hr = accounts.findByEmployeeNo("hr").orElseThrow().id();
        Post post = blueprints.posts().get(1);
        BlueprintVersion original = blueprints.current(post.id(), LEVEL).orElseThrow();
        List<Long> eligible = pool.active().stream()
                .filter(i -> i.levels().contains(LEVEL))
                .map(PoolItem::questionId)
                .sorted()
                .toList();
        // every other eligible question calibrated: forms then also hold questions without parameters
        List<Long> half = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i += 2) {
            half.add(eligible.get(i));
        }
        var calibration = CalibrationFixture.keep(jdbc, "考生卷页信息量 " + System.nanoTime(), half);
        Map<Long, CalibrationFixture.Item> parameters = calibration.getValue();
        BlueprintVersion targeted = blueprints.save(
                post.id(),
                LEVEL,
                original.spec().withInformationTarget(new InformationTargetSpec(calibration.getKey(), THETAS, null)),
                "测验信息量（考生卷页测试）",
                hr);
        try {
            Cookie login = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
            var request = post("/papers/forms")
                    .cookie(login)
                    .with(csrf())
                    .param("blueprintVersionId", String.valueOf(targeted.id()))
                    .param("seed", "3");
            for (long c : candidates(post, 2)) {
                request.param("candidateIds", String.valueOf(c));
            }
            Document page = Jsoup.parse(mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());

            assertThat(page.select("#information thead th").eachText())
                    .containsExactly("考生", "试卷", "θ = -0.5", "θ = 0.5", "无参数题");
            List<Element> rows = page.select("#information tbody tr");
            assertThat(rows).hasSize(2);
            double[] low = {Double.MAX_VALUE, Double.MAX_VALUE};
            double[] high = {0, 0};
            for (Element row : rows) {
                PaperDetail paper = papers.get(Long.parseLong(row.attr("data-paper")));
                List<String> shown = row.select("td.information").eachText();
                int without = 0;
                for (int p = 0; p < THETAS.size(); p++) {
                    double sum = 0;
                    for (PaperQuestion q : paper.questions()) {
                        CalibrationFixture.Item item = parameters.get(q.questionId());
                        sum += item == null ? 0 : item.information(THETAS.get(p));
                    }
                    assertThat(shown.get(p)).isEqualTo(String.format(Locale.ROOT, "%.2f", sum));
                    low[p] = Math.min(low[p], sum);
                    high[p] = Math.max(high[p], sum);
                }
                for (PaperQuestion q : paper.questions()) {
                    without += parameters.containsKey(q.questionId()) ? 0 : 1;
                }
                assertThat(row.select("td").last().text()).isEqualTo(String.valueOf(without));
            }
            assertThat(page.select("#information-ranges li").eachText())
                    .containsExactly(
                            String.format(Locale.ROOT, "θ = -0.5：%.2f – %.2f", low[0], high[0]),
                            String.format(Locale.ROOT, "θ = 0.5：%.2f – %.2f", low[1], high[1]));
        } finally {
            blueprints.save(post.id(), LEVEL, original.spec(), "恢复（测试）", hr);
        }
    }

    private List<Long> candidates(Post post, int n) {
        long unit = accounts.orgUnits().get(0).id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String no = "fi" + (System.nanoTime() % 100_000_000L) + i;
            ids.add(accounts.createWithKnownPassword(
                            new UserDraft(
                                    no,
                                    "考生" + no,
                                    unit,
                                    post.id(),
                                    LEVEL,
                                    LocalDate.of(2020, 1, 1),
                                    EnumSet.of(Role.CANDIDATE)),
                            "demo1234x")
                    .user()
                    .id());
        }
        return ids;
    }
}

package org.jianding.app.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.FlashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 换题 on a paper whose blueprint has a test information target: the swap is made, and the paper page (in Chinese and
 * in English) and the JSON answer say the paper's information at the ability point after it, with a warning and the
 * shortfall when it fell below the target's minimum. The expected figures are worked out here from the parameters the
 * test wrote. The minimum is set just under what the engine reached on this bank without one, so the paper assembled
 * to it meets it and the swap that loses the most information does not.
 */
@WebTest
class PaperSwapInformationTests {

    static final Level LEVEL = Level.SENIOR;
    static final double THETA = 0.0;
    private static final Cookie ENGLISH = new Cookie("jianding-lang", "en");

    @Autowired
    MockMvc mvc;

    @Autowired
    Blueprints blueprints;

    @Autowired
    Papers papers;

    @Autowired
    PaperSwaps swaps;

    @Autowired
    Accounts accounts;

    @Autowired
    ItemPool pool;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSwapBelowTheMinimumIsMadeAndTheShortfallShown() throws Exception {
        long hr = accounts.findByEmployeeNo("hr").orElseThrow().id();
        Post post = blueprints.posts().get(1);
        BlueprintVersion original = blueprints.current(post.id(), LEVEL).orElseThrow();
        List<Long> eligible = pool.active().stream()
                .filter(i -> i.levels().contains(LEVEL))
                .map(PoolItem::questionId)
                .sorted()
                .toList();
        var calibration = CalibrationFixture.keep(jdbc, "换题信息量 " + System.nanoTime(), eligible);
        Map<Long, CalibrationFixture.Item> parameters = calibration.getValue();
        try {
            Cookie login = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
            BlueprintVersion open = blueprints.save(
                    post.id(),
                    LEVEL,
                    original.spec()
                            .withInformationTarget(
                                    new InformationTargetSpec(calibration.getKey(), List.of(THETA), null)),
                    "测验信息量（换题测试）",
                    hr);
            PaperDetail unbounded = papers.assemble(open.id(), 21L, hr);

            // without a minimum the page shows the information after the swap, and no warning
            Swap any = worstSwap(unbounded, parameters, information(unbounded, parameters));
            Document plain = page(swapOnPage(login, unbounded, any.position(), any.questionId()), unbounded, login);
            assertThat(plain.select("#swap-information.alert-info")).hasSize(1);
            assertThat(plain.select("#swap-information-warning")).isEmpty();
            double now = information(papers.get(unbounded.paper().id()), parameters);
            assertThat(plain.select("#swap-information li").text()).startsWith("θ = 0.0 处 " + twoPlaces(now) + "（换题前 ");

            // under what the engine reached, by more than its rounding (a thousandth per question, half each way)
            int n = unbounded.questions().size();
            double minimum = Math.floor((information(unbounded, parameters) - 0.0005 * n - 0.01) * 100) / 100;
            BlueprintVersion bounded = blueprints.save(
                    post.id(),
                    LEVEL,
                    original.spec()
                            .withInformationTarget(
                                    new InformationTargetSpec(calibration.getKey(), List.of(THETA), minimum)),
                    "测验信息量下限（换题测试）",
                    hr);
            PaperDetail paper = papers.assemble(bounded.id(), 21L, hr);
            int m = paper.questions().size();
            double before = information(paper, parameters);
            assertThat(before).isGreaterThanOrEqualTo(minimum - 0.0005 * m);

            Swap worst = worstSwap(paper, parameters, before);
            assertThat(worst.after())
                    .as("a swap that loses enough information exists on this bank")
                    .isLessThan(minimum - 0.0005 * m);
            long replaced = paper.questions().get(worst.position() - 1).questionId();

            // the page of replacements says, before HR chooses, which would leave the paper below the minimum
            Document choices =
                    Jsoup.parse(mvc.perform(get("/papers/" + paper.paper().id() + "/swap/" + worst.position())
                                    .cookie(login))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            var row = choices.select("#options tr:has(input[name=questionId][value=" + worst.questionId() + "])");
            assertThat(row.select("td.information").text())
                    .isEqualTo("换后最弱能力点信息量 " + twoPlaces(worst.after()) + " 低于信息量下限");

            FlashMap flash = swapOnPage(login, paper, worst.position(), worst.questionId());
            // the swap is made all the same: HR decides
            assertThat(papers.get(paper.paper().id())
                            .questions()
                            .get(worst.position() - 1)
                            .questionId())
                    .isEqualTo(worst.questionId());
            double after = information(papers.get(paper.paper().id()), parameters);
            assertThat(after).isCloseTo(worst.after(), within(1e-9));
            String min = BigDecimal.valueOf(minimum).stripTrailingZeros().toPlainString();

            Document chinese = page(flash, paper, login);
            assertThat(chinese.select("#swap-information.alert-warning")).hasSize(1);
            assertThat(chinese.select("#swap-information-warning").text())
                    .isEqualTo("注意：换题后本卷不再满足比重表的测验信息量目标（每个能力点至少 " + min + "）。换题已保存；如要满足目标，可再换一道题或重新组卷。");
            assertThat(chinese.select("#swap-information li").text())
                    .isEqualTo("θ = 0.0 处信息量 " + twoPlaces(after) + "，比下限少 " + twoPlaces(minimum - after) + "（换题前 "
                            + twoPlaces(before) + "）。");
            // over JSON: the question back meets the target again; swapped out once more, the English warning
            JsonNode back = swapOverApi(login, paper, worst.position(), replaced, Locale.ENGLISH);
            assertThat(back.get("information").get("met").asBoolean()).isTrue();
            assertThat(back.get("information").get("warning").isNull()).isTrue();
            assertThat(back.get("information").get("points").get(0).get("after").asDouble())
                    .isCloseTo(before, within(1e-9));
            JsonNode again = swapOverApi(login, paper, worst.position(), worst.questionId(), Locale.ENGLISH);
            JsonNode information = again.get("information");
            assertThat(information.get("met").asBoolean()).isFalse();
            assertThat(information.get("minimum").asDouble()).isEqualTo(minimum);
            JsonNode point = information.get("points").get(0);
            assertThat(point.get("theta").asDouble()).isEqualTo(THETA);
            assertThat(point.get("before").asDouble()).isCloseTo(before, within(1e-9));
            assertThat(point.get("after").asDouble()).isCloseTo(after, within(1e-9));
            assertThat(point.get("shortBy").asDouble()).isCloseTo(minimum - after, within(1e-9));
            assertThat(information.get("warning").asString())
                    .startsWith("Note: after this swap the paper no longer meets")
                    .endsWith("At θ = 0.0 the information is " + twoPlaces(after) + ", "
                            + twoPlaces(minimum - after) + " below the minimum (before the swap: "
                            + twoPlaces(before) + ").");
            // the page in English (a flash is read once: the question back and out again, then the page)
            swapOverApi(login, paper, worst.position(), replaced, Locale.SIMPLIFIED_CHINESE);
            Document english =
                    page(swapOnPage(login, paper, worst.position(), worst.questionId()), paper, login, ENGLISH);
            assertThat(english.select("#swap-information-warning").text())
                    .isEqualTo("Note: after this swap the paper no longer meets the blueprint's test information target"
                            + " (at least " + min + " at each ability point). The swap has been saved; to meet the"
                            + " target again, swap another question or assemble the paper anew.");
            assertThat(english.select("#swap-information li").text())
                    .isEqualTo("At θ = 0.0 the information is " + twoPlaces(after) + ", "
                            + twoPlaces(minimum - after) + " below the minimum (before the swap: "
                            + twoPlaces(before) + ").");
        } finally {
            blueprints.save(post.id(), LEVEL, original.spec(), "恢复（测试）", hr);
        }
    }

    record Swap(int position, long questionId, double after) {}

    /** Of the offered replacements at every position, the one that leaves the paper the least information. */
    private Swap worstSwap(PaperDetail paper, Map<Long, CalibrationFixture.Item> parameters, double before) {
        Swap worst = null;
        for (PaperQuestion q : paper.questions()) {
            double lost = parameters.get(q.questionId()).information(THETA);
            for (SwapOption option : swaps.options(paper.paper().id(), q.position())) {
                double after =
                        before - lost + parameters.get(option.questionId()).information(THETA);
                if (worst == null || after < worst.after()) {
                    worst = new Swap(q.position(), option.questionId(), after);
                }
            }
        }
        return worst;
    }

    private FlashMap swapOnPage(Cookie login, PaperDetail paper, int position, Long questionId) throws Exception {
        var request = post("/papers/" + paper.paper().id() + "/swap/" + position)
                .cookie(login)
                .with(csrf());
        if (questionId != null) {
            request.param("questionId", String.valueOf(questionId));
        }
        return mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();
    }

    private Document page(FlashMap flash, PaperDetail paper, Cookie... cookies) throws Exception {
        return Jsoup.parse(
                mvc.perform(get("/papers/" + paper.paper().id()).cookie(cookies).flashAttrs(flash))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private JsonNode swapOverApi(Cookie login, PaperDetail paper, int position, long questionId, Locale reader)
            throws Exception {
        return json.readTree(mvc.perform(post("/api/papers/" + paper.paper().id() + "/positions/" + position + "/swap")
                        .cookie(login)
                        .with(csrf())
                        .header("Accept-Language", reader.toLanguageTag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"questionId\":" + questionId + "}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The paper's information at THETA from the parameters the test wrote. */
    private static double information(PaperDetail paper, Map<Long, CalibrationFixture.Item> parameters) {
        double sum = 0;
        for (PaperQuestion q : paper.questions()) {
            CalibrationFixture.Item item = parameters.get(q.questionId());
            sum += item == null ? 0 : item.information(THETA);
        }
        return sum;
    }

    private static String twoPlaces(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }
}

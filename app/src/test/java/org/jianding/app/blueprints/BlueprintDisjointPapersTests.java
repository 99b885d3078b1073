package org.jianding.app.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Post;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The version page's count of fully disjoint papers and its warning: a blueprint that takes every eligible question
 * of a type can be assembled once, and the page says the next paper will share questions; one that takes under half
 * of them gives at least two papers without a warning. (The bank that cannot assemble at all: see
 * BlueprintSaveConfirmationTests.)
 */
@WebTest
class BlueprintDisjointPapersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Blueprints blueprints;

    @Autowired
    BlueprintFeedback feedback;

    @Autowired
    MessageSource messages;

    @Test
    void oneDisjointPaperIsWarnedOfAndTwoOrMoreAreNot() throws Exception {
        Post post = blueprints.posts().stream()
                .filter(p -> p.name().equals("VIP客户服务经理"))
                .findFirst()
                .orElseThrow();
        Level level = Level.EXPERT;
        BlueprintVersion before = blueprints.current(post.id(), level).orElseThrow();
        // the type with the fewest eligible questions, at least four, keeps the papers small
        Map<QuestionType, Integer> eligible = Arrays.stream(QuestionType.values())
                .collect(Collectors.toMap(
                        Function.identity(),
                        t -> feedback.check(level, spec(t, 1)).sections().get(0).eligible()));
        QuestionType type = eligible.entrySet().stream()
                .filter(e -> e.getValue() >= 4)
                .min(Comparator.comparing(Map.Entry::getValue))
                .orElseThrow()
                .getKey();
        int available = eligible.get(type);
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        try {
            // every eligible question of the type: one paper, and any other shares its questions
            BlueprintSpec all = spec(type, available);
            assertThat(feedback.check(level, all).feasible()).isTrue();
            BlueprintVersion saved = blueprints.save(post.id(), level, all, "全部", before.createdById());
            Document one = versionPage(hr, saved);
            assertThat(one.select("#health .alert-danger")).isEmpty();
            assertThat(one.select("#disjoint").text()).isEqualTo("1");
            assertThat(one.select("#no-disjoint")).isEmpty();
            assertThat(one.select("#one-disjoint").text())
                    .isEqualTo("能组出试卷，但按贪心估计题库不够组出两份完全不重复的试卷：再组的试卷很可能与已组的试卷共用试题。" + "需要 A/B 卷、补考卷或每位考生各不相同的试卷时，请补充试题。");

            // the type is a thin cell (the bank holds under twice what a paper needs), named in the reader's words
            assertThat(one.select("#thin tbody tr").first().select("td").eachText())
                    .containsExactly(type.chineseName() + "题", available + " 题", available + " 题");
            Document english = versionPage(hr, saved, new Cookie("jianding-lang", "en"));
            assertThat(english.select("#thin tbody tr").first().select("td").eachText())
                    .containsExactly(
                            messages.getMessage("questionType." + type.name(), null, Locale.ENGLISH) + " questions",
                            available + " questions",
                            available + " questions");
            assertThat(english.select("#thin").text()).doesNotContainPattern("\\p{IsHan}");

            // half of them: two papers at least, nothing to warn of
            BlueprintSpec half = spec(type, available / 2);
            Document two = versionPage(hr, blueprints.save(post.id(), level, half, "一半", before.createdById()));
            assertThat(two.select("#health .alert-danger")).isEmpty();
            assertThat(Integer.parseInt(two.select("#disjoint").text().replace("+", "")))
                    .isGreaterThanOrEqualTo(2);
            assertThat(two.select("#no-disjoint, #one-disjoint")).isEmpty();
        } finally {
            // the rest of the suite uses this post and level's blueprint as it was
            blueprints.save(post.id(), level, before.spec(), "恢复", before.createdById());
        }
    }

    private static BlueprintSpec spec(QuestionType type, int count) {
        return new BlueprintSpec(count * 2, 90, count, List.of(new SectionSpec(type, count, 2)), List.of());
    }

    private Document versionPage(Cookie hr, BlueprintVersion version, Cookie... more) throws Exception {
        Cookie[] cookies = java.util.stream.Stream.concat(java.util.stream.Stream.of(hr), Arrays.stream(more))
                .toArray(Cookie[]::new);
        return Jsoup.parse(
                mvc.perform(get("/blueprints/versions/" + version.id()).cookie(cookies))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }
}

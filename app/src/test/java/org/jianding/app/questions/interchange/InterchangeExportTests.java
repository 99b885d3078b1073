package org.jianding.app.questions.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.questions.interchange.ForeignImportTests.upload;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.questions.QuestionBatches;
import org.jianding.app.questions.QuestionImages;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The bank goes out as Moodle XML, QTI 3.0 and Word, and comes back in as the same questions, per type. */
@WebTest
class InterchangeExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBatches batches;

    @Autowired
    QuestionImages images;

    @Autowired
    Accounts accounts;

    static Question question(String stem, QuestionBody body, String points) {
        return new Question(
                stem,
                body,
                new BigDecimal(points),
                "导出往返解析：" + stem,
                "G3",
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.AWARE,
                EnumSet.of(Level.INTERMEDIATE),
                "");
    }

    private List<Question> everyType(String tag, String image) {
        List<Option> options = List.of(
                Option.of("A", tag + "固定电话"), Option.of("B", "宽带"), Option.of("C", "IPTV"), Option.of("D", "专线"));
        return List.of(
                question(
                        "<p>" + tag + "看图判断设备：<img src=\"" + image + "\" alt=\"\"></p>",
                        new SingleChoice(options, "B"),
                        "1"),
                question(tag + "以下哪些属于固网业务？", new MultipleChoice(options, List.of("A", "B")), "2"),
                question(tag + "光猫属于接入设备。", TrueFalse.right(), "1"),
                question(
                        tag + "5G 峰值速率____Gbps，英文缩写____。",
                        new FillBlank(List.of(
                                new Blank(List.of("20"), BlankMatching.DEFAULT.withTolerance("0.5")),
                                new Blank(List.of("eMBB"), BlankMatching.DEFAULT.caseSensitive()))),
                        "2"),
                question(
                        tag + "简述拜访前的准备。",
                        new ShortAnswer(
                                "了解客户；明确目标。", List.of(RubricPoint.of("3", "了解客户"), RubricPoint.of("2", "明确目标"))),
                        "5"));
    }

    private List<Question> reimported(String format, List<Long> ids) throws Exception {
        byte[] file = mvc.perform(get("/api/questions/export/" + format)
                        .param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String json = mvc.perform(upload("/api/questions/import", "export." + format, file)
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Integer> back = JsonPath.read(json, "$.ids");
        return batches.contents(back.stream().map(Integer::longValue).toList());
    }

    /** Saves the questions as drafts of the demo author, as the editor would, outside any request. */
    private List<Long> drafts(List<Question> questions, long author) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                Demo.AUTHOR,
                null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_AUTHOR"))));
        try {
            return batches.createDrafts(questions, author, "test");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private String image(long author) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                Demo.AUTHOR,
                null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_AUTHOR"))));
        try {
            return images.store(WordFiles.PNG, author);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void moodleAndQtiExportsImportBackAsTheSameQuestionsWithImages() throws Exception {
        long author = accounts.findByEmployeeNo(Demo.AUTHOR).orElseThrow().id();
        String image = image(author);
        List<Long> ids = drafts(everyType("往返甲", image), author);
        List<Question> originals = batches.contents(ids);

        for (String format : List.of("moodle", "qti")) {
            List<Question> back = reimported(format, ids);
            for (int i = 0; i < originals.size(); i++) {
                assertThat(back.get(i))
                        .as(format + " " + originals.get(i).type())
                        .isEqualTo(originals.get(i));
            }
            assertThat(back).hasSameSizeAs(originals);
        }
    }

    @Test
    void wordExportImportsBackAsTheSameQuestionsKeepingTheImage() throws Exception {
        long author = accounts.findByEmployeeNo(Demo.AUTHOR).orElseThrow().id();
        String image = image(author);
        List<Long> ids = drafts(everyType("往返乙", image), author);
        List<Question> originals = batches.contents(ids);

        List<Question> back = reimported("docx", ids);
        assertThat(back.get(0).stem()).contains("看图判断设备").contains("src=\"" + image + "\"");
        assertThat(back.get(0).body()).isEqualTo(originals.get(0).body());
        assertThat(back.subList(1, back.size())).isEqualTo(originals.subList(1, originals.size()));
    }

    @Test
    void candidatesCannotExportAndUnknownFormatsAreRefused() throws Exception {
        mvc.perform(get("/api/questions/export/moodle").with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/questions/export/pdf").with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/questions/export/qti").with(httpBasic(Demo.HR, Demo.PASSWORD)))
                .andExpect(status().isOk());
    }
}

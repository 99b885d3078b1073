package org.jianding.app.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.blueprints.SectionSpec;
import org.jianding.app.printing.ChineseNumerals;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The printed paper and its answer key, downloaded as PDFs and read back as text. */
@WebTest
class PaperPdfDownloadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Blueprints blueprints;

    @Autowired
    Papers papers;

    Cookie hr;
    BlueprintVersion blueprint;
    long paperId;

    @BeforeEach
    void assemblePaper() throws Exception {
        hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        var post = blueprints.posts().get(0);
        blueprint = blueprints.current(post.id(), Level.JUNIOR).orElseThrow();
        String body = mvc.perform(post("/api/papers")
                        .cookie(hr)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"blueprintVersionId\":" + blueprint.id() + ",\"seed\":11}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        paperId = json.readTree(body).get("id").asLong();
    }

    @Test
    void candidatePaperHasStemsAndSectionHeadingsButNoKeys() throws Exception {
        PaperQuestion first = papers.get(paperId).questions().get(0);

        String text = text(download("/papers/" + paperId + "/paper.pdf"));

        assertThat(text)
                .contains(compact(blueprint.postName() + " " + blueprint.level().label() + " 认证考试"))
                .contains("考试时长：" + blueprint.spec().durationMinutes() + "分钟")
                .contains("及格分：" + blueprint.spec().passMark() + "分")
                .contains("考试须知")
                .contains(compact(first.content().stem()))
                .doesNotContain("【答案】")
                .doesNotContain("解析")
                .doesNotContain(compact(first.content().explanation()));
        headings().forEach(heading -> assertThat(text).contains(heading));
    }

    @Test
    void answerKeyHasKeysExplanationsAndSectionHeadings() throws Exception {
        List<PaperQuestion> questions = papers.get(paperId).questions();

        String text = text(download("/papers/" + paperId + "/key.pdf"));

        assertThat(text).contains("答案及评分标准").contains("【答案】").contains("【解析】");
        questions.stream()
                .filter(q -> !q.content().explanation().isEmpty())
                .limit(5)
                .forEach(q -> assertThat(text).contains(compact(q.content().explanation())));
        headings().forEach(heading -> assertThat(text).contains(heading));
    }

    @Test
    void namesDownloadsInChineseWithAnAsciiFallback() throws Exception {
        String disposition = mvc.perform(get("/papers/" + paperId + "/key.pdf").cookie(hr))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getHeader("Content-Disposition");

        assertThat(disposition).startsWith("attachment; filename=\"paper-" + paperId + "-key.pdf\"; filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
        assertThat(encoded).matches("[A-Za-z0-9%!#$&+.^_`|~-]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8))
                .isEqualTo(
                        compact(blueprint.postName()) + blueprint.level().label() + "认证考试-答案及评分标准-" + paperId + ".pdf");
    }

    @Test
    void jsonApiServesTheSamePdfs() throws Exception {
        assertThat(text(download("/api/papers/" + paperId + "/paper.pdf"))).doesNotContain("【答案】");
        assertThat(text(download("/api/papers/" + paperId + "/key.pdf"))).contains("【答案】");
    }

    @Test
    void paperPagesOfferBothDownloads() throws Exception {
        mvc.perform(get("/papers/" + paperId).cookie(hr))
                .andExpect(content().string(containsString("/papers/" + paperId + "/paper.pdf")))
                .andExpect(content().string(containsString("/papers/" + paperId + "/key.pdf")))
                .andExpect(content().string(containsString("下载试卷 PDF")))
                .andExpect(content().string(containsString("下载答案 PDF")));
        mvc.perform(get("/papers/" + paperId + "/preview").cookie(hr).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Download paper (PDF)")));
    }

    @Test
    void candidatesAndAuthorsAreRefusedBothPdfs() throws Exception {
        for (String user : List.of(Demo.CANDIDATE, Demo.AUTHOR)) {
            Cookie session = Logins.login(mvc, user, Demo.PASSWORD);
            for (String path : List.of(
                    "/papers/" + paperId + "/paper.pdf",
                    "/papers/" + paperId + "/key.pdf",
                    "/api/papers/" + paperId + "/paper.pdf",
                    "/api/papers/" + paperId + "/key.pdf")) {
                mvc.perform(get(path).cookie(session)).andExpect(status().isForbidden());
            }
        }
    }

    private byte[] download(String path) throws Exception {
        return mvc.perform(get(path).cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** 一、单项选择题（共20题，每题1分，共20分） for each section of the blueprint, as read back without spaces. */
    private List<String> headings() {
        List<SectionSpec> sections =
                blueprint.spec().sections().stream().filter(s -> s.count() > 0).toList();
        return java.util.stream.IntStream.range(0, sections.size())
                .mapToObj(i -> {
                    SectionSpec s = sections.get(i);
                    return ChineseNumerals.of(i + 1) + "、" + sectionName(s) + "（共" + s.count() + "题，每题" + s.pointsEach()
                            + "分，共" + s.count() * s.pointsEach() + "分）";
                })
                .toList();
    }

    private static String sectionName(SectionSpec section) {
        return switch (section.type()) {
            case SINGLE_CHOICE -> "单项选择题";
            case MULTIPLE_CHOICE -> "多项选择题";
            case TRUE_FALSE -> "判断题";
            case FILL_BLANK -> "填空题";
            case SHORT_ANSWER -> "简答题";
            case CASE_ANALYSIS -> "案例分析题";
        };
    }

    /** The text of all pages without whitespace, so that line wrapping does not matter. */
    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(compact(extractor.getTextFromPage(page)));
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static String compact(String text) {
        return text.replaceAll("<[^>]*>", "").replaceAll("[\\s\\p{Z}]+", "");
    }
}

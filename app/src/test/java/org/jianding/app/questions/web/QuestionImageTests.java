package org.jianding.app.questions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class QuestionImageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void refusesAFileThatIsNotAnImageWhateverItClaims() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/bank/images")
                        .file(new MockMultipartFile("file", "x.png", "image/png", svg))
                        .cookie(author)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("只接受 PNG、JPEG 或 GIF 图片。"));
    }

    @Test
    void refusesAnImageOverTwoMegabytes() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        byte[] png = ImageBytes.png();
        byte[] big = java.util.Arrays.copyOf(png, 2 * 1024 * 1024 + 1);
        mvc.perform(multipart("/bank/images")
                        .file(new MockMultipartFile("file", "big.png", "image/png", big))
                        .cookie(author)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("图片不能超过 2 MB。"));
    }

    @Test
    void servesAnUploadedPngBackByItsHash() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        byte[] png = ImageBytes.png();
        String body = mvc.perform(multipart("/bank/images")
                        .file(new MockMultipartFile("file", "chart.bin", "application/octet-stream", png))
                        .cookie(author)
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String url = QuestionFixtures.JSON.readTree(body).get("url").asText();
        assertThat(url).matches("/bank/images/[0-9a-f]{64}");

        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        mvc.perform(get(url).cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(png));
    }

    @Test
    void keepsAnUploadedImageInAStemAndDropsAForeignOne() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        String url = QuestionFixtures.JSON
                .readTree(mvc.perform(multipart("/bank/images")
                                .file(new MockMultipartFile("file", "a.png", "image/png", ImageBytes.png()))
                                .cookie(author)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("url")
                .asText();
        String stem = "看图回答：<img src=\\\"" + url + "\\\" alt=\\\"\\\"><img src=\\\"https://evil.example/x.png\\\">";
        long id = QuestionFixtures.create(mvc, author, QuestionFixtures.singleChoice(stem))
                .get("question")
                .get("id")
                .asLong();
        String page = mvc.perform(get("/bank/questions/" + id).cookie(author))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<img src=\"" + url + "\"").doesNotContain("evil.example");
    }
}

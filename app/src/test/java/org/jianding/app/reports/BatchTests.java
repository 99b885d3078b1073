package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Batches: every document of a session printed in the background into one ZIP, reprinted identically, a document that cannot be printed listed while the others print. */
class BatchTests extends ReleasedSessionTestSupport {

    @Test
    void aBatchZipsOneFilePerDocumentAndReprintsTheSameContent() throws Exception {
        Released r = released("批量打包");
        Cookie officer = officer();
        Map<String, String> first = zipTexts(runBatch(r.session().id(), officer), officer);
        Map<String, String> second = zipTexts(runBatch(r.session().id(), officer), officer);

        String passer = r.passer().employeeNo() + "_" + r.passer().displayName();
        String failer = r.failer().employeeNo() + "_" + r.failer().displayName();
        assertThat(first.keySet())
                .containsExactlyInAnyOrder(passer + "_成绩报告单.pdf", passer + "_证书.pdf", failer + "_成绩报告单.pdf");
        assertThat(first.get(passer + "_成绩报告单.pdf"))
                .contains(r.pass().standardScore().toPlainString());
        assertThat(second).isEqualTo(first); // generation time masked
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'reports.batch.started' AND target_id = ?",
                        Integer.class,
                        String.valueOf(r.session().id())))
                .isEqualTo(2);
    }

    @Test
    void aBatchListsADocumentItCannotPrintAndPrintsTheOthers() throws Exception {
        Released r = released("批量失败");
        Cookie officer = officer();
        Credential lost = reportOf(r.fail().attemptId());
        fixture.jdbc.update(
                "UPDATE exam_result SET released_at = NULL WHERE attempt_id = ?",
                r.fail().attemptId());

        mvc.perform(post("/reports/sessions/" + r.session().id() + "/batch")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "reports.batch.started"));
        long batch = fixture.jdbc.queryForObject(
                "SELECT MAX(id) FROM credential_batch WHERE session_id = ?",
                Long.class,
                r.session().id());
        JsonNode p = awaitBatch(batch, officer);
        assertThat(p.get("status").asText()).isEqualTo("DONE");
        assertThat(p.get("done").asInt()).isEqualTo(2);
        assertThat(p.get("failed").asInt()).isEqualTo(1);
        assertThat(p.get("problems").get(0).asText())
                .contains(r.failer().employeeNo() + "_" + r.failer().displayName() + "_成绩报告单.pdf")
                .contains(lost.serial())
                .contains("找不到已发布的成绩");
        assertThat(zipTexts(batch, officer)).hasSize(2);
        mvc.perform(get("/reports/sessions/" + r.session().id()).cookie(officer))
                .andExpect(content().string(containsString("找不到已发布的成绩")));
    }

    private JsonNode awaitBatch(long batch, Cookie officer) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            JsonNode p = json.readTree(
                    mvc.perform(get("/api/reports/batches/" + batch).cookie(officer))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            if (p.get("status").asText().equals("DONE")
                    || p.get("status").asText().equals("FAILED")) {
                return p;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + batch + " did not finish");
    }

    private long runBatch(long sessionId, Cookie officer) throws Exception {
        mvc.perform(post("/reports/sessions/" + sessionId + "/batch")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "reports.batch.started"));
        long batch = fixture.jdbc.queryForObject(
                "SELECT MAX(id) FROM credential_batch WHERE session_id = ?", Long.class, sessionId);
        ObjectMapper json = new ObjectMapper();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            JsonNode p = json.readTree(
                    mvc.perform(get("/api/reports/batches/" + batch).cookie(officer))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            if (p.get("status").asText().equals("DONE")) {
                assertThat(p.get("done").asInt()).isEqualTo(3);
                assertThat(p.get("failed").asInt()).isZero();
                assertThat(p.get("percent").asInt()).isEqualTo(100);
                return batch;
            }
            assertThat(p.get("status").asText()).isNotEqualTo("FAILED");
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + batch + " did not finish");
    }

    private Map<String, String> zipTexts(long batch, Cookie officer) throws Exception {
        var result = mvc.perform(get("/reports/batches/" + batch + "/zip").cookie(officer))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                        .asyncStarted())
                .andReturn();
        byte[] zip = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, String> texts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                texts.put(e.getName(), PdfChecks.text(in.readAllBytes()).replaceAll("生成时间[0-9:\\-]+", "生成时间T"));
            }
        }
        return texts;
    }
}

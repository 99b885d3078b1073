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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.competency.CertificationDirectory;
import org.jianding.app.competency.CertificationLine;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.AnsweredAttempts;
import org.jianding.app.grading.ResultView;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Score reports and certificates end to end on the suite's database: released results get their documents,
 * officers print and revoke, the public page verifies, candidates download only their own, batches zip a session.
 */
@WebTest
@Import({ExamFixture.class, AnsweredAttempts.class})
class ReportsTests {

    private static final AtomicInteger CLIENT = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Credentials credentials;

    @Autowired
    CertificationDirectory directory;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    /** A released session: candidate {@code pass} answered every question right, {@code fail} none. */
    record Released(ExamSession session, ResultView pass, ResultView fail, UserAccount passer, UserAccount failer) {}

    Released released(String title) throws Exception {
        long a = fixture.candidate();
        long b = fixture.candidate();
        ExamSession session = fixture.published(fixture.fixedPaperDraft(title), List.of(a, b), fixture.hr());
        ResultView pass = sitting.sit(session.id(), a, q -> true);
        ResultView fail = sitting.sit(session.id(), b, q -> false);
        assertThat(pass.passed()).isTrue();
        assertThat(fail.passed()).isFalse();
        mvc.perform(post("/results/sessions/" + session.id() + "/release")
                        .cookie(officer())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "results.released"));
        awaitDocuments(session.id(), 3);
        return new Released(session, pass, fail, fixture.accounts.get(a), fixture.accounts.get(b));
    }

    @Test
    void releaseIssuesAReportPerResultAndACertificateOnlyForAPass() throws Exception {
        Released r = released("证书签发");
        List<Credential> docs = credentials.ofSession(r.session().id());

        assertThat(docs)
                .hasSize(3)
                .allSatisfy(c -> assertThat(Serials.valid(c.serial())).isTrue());
        assertThat(docs)
                .filteredOn(c -> c.attemptId() == r.pass().attemptId())
                .extracting(Credential::kind)
                .containsExactlyInAnyOrder(CredentialKind.REPORT, CredentialKind.CERTIFICATE);
        assertThat(docs)
                .filteredOn(c -> c.attemptId() == r.fail().attemptId())
                .extracting(Credential::kind)
                .containsExactly(CredentialKind.REPORT);
        Credential certificate = certificateOf(r.pass().attemptId());
        assertThat(certificate.expiresOn())
                .isEqualTo(certificate.issuedOn().plusMonths(36).minusDays(1)); // 四级
        assertThat(credentials.ensureSession(r.session().id()))
                .as("issuing again")
                .isZero();
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'reports.issued' AND target_id IN (?, ?)",
                        Integer.class,
                        certificate.serial(),
                        reportOf(r.fail().attemptId()).serial()))
                .isEqualTo(2);

        Cookie officer = officer();
        byte[] report = mvc.perform(get("/reports/credentials/"
                                + reportOf(r.pass().attemptId()).serial() + "/pdf")
                        .cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = PdfChecks.text(report);
        ResultView p = r.pass();
        assertThat(text)
                .contains(
                        r.passer().displayName(),
                        r.passer().employeeNo(),
                        r.session().title())
                .contains("标准分" + p.standardScore().toPlainString())
                .contains("评分规则第" + p.rule().versionNo() + "版")
                .contains(reportOf(p.attemptId()).serial())
                .contains("合格，认证级别" + r.session().level().label())
                .contains("能力素质状况图示", "评估级别", "标准级别", "通用基础知识", "客户关系能力"); // the radar
        for (ResultView.AreaLine area : p.areas()) {
            assertThat(text).contains(area.name() + "（" + area.area() + "）");
            if (area.score() != null) {
                assertThat(text).contains(area.score().setScale(2).toPlainString());
            }
        }
        assertThat(PdfChecks.qrOnFirstPage(report, "officer-report"))
                .isEqualTo("http://localhost:8080/verify/"
                        + reportOf(p.attemptId()).serial());
        String cert = PdfChecks.text(mvc.perform(get("/reports/credentials/" + certificate.serial() + "/pdf")
                        .cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(cert).contains("证书编号" + certificate.serial(), r.passer().displayName(), "有效期至");

        mvc.perform(get("/reports/sessions/" + r.session().id()).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(certificate.serial())));
        mvc.perform(get("/results/sessions/" + r.session().id()).cookie(officer))
                .andExpect(content()
                        .string(containsString(
                                "/reports/sessions/" + r.session().id())));

        List<CertificationLine> lines = directory.ofPerson(r.passer().id());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).serial()).isEqualTo(certificate.serial());
        assertThat(lines.get(0).verifyPath()).isEqualTo("/verify/" + certificate.serial());
        assertThat(lines.get(0).validOn(certificate.issuedOn())).isTrue();
        assertThat(directory.ofPerson(r.failer().id())).isEmpty();
        // the batch form (the unit view) answers the same, with a key for everyone asked about
        assertThat(directory.ofPeople(List.of(r.passer().id(), r.failer().id())))
                .containsOnlyKeys(r.passer().id(), r.failer().id())
                .containsEntry(r.passer().id(), lines)
                .containsEntry(r.failer().id(), List.of());
    }

    @Test
    void documentsFilledInAfterAMissedReleaseAreIssuedByTheSystemAndNameTheUserWhoseRequestSetItOff() throws Exception {
        Released r = released("补发审计");
        Credential onRelease = certificateOf(r.pass().attemptId());
        assertThat(issuedBy(onRelease.serial()))
                .containsExactly(
                        "system",
                        "签发 补发审计：考生 " + r.passer().id() + "，成绩 " + r.pass().standardScore());

        // a node stopped between the release's commit and issuing: the session has no documents yet
        fixture.jdbc.update(
                "DELETE FROM credential WHERE session_id = ?", r.session().id());

        mvc.perform(get("/my/reports").cookie(loginAs(r.passer()))).andExpect(status().isOk());
        List<Credential> passers = credentials.ofHolder(r.passer().id(), null);
        assertThat(passers).hasSize(2).allSatisfy(c -> {
            List<String> line = issuedBy(c.serial());
            assertThat(line.get(0))
                    .as("the candidate only opened a page: the system issued it")
                    .isEqualTo("system");
            assertThat(line.get(1))
                    .startsWith("补发 补发审计：")
                    .contains(r.passer().displayName() + "（" + r.passer().employeeNo() + "）打开“我的证书与报告”时补发");
        });

        mvc.perform(get("/reports/sessions/" + r.session().id()).cookie(officer()))
                .andExpect(status().isOk());
        List<String> failers = issuedBy(reportOf(r.fail().attemptId()).serial());
        assertThat(failers.get(0)).isEqualTo("system");
        assertThat(failers.get(1)).startsWith("补发 ").contains("孙认证（officer）打开考试的成绩报告单与证书页时补发");
    }

    @Test
    void severalCallersIssuingOneSessionAtOnceIssueEachDocumentOnceWithoutFailing() throws Exception {
        Released r = released("同时签发");
        long id = r.session().id();
        for (int round = 0; round < 4; round++) {
            // as after a node stopped before issuing: then the listener, batches and pages all ask at once
            fixture.jdbc.update("DELETE FROM credential WHERE session_id = ?", id);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return credentials.ensureSession(id);
                }));
            }
            start.countDown();
            int issued = 0;
            for (var run : runs) {
                issued += run.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(issued).as("round %d", round).isEqualTo(3);
            assertThat(credentials.ofSession(id)).hasSize(3);
        }
    }

    /** The actor and the detail of the audit line that issued a document. */
    private List<String> issuedBy(String serial) {
        return fixture.jdbc.queryForObject(
                "SELECT actor, detail FROM audit_event WHERE action = 'reports.issued' AND target_id = ?",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2)),
                serial);
    }

    @Test
    void verificationShowsMaskedHolderAndStateButNothingElseAndRevocationIsAudited() throws Exception {
        Released r = released("证书查验");
        Credential certificate = certificateOf(r.pass().attemptId());
        String name = r.passer().displayName();
        RequestPostProcessor client = client();

        String page = mvc.perform(get("/verify/" + certificate.serial()).with(client))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(NameMask.mask(name), "政企客户经理", certificate.level().label(), "有效")
                .contains(
                        certificate.issuedOn().toString(),
                        certificate.expiresOn().toString())
                .doesNotContain(
                        name, r.passer().employeeNo(), r.pass().standardScore().toPlainString());
        // typed leniently through the form
        mvc.perform(get("/verify")
                        .param("serial", certificate.serial().toLowerCase().replace("-", " ")))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/verify/" + certificate.serial()));

        // unknown, mistyped and malformed serials all look the same
        String unknown = Serials.next();
        String typo = certificate.serial().substring(0, 4)
                + (certificate.serial().charAt(4) == 'A' ? 'B' : 'A')
                + certificate.serial().substring(5);
        List<String> bodies = new ArrayList<>();
        for (String s : List.of(unknown, typo, "JD-12", "not-a-serial")) {
            bodies.add(mvc.perform(get("/verify/" + s).with(client))
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString()
                    .replace(s, "S")
                    .replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "csrf"));
        }
        assertThat(bodies)
                .allSatisfy(b -> assertThat(b).isEqualTo(bodies.get(0)).contains("未找到该编号"));

        Cookie officer = officer();
        mvc.perform(post("/reports/credentials/" + certificate.serial() + "/revoke")
                        .cookie(officer)
                        .with(csrf())
                        .param("reason", " "))
                .andExpect(flash().attributeExists("error"));
        mvc.perform(post("/reports/credentials/" + certificate.serial() + "/revoke")
                        .cookie(loginAs(r.passer()))
                        .with(csrf())
                        .param("reason", "自己撤销"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/credentials/" + certificate.serial() + "/revoke")
                        .cookie(officer)
                        .with(csrf())
                        .param("reason", "冒名顶替考试"))
                .andExpect(flash().attribute("notice", "reports.revoked.notice"));
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT detail FROM audit_event WHERE action = 'reports.certificate.revoked' AND target_id = ?"
                                + " AND actor = 'officer'",
                        String.class,
                        certificate.serial()))
                .contains("冒名顶替考试");
        mvc.perform(get("/verify/" + certificate.serial()).with(client))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已撤销")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("冒名顶替"))));
        assertThat(directory.ofPerson(r.passer().id()).get(0).revoked()).isTrue();
        mvc.perform(get("/reports/credentials/" + certificate.serial() + "/pdf").cookie(officer))
                .andExpect(status().isConflict());
    }

    @Test
    void verificationIsRateLimitedPerClient() throws Exception {
        RequestPostProcessor client = client();
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/verify/" + Serials.next()).with(client)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/verify/" + Serials.next()).with(client))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("查询过于频繁，请一分钟后再试")));
        mvc.perform(get("/verify/" + Serials.next()).with(client())).andExpect(status().isNotFound());
    }

    @Test
    void candidatesDownloadTheirOwnDocumentsAndNobodyElses() throws Exception {
        Released r = released("我的证书");
        Cookie passer = loginAs(r.passer());
        Cookie failer = loginAs(r.failer());
        Credential cert = certificateOf(r.pass().attemptId());
        Credential failReport = reportOf(r.fail().attemptId());

        mvc.perform(get("/my/reports").cookie(passer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(cert.serial())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(failReport.serial()))));
        byte[] own = mvc.perform(get("/my/reports/" + cert.serial() + "/pdf").cookie(passer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecks.text(own)).contains(r.passer().displayName(), cert.serial());
        mvc.perform(get("/my/reports/" + failReport.serial() + "/pdf").cookie(passer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/reports/" + cert.serial() + "/pdf").cookie(failer)).andExpect(status().isNotFound());
        mvc.perform(get("/reports/credentials/" + cert.serial() + "/pdf").cookie(failer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/sessions/" + r.session().id()).cookie(failer)).andExpect(status().isForbidden());
    }

    @Test
    void aReleasedResultThatChangesLosesOrRegainsItsCertificate() throws Exception {
        Released r = released("发布后变更");
        long attempt = r.pass().attemptId();
        Credential first = certificateOf(attempt);

        fixture.jdbc.update(
                "UPDATE exam_result SET passed = FALSE, standard_score = 12.5 WHERE attempt_id = ?", attempt);
        // as grading announces it: the event in a committing transaction, the listener after commit
        transactions.executeWithoutResult(t -> events.publishEvent(new org.jianding.app.grading.ReleasedResultChanged(
                attempt, r.session().id(), r.passer().id())));
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!credentials.find(first.serial()).orElseThrow().revoked()
                && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        Credential revoked = credentials.find(first.serial()).orElseThrow();
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo("system");
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'reports.certificate.revoked' AND target_id = ?",
                        Integer.class,
                        first.serial()))
                .isEqualTo(1);

        fixture.jdbc.update(
                "UPDATE exam_result SET passed = TRUE, standard_score = 91.0 WHERE attempt_id = ?", attempt);
        credentials.resultChanged(attempt);
        credentials.resultChanged(attempt); // idempotent
        Credential again = certificateOf(attempt);
        assertThat(again.serial()).isNotEqualTo(first.serial());
        assertThat(again.issuedOn()).isEqualTo(credentials.today());
        assertThat(credentials.ofSession(r.session().id()))
                .filteredOn(c -> c.attemptId() == attempt && c.kind() == CredentialKind.CERTIFICATE)
                .hasSize(2);
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'reports.certificate.issued' AND target_id = ?",
                        Integer.class,
                        again.serial()))
                .isEqualTo(1);
    }

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

    private void awaitDocuments(long sessionId, int n) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            if (credentials.ofSession(sessionId).size() >= n) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("documents of session " + sessionId + " were not issued after release");
    }

    private Credential certificateOf(long attempt) {
        return credentials.ofHolder(holder(attempt), CredentialKind.CERTIFICATE).stream()
                .filter(c -> c.attemptId() == attempt && !c.revoked())
                .findFirst()
                .orElseThrow();
    }

    private Credential reportOf(long attempt) {
        return credentials.ofHolder(holder(attempt), CredentialKind.REPORT).stream()
                .filter(c -> c.attemptId() == attempt)
                .findFirst()
                .orElseThrow();
    }

    private long holder(long attempt) {
        return fixture.jdbc.queryForObject("SELECT candidate_id FROM exam_attempt WHERE id = ?", Long.class, attempt);
    }

    private Cookie officer() throws Exception {
        return Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
    }

    private Cookie loginAs(UserAccount user) throws Exception {
        return Logins.login(mvc, user.employeeNo(), "demo1234x");
    }

    /** A client address of its own, so the rate limit of one test never touches another. */
    private static RequestPostProcessor client() {
        String address = "10.7." + (CLIENT.get() / 250) + "." + (CLIENT.getAndIncrement() % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}

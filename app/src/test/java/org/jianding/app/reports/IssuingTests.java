package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jianding.app.competency.CertificationLine;
import org.jianding.app.grading.ResultView;
import org.junit.jupiter.api.Test;

/** Documents issued on release and afterwards: one report per result, a certificate per pass, filled in by the system when missed, once under concurrent callers, and following a change after release. */
class IssuingTests extends ReleasedSessionTestSupport {

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
                .as("the default issuer from application.properties, read as UTF-8")
                .startsWith("鉴定职业技能等级认证中心成绩报告单");
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
        // two scored candidates: no reliability can be estimated, and the report says so instead of a band
        assertThat(text).contains("测量精度：本场已出分考生少于3人，无法估计本场考试的信度与测量标准误").doesNotContain("±");
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT candidates FROM session_reliability WHERE session_id = ? AND alpha IS NULL",
                        Integer.class,
                        r.session().id()))
                .as("kept, so a reprint is the same file")
                .isEqualTo(2);
        for (ResultView.AreaLine area : p.areas()) {
            assertThat(text).contains(area.name() + "（" + area.area() + "）");
            if (area.score() != null) {
                assertThat(text).contains(area.score().setScale(2).toPlainString());
            }
        }
        assertThat(PdfChecks.qrOnFirstPage(report, "officer-report"))
                .isEqualTo("https://jianding.test.example/verify/"
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
}

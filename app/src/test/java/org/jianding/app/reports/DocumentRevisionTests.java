package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jianding.app.grading.Errata;
import org.jianding.app.grading.ErratumDraft;
import org.jianding.app.grading.ErratumKind;
import org.jianding.app.grading.ReleasedResultChanged;
import org.jianding.app.grading.ResultView;
import org.jianding.app.grading.Results;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A result that changes after release never leaves a valid-looking old document (ADR 12): the score report is
 * reissued as its next revision under a new serial, the old serial verifies as 已更正 with the date and a pointer to
 * the current one, and the current revision reprints byte for byte.
 */
class DocumentRevisionTests extends ReleasedSessionTestSupport {

    private static final String PUBLIC = "https://jianding.test.example";

    @Autowired
    Errata errata;

    @Autowired
    Results results;

    @Autowired
    ReportDocuments documents;

    @Test
    void anErratumAfterReleaseReissuesTheChangedReportAndTheOldSerialVerifiesAsSuperseded() throws Exception {
        Released r = released("更正版次");
        long attempt = r.fail().attemptId();
        Credential old = reportOf(attempt);
        Credential passers = reportOf(r.pass().attemptId());
        Cookie officer = officer();
        assertThat(old.revision()).isEqualTo(1);
        assertThat(PdfChecks.text(pdf(old, officer)))
                .contains("第1版签发日期" + ReportPdfs.date(old.issuedOn()))
                .contains("标准分" + r.fail().standardScore().toPlainString());

        // every candidate gets the points of a faulty question: the one who had it wrong gains, the other not
        PaperQuestion faulty = sitting.paperOf(attempt).questions().stream()
                .filter(q -> q.points() > 0 && q.content().type() == QuestionType.SINGLE_CHOICE)
                .findFirst()
                .orElseThrow();
        errata.apply(
                r.session().id(),
                new ErratumDraft(faulty.questionId(), ErratumKind.VOID_FULL_POINTS, null, "题干有误"),
                fixture.accounts.findByEmployeeNo("officer").orElseThrow().id());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> credentials.find(old.serial()).orElseThrow().superseded());

        ResultView changed = results.derivation(attempt);
        assertThat(changed.standardScore()).isGreaterThan(r.fail().standardScore());
        Credential was = credentials.find(old.serial()).orElseThrow();
        Credential now = reportOf(attempt);
        LocalDate today = credentials.today();
        assertThat(now.serial()).isNotEqualTo(old.serial());
        assertThat(now.revision()).isEqualTo(2);
        assertThat(now.issuedOn()).isEqualTo(today);
        assertThat(now.current()).isTrue();
        assertThat(was.supersededBy()).isEqualTo(now.id());
        assertThat(was.stateOn(today)).isEqualTo(CredentialState.SUPERSEDED);
        assertThat(reportOf(r.pass().attemptId()))
                .as("the passer's report prints the same result, so it stands")
                .satisfies(c -> {
                    assertThat(c.serial()).isEqualTo(passers.serial());
                    assertThat(c.current()).isTrue();
                });
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'reports.revised' AND target_id = ?",
                        Integer.class,
                        now.serial()))
                .isEqualTo(1);

        // the old printout, checked by anyone: corrected, when, and which document stands now; still no score
        mvc.perform(get("/verify/" + old.serial()).with(client()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-state=\"SUPERSEDED\"")))
                .andExpect(content().string(containsString("已更正")))
                .andExpect(content().string(containsString("更正于 " + today)))
                .andExpect(content().string(containsString("href=\"/verify/" + now.serial() + "\"")))
                .andExpect(content().string(not(containsString("标准分"))))
                .andExpect(content().string(not(containsString(r.failer().employeeNo()))));
        mvc.perform(get("/verify/" + now.serial()).with(client()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-state=\"VALID\"")))
                .andExpect(content().string(containsString("第 2 版")))
                .andExpect(content().string(not(containsString("v-current"))));

        // the old revision can no longer be printed; the new one prints its revision, its date and the new numbers
        mvc.perform(get("/reports/credentials/" + old.serial() + "/pdf").cookie(officer))
                .andExpect(status().isConflict());
        byte[] reissued = pdf(now, officer);
        assertThat(PdfChecks.text(reissued))
                .contains("第2版更正日期" + ReportPdfs.date(today) + "（首次签发" + ReportPdfs.date(old.issuedOn()) + "）")
                .contains("此前各版作废")
                .contains("标准分" + changed.standardScore().toPlainString())
                .contains("编号：" + now.serial());
        assertThat(PdfChecks.qrOnFirstPage(reissued, "revision-2")).isEqualTo(PUBLIC + "/verify/" + now.serial());
        mvc.perform(get("/my/reports").cookie(loginAs(r.failer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/my/reports/" + now.serial() + "/pdf")))
                .andExpect(content().string(not(containsString("/my/reports/" + old.serial() + "/pdf"))));
    }

    @Test
    void aPassThatBecomesAFailReissuesTheReportAsAFailAndRevokesTheCertificate() throws Exception {
        Released r = released("合格变不合格");
        long attempt = r.pass().attemptId();
        Credential report = reportOf(attempt);
        Credential certificate = certificateOf(attempt);

        fixture.jdbc.update(
                "UPDATE exam_result SET passed = FALSE, standard_score = 59.9, revision = revision + 1"
                        + " WHERE attempt_id = ?",
                attempt);
        transactions.executeWithoutResult(t -> events.publishEvent(
                new ReleasedResultChanged(attempt, r.session().id(), r.passer().id())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> credentials.find(report.serial()).orElseThrow().superseded()
                        && credentials.find(certificate.serial()).orElseThrow().revoked());

        Credential now = reportOf(attempt);
        assertThat(now.revision()).isEqualTo(2);
        assertThat(PdfChecks.text(pdf(now, officer()))).contains("标准分59.9", "不合格", "第2版更正日期");
        mvc.perform(get("/verify/" + report.serial()).with(client()))
                .andExpect(content().string(containsString("data-state=\"SUPERSEDED\"")))
                .andExpect(content().string(containsString("/verify/" + now.serial())));
        mvc.perform(get("/verify/" + certificate.serial()).with(client()))
                .andExpect(content().string(containsString("data-state=\"REVOKED\"")));
    }

    @Test
    void theCurrentRevisionReprintsByteForByteAndAChangeThatPrintsNothingNewKeepsIt() throws Exception {
        Released r = released("版次重印");
        long attempt = r.fail().attemptId();
        fixture.jdbc.update(
                "UPDATE exam_result SET standard_score = 1.5, revision = revision + 1 WHERE attempt_id = ?", attempt);
        credentials.resultChanged(attempt);
        Credential current = reportOf(attempt);
        assertThat(current.revision()).isEqualTo(2);
        byte[] first = ReportPdfs.scoreReport(printed(current, "2026-12-01 09:00"));

        // an erratum of another question raises every result's revision without changing what this one prints
        fixture.jdbc.update("UPDATE exam_result SET revision = revision + 1 WHERE attempt_id = ?", attempt);
        credentials.resultChanged(attempt);
        credentials.ensure(List.of(attempt));
        Credential after = reportOf(attempt);
        assertThat(after.serial()).isEqualTo(current.serial());
        assertThat(after.current()).isTrue();
        byte[] again = ReportPdfs.scoreReport(printed(after, "2026-12-01 09:00"));
        assertThat(again).isEqualTo(first);
        assertThat(PdfChecks.text(again)).contains("标准分1.5", "第2版");
    }

    @Test
    void aReportIssuedBeforeRevisionsIsTakenAsPrintedUntilAChangeIsReported() throws Exception {
        Released r = released("旧版报告单");
        long attempt = r.fail().attemptId();
        Credential legacy = reportOf(attempt);
        fixture.jdbc.update("UPDATE credential SET content_digest = NULL WHERE serial = ?", legacy.serial());

        assertThat(credentials.ensureSession(r.session().id())).isZero();
        assertThat(reportOf(attempt).serial()).isEqualTo(legacy.serial());
        assertThat(reportOf(attempt).contentDigest()).isNotNull();

        fixture.jdbc.update("UPDATE credential SET content_digest = NULL WHERE serial = ?", legacy.serial());
        fixture.jdbc.update("UPDATE exam_result SET standard_score = 2.5 WHERE attempt_id = ?", attempt);
        credentials.resultChanged(attempt);
        assertThat(credentials.find(legacy.serial()).orElseThrow().superseded()).isTrue();
        assertThat(reportOf(attempt).revision()).isEqualTo(2);
    }

    private byte[] pdf(Credential c, Cookie officer) throws Exception {
        return mvc.perform(get("/reports/credentials/" + c.serial() + "/pdf").cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** What the document prints, with the one value that differs between two prints (the generation time) fixed. */
    private ScoreReportData printed(Credential c, String generatedAt) {
        ScoreReportData d =
                (ScoreReportData) documents.prepare(List.of(c)).get(0).data();
        return new ScoreReportData(
                d.serial(),
                d.verifyUrl(),
                d.issuer(),
                d.candidateName(),
                d.employeeNo(),
                d.unit(),
                d.postName(),
                d.level(),
                d.sessionTitle(),
                d.sessionDate(),
                d.standardScore(),
                d.passMark(),
                d.passed(),
                d.areas(),
                d.ruleVersion(),
                d.profile(),
                d.issuedOn(),
                d.datedAt(),
                d.revision(),
                d.firstIssuedOn(),
                generatedAt,
                d.reliability());
    }
}

package org.jianding.app.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.AnsweredAttempts;
import org.jianding.app.grading.Results;
import org.jianding.app.papers.Papers;
import org.jianding.app.reports.Credential;
import org.jianding.app.reports.CredentialKind;
import org.jianding.app.reports.Credentials;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The record lists the certificates the reports module issued and reads the standard at the highest one of the
 * person's post that is valid today: revoked, expired and other posts' certificates are listed but do not count.
 * The certificates are real: results released for the person, issued by {@link Credentials}.
 */
@WebTest
@Import(PeopleFixture.class)
class CertificationsOnRecordTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleFixture people;

    @Autowired
    CompetencyModels models;

    @Autowired
    Credentials credentials;

    @Autowired
    Results results;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    ExamFixture exams;
    AnsweredAttempts sittings;

    @BeforeEach
    void fixtures() {
        // built here rather than imported, so this class shares its Spring context with the other competency tests
        exams = ExamFixture.of(context);
        sittings = new AnsweredAttempts(exams, context.getBean(Attempts.class), context.getBean(Papers.class), results);
    }

    @Test
    void theHighestValidCertificateOfThePostSetsTheStandardAndEveryCertificateIsListedWithItsStatus() throws Exception {
        OrgUnit unit = people.unit("证书测试", null);
        // first a VIP客户服务经理, certified 中级 there with a certificate that never expires
        long person = people.candidate(unit, "VIPFWJL", Level.JUNIOR);
        Credential vip;
        Map<Level, Integer> validity = credentials.validityMonths();
        credentials.setValidity(Level.INTERMEDIATE, null, exams.hr());
        try {
            vip = certify(person, people.post("VIPFWJL"), Level.INTERMEDIATE);
        } finally {
            credentials.setValidity(Level.INTERMEDIATE, validity.get(Level.INTERMEDIATE), exams.hr());
        }
        assertThat(vip.expiresOn()).isNull();
        // then moved to 政企客户销售经理 and certified there at 初级 and twice at 中级
        movePost(person, people.post("ZQXSJL"));
        Credential junior = certify(person, people.post("ZQXSJL"), Level.JUNIOR);
        Credential intermediate = certify(person, people.post("ZQXSJL"), Level.INTERMEDIATE);
        Credential expired = certify(person, people.post("ZQXSJL"), Level.INTERMEDIATE);
        // the second 中级 certificate as if issued five years ago and expired yesterday
        LocalDate today = credentials.today();
        jdbc.update(
                "UPDATE credential SET issued_on = ?, expires_on = ? WHERE serial = ?",
                today.minusYears(5),
                today.minusDays(1),
                expired.serial());
        assertThat(junior.expiresOn()).isAfter(today);
        assertThat(intermediate.expiresOn()).isAfter(today);

        Document before = record(person);
        assertThat(before.select("#standard-level").text()).contains("三级(中级)", "已认证");
        assertThat(marketingStandard(before)).isEqualTo(standardName(Level.INTERMEDIATE));

        credentials.revoke(intermediate.serial(), "考试期间冒名顶替", "officer");

        Document record = record(person);
        assertThat(record.select("#standard-level").text())
                .as("the revoked 中级, the expired 中级 and another post's 中级 do not count")
                .contains("四级(初级)", "已认证");
        assertThat(marketingStandard(record)).isEqualTo(standardName(Level.JUNIOR));
        assertThat(record.select("#certifications tbody tr")).hasSize(4);
        assertThat(stateOf(record, intermediate)).isEqualTo("已撤销");
        assertThat(stateOf(record, junior)).isEqualTo("有效");
        assertThat(stateOf(record, expired)).isEqualTo("已失效");
        assertThat(stateOf(record, vip)).isEqualTo("有效");
        assertThat(row(record, vip).text()).contains("VIP客户服务经理", "三级(中级)", "长期");
        assertThat(row(record, expired).text())
                .contains(today.minusYears(5).toString(), today.minusDays(1).toString());
        assertThat(row(record, junior).text())
                .contains(
                        "政企客户销售经理",
                        "四级(初级)",
                        junior.issuedOn().toString(),
                        junior.expiresOn().toString());
        assertThat(row(record, junior).selectFirst("a").attr("href")).isEqualTo("/verify/" + junior.serial());
    }

    /** Sits and passes a session of this post and level, releases it and returns the certificate it issued. */
    private Credential certify(long person, Post post, Level level) throws Exception {
        ExamSession session =
                exams.published(exams.draft("证书记录 " + post.name() + level, post, level), List.of(person), exams.hr());
        assertThat(sittings.sit(session.id(), person, q -> true).passed()).isTrue();
        assertThat(results.release(session.id())).isEqualTo(1);
        // issued by the release listener in the background (its report and certificate)
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (credentials.ofSession(session.id()).size() < 2 && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        return credentials.ofSession(session.id()).stream()
                .filter(c -> c.kind() == CredentialKind.CERTIFICATE)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no certificate issued for session " + session.id()));
    }

    private void movePost(long id, Post post) {
        UserAccount u = people.accounts.get(id);
        people.accounts.update(
                id,
                new UserDraft(
                        u.employeeNo(),
                        u.displayName(),
                        u.orgUnit().id(),
                        post.id(),
                        u.level(),
                        u.inPostSince(),
                        u.roles()));
    }

    private Document record(long person) throws Exception {
        return Jsoup.parse(
                mvc.perform(get("/competency/people/" + person).cookie(Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private String marketingStandard(Document record) {
        return record.selectFirst("#items tr[data-item=MARKETING] .standard").text();
    }

    /** How the record names the model's standard for MARKETING of 政企客户销售经理 at this certified level. */
    private String standardName(Level certified) {
        Level standard = models.current().standard("ZQXSJL", certified, "MARKETING");
        return standard == Level.EXPERT ? "资深" : standard.competencyName();
    }

    private static org.jsoup.nodes.Element row(Document record, Credential c) {
        return record.selectFirst("#certifications tr[data-serial=" + c.serial() + "]");
    }

    private static String stateOf(Document record, Credential c) {
        return row(record, c).selectFirst(".status").text();
    }
}

package org.jianding.app.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/** The record lists the certifications the directory knows and reads the standard at the highest valid one. */
@WebTest
@Import({PeopleFixture.class, CertificationsOnRecordTests.Directory.class})
class CertificationsOnRecordTests {

    static final Map<Long, List<CertificationLine>> LINES = new ConcurrentHashMap<>();

    @TestConfiguration
    static class Directory {

        @Bean
        @Primary
        CertificationDirectory testCertifications() {
            return userId -> LINES.getOrDefault(userId, List.of());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleFixture people;

    @Autowired
    CompetencyModels models;

    @Test
    void theHighestValidCertificateOfThePostSetsTheStandardAndEveryCertificateIsListedWithItsStatus() throws Exception {
        OrgUnit unit = people.unit("证书测试", null);
        long person = people.candidate(unit, "ZQXSJL", Level.JUNIOR);
        LocalDate today = LocalDate.now();
        LINES.put(
                person,
                List.of(
                        line("JD-3", "政企客户销售经理", Level.EXPERT, today.minusYears(1), today.plusYears(2), true),
                        line("JD-2", "政企客户销售经理", Level.SENIOR, today.minusYears(2), today.plusYears(1), false),
                        line("JD-4", "VIP客户服务经理", Level.EXPERT, today.minusYears(1), null, false),
                        line("JD-1", "政企客户销售经理", Level.INTERMEDIATE, today.minusYears(5), today.minusDays(1), false)));

        Document record = Jsoup.parse(
                mvc.perform(get("/competency/people/" + person).cookie(Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(record.select("#standard-level").text())
                .as("revoked 资深 and another post's 资深 do not count")
                .contains("二级(高级)", "已认证");
        Level marketing = models.current().standard("ZQXSJL", Level.SENIOR, "MARKETING");
        assertThat(record.selectFirst("#items tr[data-item=MARKETING] .standard")
                        .text())
                .isEqualTo(marketing == Level.EXPERT ? "资深" : marketing.competencyName());
        assertThat(record.select("#certifications tbody tr")).hasSize(4);
        assertThat(record.selectFirst("#certifications tr[data-serial=JD-3] .status")
                        .text())
                .isEqualTo("已撤销");
        assertThat(record.selectFirst("#certifications tr[data-serial=JD-2] .status")
                        .text())
                .isEqualTo("有效");
        assertThat(record.selectFirst("#certifications tr[data-serial=JD-1] .status")
                        .text())
                .isEqualTo("已失效");
        assertThat(record.selectFirst("#certifications tr[data-serial=JD-4]").text())
                .contains("长期");
        assertThat(record.selectFirst("#certifications tr[data-serial=JD-2] a").attr("href"))
                .isEqualTo("/verify/JD-2");
    }

    private static CertificationLine line(
            String serial, String post, Level level, LocalDate issued, LocalDate expires, boolean revoked) {
        return new CertificationLine(serial, post, level, issued, expires, revoked, "/verify/" + serial);
    }
}

package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianding.app.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A batch lists what it could not print in words an officer reads, never a message code. No Spring context. */
class BatchProblemsTests {

    @Test
    void aRefusalIsListedInChineseWithItsArguments() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/reports");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        assertThat(BatchRunner.describe(DomainException.conflict("reports.revoked"), messages))
                .isEqualTo("已撤销的证书不能再下载。");
        assertThat(BatchRunner.describe(DomainException.notFound("reports.notFound", "JD-X"), messages))
                .contains("JD-X")
                .doesNotContain("reports.notFound");
        assertThat(BatchRunner.describe(new IllegalStateException("找不到已发布的成绩（考试记录 7）"), messages))
                .isEqualTo("找不到已发布的成绩（考试记录 7）");
    }
}

package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Exam settings are typed and checked at start: defaults when unset, a clear refusal naming the property. */
class ExamSettingsTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ExamSettings.class)
    static class Bound {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void unsetSettingsTakeTheDocumentedDefaults() {
        runner.run(context -> {
            ExamSettings settings = context.getBean(ExamSettings.class);
            assertThat(settings.saveGrace()).isEqualTo(Duration.ofSeconds(10));
            assertThat(settings.deadlineJob().enabled()).isTrue();
            assertThat(settings.deadlineJob().interval()).isEqualTo(Duration.ofSeconds(5));
            assertThat(settings.page().clockTick()).isEqualTo(Duration.ofSeconds(20));
        });
    }

    @Test
    void aValueOutOfRangeStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("jianding.exam.deadline-job.interval=PT10M").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure()))
                    .contains("jianding.exam")
                    .contains("deadlineJob.interval")
                    .contains("must be at most 5 minutes");
        });
        runner.withPropertyValues("jianding.exam.save-grace=-PT1S").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure()))
                    .contains("jianding.exam")
                    .contains("saveGrace")
                    .contains("must not be negative");
        });
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
            if (t instanceof org.springframework.boot.context.properties.bind.validation.BindValidationException b) {
                b.getValidationErrors().forEach(e -> all.append(e).append('\n'));
            }
        }
        return all.toString();
    }
}

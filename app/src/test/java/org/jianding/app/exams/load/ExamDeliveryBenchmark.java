package org.jianding.app.exams.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ExamLoadHarness} from Maven (profile bench only), after {@code ./mvnw -pl app -am package}; see
 * docs/benchmarks-exam-delivery.md for the command and the figures. The report also goes to
 * target/exam-load-report.md.
 */
@Tag("bench")
class ExamDeliveryBenchmark {

    @Test
    void examDayLoad() throws Exception {
        ExamLoadHarness.Result r = ExamLoadHarness.run();
        System.out.println(ExamLoadHarness.report(r));
        ExamLoadHarness.write(r, Path.of("target", "exam-load-report.md"));
        assertThat(r.timedOut()).isFalse();
        assertThat(r.lost()).isZero();
        assertThat(r.errors()).isZero();
    }
}

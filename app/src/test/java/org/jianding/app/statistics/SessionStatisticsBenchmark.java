package org.jianding.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamRecords;
import org.jianding.app.grading.ItemMarks;
import org.jianding.app.grading.Marking;
import org.jianding.app.papers.Papers;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18's speed target: the statistics of a session of 3,000 candidates × 100 items in under 2 s on MariaDB.
 * Not part of the suite; run it with {@code TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/jianding_bench ./mvnw -pl app
 * -am -Pbench test -Dtest=SessionStatisticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Setup (not timed)
 * writes a 100-item paper of objective questions from the demo bank, 3,000 candidates, their submitted attempts and
 * 300,000 answers (each right with a candidate-specific chance, wrong choices spread over the options) in batches,
 * and stores the 3,000 results with grading's own {@link Marking#markAll} (the batch insert of the deflated item
 * marks, exactly as the sweep writes them). Timed: {@code GET /api/statistics/sessions/{id}} end to end — the
 * results' item marks and the answers read from MariaDB, the calculator, the JSON — first call and best of five,
 * with the CPU time of the calling thread (MockMvc runs the request on it), then the loading alone. {@code
 * -Dbench.session=ID} times a session an earlier run wrote to the same database again, without the setup.
 */
@Tag("bench")
@WebTest
@TestPropertySource(properties = {"jianding.grading.sweep.enabled=false", "jianding.exam.deadline-job.enabled=false"})
class SessionStatisticsBenchmark {

    static final int CANDIDATES = Integer.getInteger("bench.candidates", 3_000);
    static final int ITEMS = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    Papers papers;

    @Autowired
    Marking marking;

    @Autowired
    ItemMarks itemMarks;

    @Autowired
    ExamRecords examRecords;

    /** A session an earlier run of this benchmark wrote to the same database, to time again without the setup. */
    static final Long REUSE = Long.getLong("bench.session");

    @Test
    void statisticsOfThreeThousandCandidatesByAHundredItems() throws Exception {
        long sessionId = REUSE != null ? REUSE : setUp();
        time(sessionId);
    }

    private long setUp() {
        int[] ability = new int[CANDIDATES]; // percent chance of a right answer, per candidate
        SplittableRandom random = new SplittableRandom(18);
        for (int c = 0; c < CANDIDATES; c++) {
            ability[c] = 30 + random.nextInt(65);
        }
        long sessionId = WrittenSitting.write(
                fixture,
                papers,
                marking,
                "统计基准",
                WrittenSitting.objectiveQuestions(fixture, 0, ITEMS),
                CANDIDATES,
                (c, position, r) -> r.nextInt(100) < ability[c],
                random);
        System.out.println("session statistics benchmark: session " + sessionId + " written");
        return sessionId;
    }

    private void time(long sessionId) throws Exception {
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[6];
        long[] cpuNanos = new long[6];
        JsonNode last = null;
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            String body = mvc.perform(
                            get("/api/statistics/sessions/" + sessionId).cookie(hr))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            nanos[run] = System.nanoTime() - start;
            cpuNanos[run] = cpu.getCurrentThreadCpuTime() - startCpu;
            last = JSON.readTree(body);
        }
        // the loading alone (the two queries and the reading of the marks and answers), five more times
        long[] loading = new long[5];
        long[] loadingCpu = new long[5];
        long[] answersCpu = new long[5];
        for (int run = 0; run < loading.length; run++) {
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            assertThat(itemMarks.ofSession(sessionId).scoredAttempts()).isEqualTo(CANDIDATES);
            loading[run] = System.nanoTime() - start;
            loadingCpu[run] = cpu.getCurrentThreadCpuTime() - startCpu;
            startCpu = cpu.getCurrentThreadCpuTime();
            int[] count = {0};
            examRecords.shortAnswersOfSubmitted(sessionId, 200, (a, p, text) -> count[0]++);
            answersCpu[run] = cpu.getCurrentThreadCpuTime() - startCpu;
            assertThat(count[0]).isPositive();
        }
        long best = Arrays.stream(nanos, 1, nanos.length).min().orElseThrow();
        long median = Arrays.stream(nanos, 1, nanos.length).sorted().toArray()[2];
        long medianCpu = Arrays.stream(cpuNanos, 1, cpuNanos.length).sorted().toArray()[2];
        System.out.printf(
                "session statistics benchmark: %d candidates × %d items: first call %.0f ms, best of 5 %.0f ms,"
                        + " median of 5 %.0f ms (CPU of the calling thread: median %.0f ms); loading alone: best"
                        + " %.0f ms, median %.0f ms (CPU median %.0f ms, of which streaming the answers %.0f ms);"
                        + " load average %.1f; cic %s, mean %s%n",
                CANDIDATES,
                ITEMS,
                nanos[0] / 1e6,
                best / 1e6,
                median / 1e6,
                medianCpu / 1e6,
                Arrays.stream(loading).min().orElseThrow() / 1e6,
                Arrays.stream(loading).sorted().toArray()[2] / 1e6,
                Arrays.stream(loadingCpu).sorted().toArray()[2] / 1e6,
                Arrays.stream(answersCpu).sorted().toArray()[2] / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                last.get("test").get("cic"),
                last.get("test").get("mean"));
        assertThat(last.get("candidates").asInt()).isEqualTo(CANDIDATES);
        assertThat(last.get("items").size()).isEqualTo(ITEMS);
    }
}

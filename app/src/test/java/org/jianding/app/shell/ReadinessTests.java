package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.EmbeddedH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The application reports ready only after its start-up work: while the start-up runners still seed the demo
 * accounts, bank and exam (here on a fresh embedded database, so the work really happens), the server already answers
 * but readiness and the overall health say 503, and liveness says the process is fine. Once started, both are UP and
 * the demo data is there.
 */
@EmbeddedH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadinessTests {

    /** What the probes answered while the start-up work ran, path to status code and body. */
    static final Map<String, String> duringStartUp = new LinkedHashMap<>();

    static boolean demoDataExistedDuringStartUp;

    @TestConfiguration
    static class ProbeDuringStartUp {

        /** Runs first among the start-up runners, before the demo data is seeded. */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ApplicationRunner probe(Environment environment, Accounts accounts) {
            return args -> {
                demoDataExistedDuringStartUp =
                        accounts.findByEmployeeNo(Demo.ADMIN).isPresent();
                int port = environment.getRequiredProperty("local.server.port", Integer.class);
                for (String path :
                        new String[] {"/actuator/health/readiness", "/actuator/health", "/actuator/health/liveness"}) {
                    duringStartUp.put(path, get(port, path));
                }
            };
        }
    }

    @Autowired
    ApplicationAvailability availability;

    @Autowired
    Accounts accounts;

    @Value("${local.server.port}")
    int port;

    @Test
    void isLiveButNotReadyWhileStartUpWorkRuns() {
        assertThat(demoDataExistedDuringStartUp)
                .as("a fresh database, so start-up had work to do")
                .isFalse();
        assertThat(duringStartUp.get("/actuator/health/readiness")).startsWith("503 ");
        assertThat(duringStartUp.get("/actuator/health")).startsWith("503 ");
        assertThat(duringStartUp.get("/actuator/health/liveness"))
                .startsWith("200 ")
                .contains("UP");
    }

    @Test
    void isReadyOnceStartedWithTheDemoDataInPlace() throws Exception {
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(get(port, "/actuator/health/readiness")).startsWith("200 ").contains("UP");
        assertThat(get(port, "/actuator/health")).startsWith("200 ").contains("UP");
        assertThat(accounts.findByEmployeeNo(Demo.ADMIN)).isPresent();
    }

    static String get(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}

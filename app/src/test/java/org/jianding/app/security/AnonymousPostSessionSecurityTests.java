package org.jianding.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions for nobody, over real HTTP: an anonymous POST refused for its missing CSRF token stores no session, on a
 * page (whose 403 is rendered by the container's error dispatch, which MockMvc does not perform) and in the API. The
 * refusal itself stands: CSRF protection is not loosened to spare the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousPostSessionSecurityTests {

    private static final int REQUESTS = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFormPostWithoutATokenIsRefusedAndStoresNoSession() throws Exception {
        assertRefusedWithoutSession(HttpRequest.newBuilder(uri("/admin/users/new"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("employeeNo=x&fullName=y"))
                .build());
        assertRefusedWithoutSession(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("employeeNo=admin&password=wrong"))
                .build());
        assertRefusedWithoutSession(HttpRequest.newBuilder(uri("/logout"))
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    @Test
    void anApiPostWithoutATokenIsRefusedAndStoresNoSession() throws Exception {
        assertRefusedWithoutSession(HttpRequest.newBuilder(uri("/api/exam/attempts/1/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertRefusedWithoutSession(HttpRequest.newBuilder(uri("/api/users/1"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    }

    private void assertRefusedWithoutSession(HttpRequest request) throws Exception {
        int before = sessions();
        for (int i = 0; i < REQUESTS; i++) {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode())
                    .as(request + ": " + response.body())
                    .isEqualTo(403);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .noneSatisfy(c -> assertThat(c).startsWith("SESSION="));
        }
        assertThat(sessions()).isEqualTo(before);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private int sessions() {
        return jdbc.queryForObject("select count(*) from SPRING_SESSION", Integer.class);
    }
}

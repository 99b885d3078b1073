package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Scripts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload over the size limit says what is wrong and the limit, in Chinese (English when asked), on the page and in
 * the API, instead of the container's bare 413 (over real HTTP: MockMvc does not parse multipart bodies, so it cannot
 * meet the limit). A page form's CSRF token is a field of the refused body; the check still holds for uploads within
 * the limit.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=80KB"})
class UploadLimitSecurityTests {

    private static final String BOUNDARY = "jiandingBoundary7";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theApiAnswersWithAProblemNamingTheLimit() throws Exception {
        HttpResponse<String> response = http.send(
                upload("/api/users/import")
                        .header("Authorization", basic(Demo.ADMIN, Demo.PASSWORD))
                        .header(Scripts.HEADER, "tests")
                        .header("Accept-Language", "zh-CN")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("上传的文件过大").contains("64 KB").contains("upload.tooLarge");
    }

    @Test
    void thePageSaysTheFileIsTooLargeAndTheLimitInChinese() throws Exception {
        HttpResponse<String> response = send(upload("/admin/users/import", 200 * 1024)
                .header("Accept-Language", "zh-CN")
                .build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("上传的文件过大").contains("每个文件不能超过 64 KB");
    }

    @Test
    void thePageSpeaksEnglishWhenAskedByParameterOrCookie() throws Exception {
        HttpResponse<String> byParameter = send(upload("/statistics?lang=en", 200 * 1024)
                .header("Accept-Language", "zh-CN")
                .build());
        assertThat(byParameter.statusCode()).isEqualTo(413);
        assertThat(byParameter.body())
                .contains("The uploaded file is too large")
                .contains("at most 64 KB");
        assertThat(byParameter.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("jianding-lang=en"));

        HttpResponse<String> byCookie = send(upload("/bank/import", 200 * 1024)
                .header("Cookie", "jianding-lang=en")
                .build());
        assertThat(byCookie.statusCode()).isEqualTo(413);
        assertThat(byCookie.body()).contains("The uploaded file is too large").contains("at most 64 KB");
    }

    @Test
    void aFileFarOverTheLimitStillGetsThePage() throws Exception {
        // more than Tomcat's default 2 MB it reads and discards of a refused body before closing the connection
        HttpResponse<String> response = send(upload("/admin/users/import", 5 * 1024 * 1024)
                .header("Accept-Language", "zh-CN")
                .build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("上传的文件过大").contains("64 KB");
    }

    @Test
    void anUploadWithinTheLimitStillNeedsItsCsrfToken() throws Exception {
        HttpResponse<String> response = send(upload("/admin/users/import", 10 * 1024)
                .header("Authorization", basic(Demo.ADMIN, Demo.PASSWORD))
                .build());
        assertThat(response.statusCode()).isEqualTo(403);
        HttpResponse<String> api = send(upload("/api/users/import", 10 * 1024)
                .header("Authorization", basic(Demo.ADMIN, Demo.PASSWORD))
                .build());
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).doesNotContain("上传的文件过大");
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder upload(String path) {
        return upload(path, 200 * 1024);
    }

    private HttpRequest.Builder upload(String path, int size) {
        byte[] file = new byte[size];
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        byte[] body = new byte[head.length() + file.length + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, body, head.length() + file.length, tail.length());
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

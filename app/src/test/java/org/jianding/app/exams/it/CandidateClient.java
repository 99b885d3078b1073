package org.jianding.app.exams.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One candidate's browser, over real HTTP: logs in through the form (CSRF token and SESSION cookie as a browser
 * gets them), then calls the exam API with the X-CSRF-TOKEN header the layout's meta tag gives. The cookie is kept
 * by hand and sent to whichever node a call names, as a load balancer without sticky sessions would.
 */
public final class CandidateClient {

    /** A response: status, parsed JSON body (null when not JSON), and how long it took. */
    public record Reply(int status, JsonNode body, long nanos) {
        public boolean ok() {
            return status == 200;
        }
    }

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String employeeNo;
    private final String password;
    private final String clientId = UUID.randomUUID().toString().substring(0, 20);
    private volatile String session;
    private volatile String csrf;

    public CandidateClient(HttpClient http, String employeeNo, String password) {
        this.http = http;
        this.employeeNo = employeeNo;
        this.password = password;
    }

    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String employeeNo() {
        return employeeNo;
    }

    public String sessionCookie() {
        return session;
    }

    /** Logs in on {@code node}; returns the time the form post took. Throws unless it lands on the workbench. */
    public long login(URI node) throws IOException, InterruptedException {
        HttpResponse<String> form =
                send(node, HttpRequest.newBuilder(node.resolve("/login")).GET());
        String token = find(HIDDEN_CSRF, form.body(), "login form CSRF token");
        String body = "employeeNo=" + enc(employeeNo) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        long t0 = System.nanoTime();
        HttpResponse<String> post = send(
                node,
                HttpRequest.newBuilder(node.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        long took = System.nanoTime() - t0;
        String location = post.headers().firstValue("Location").orElse("");
        if (post.statusCode() != 302 || location.contains("error")) {
            throw new IOException(employeeNo + ": login refused (" + post.statusCode() + " → " + location + ")");
        }
        HttpResponse<String> home =
                send(node, HttpRequest.newBuilder(node.resolve("/")).GET());
        csrf = find(META_CSRF, home.body(), "CSRF meta tag of the workbench");
        return took;
    }

    public Reply start(URI node, long sessionId) throws IOException, InterruptedException {
        return api(node, "POST", "/api/exam/sessions/" + sessionId + "/start", null);
    }

    public Reply sheet(URI node, long attemptId) throws IOException, InterruptedException {
        return api(node, "GET", "/api/exam/attempts/" + attemptId, null);
    }

    public Reply save(URI node, long attemptId, int position, long seq, JsonNode answer)
            throws IOException, InterruptedException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("seq", seq);
        body.set("answer", answer);
        body.put("flagged", false);
        return api(node, "PUT", "/api/exam/attempts/" + attemptId + "/answers/" + position, body.toString());
    }

    public Reply clock(URI node, long attemptId) throws IOException, InterruptedException {
        return api(node, "GET", "/api/exam/attempts/" + attemptId + "/clock", null);
    }

    public Reply submit(URI node, long attemptId) throws IOException, InterruptedException {
        return api(node, "POST", "/api/exam/attempts/" + attemptId + "/submit", null);
    }

    private Reply api(URI node, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .header("X-Exam-Client", clientId)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        long t0 = System.nanoTime();
        HttpResponse<String> response = send(node, request);
        long took = System.nanoTime() - t0;
        JsonNode body = null;
        String text = response.body();
        if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
            body = JSON.readTree(text);
        }
        return new Reply(response.statusCode(), body, took);
    }

    private HttpResponse<String> send(URI node, HttpRequest.Builder request) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(cookie);
            if (m.lookingAt() && !m.group(1).isEmpty()) {
                session = m.group(1);
            }
        }
        return response;
    }

    private String find(Pattern pattern, String html, String what) throws IOException {
        Matcher m = pattern.matcher(html == null ? "" : html);
        if (!m.find()) {
            throw new IOException(employeeNo + ": no " + what);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

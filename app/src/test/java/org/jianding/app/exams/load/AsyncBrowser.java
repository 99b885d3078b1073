package org.jianding.app.exams.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One candidate's browser for the open-loop harness: every request is sent with {@link HttpClient#sendAsync}, so a
 * slow server holds no thread of the driver and cannot slow the schedule. Keeps the SESSION cookie and the CSRF
 * token as a browser does (login form's hidden field, then the layout's meta tag).
 */
final class AsyncBrowser {

    /**
     * A finished request: status, body (JSON when it is JSON), where a redirect points, when it was sent, and for a
     * busy login the turn the server gave it (milliseconds, or -1).
     */
    record Reply(
            int status, String text, JsonNode json, String location, long sentNanos, long endNanos, long turnMillis) {
        boolean ok() {
            return status == 200;
        }
    }

    static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI node;
    private final String employeeNo;
    private final String clientId = UUID.randomUUID().toString().substring(0, 20);
    private volatile String session;
    private volatile String csrf;

    AsyncBrowser(HttpClient http, URI node, String employeeNo) {
        this.http = http;
        this.node = node;
        this.employeeNo = employeeNo;
    }

    String employeeNo() {
        return employeeNo;
    }

    /** GET a page; remembers the token of the login form or of the layout's meta tag when the page has one. */
    CompletableFuture<Reply> page(String path) {
        return send(HttpRequest.newBuilder(node.resolve(path)).GET(), false).thenApply(r -> {
            String token = first(HIDDEN_CSRF, r.text());
            if (token == null) {
                token = first(META_CSRF, r.text());
            }
            if (token != null) {
                csrf = token;
            }
            return r;
        });
    }

    /**
     * POST the login form with the token of the last login page, as login.js sends it ({@code X-Login-Retry}, and
     * {@code X-Login-Turn} when it comes back at the turn it was given).
     */
    CompletableFuture<Reply> postLogin(String password, boolean atItsTurn) {
        String body = "employeeNo=" + enc(employeeNo) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Login-Retry", "1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (atItsTurn) {
            request.header("X-Login-Turn", "1");
        }
        return send(request, false);
    }

    CompletableFuture<Reply> start(long sessionId) {
        return api("POST", "/api/exam/sessions/" + sessionId + "/start", null);
    }

    CompletableFuture<Reply> sheet(long attemptId) {
        return api("GET", "/api/exam/attempts/" + attemptId, null);
    }

    CompletableFuture<Reply> save(long attemptId, int position, long seq, JsonNode answer) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("seq", seq);
        body.set("answer", answer);
        body.put("flagged", false);
        return api("PUT", "/api/exam/attempts/" + attemptId + "/answers/" + position, body.toString());
    }

    CompletableFuture<Reply> clock(long attemptId) {
        return api("GET", "/api/exam/attempts/" + attemptId + "/clock", null);
    }

    CompletableFuture<Reply> submit(long attemptId) {
        return api("POST", "/api/exam/attempts/" + attemptId + "/submit", null);
    }

    private CompletableFuture<Reply> api(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path))
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf == null ? "" : csrf)
                .header("X-Exam-Client", clientId)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request, true);
    }

    private CompletableFuture<Reply> send(HttpRequest.Builder request, boolean parseJson) {
        request.timeout(Duration.ofMinutes(3));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        long sent = System.nanoTime();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    long end = System.nanoTime();
                    for (String cookie : response.headers().allValues("Set-Cookie")) {
                        Matcher m = SESSION.matcher(cookie);
                        if (m.lookingAt() && !m.group(1).isEmpty()) {
                            session = m.group(1);
                        }
                    }
                    String text = response.body();
                    JsonNode json = null;
                    if (parseJson && text != null && (text.startsWith("{") || text.startsWith("["))) {
                        json = JSON.readTree(text);
                    }
                    return new Reply(
                            response.statusCode(),
                            text,
                            json,
                            response.headers().firstValue("Location").orElse(""),
                            sent,
                            end,
                            response.headers()
                                    .firstValue("X-Login-Turn-Millis")
                                    .map(Long::parseLong)
                                    .orElse(-1L));
                });
    }

    private static String first(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html == null ? "" : html);
        return m.find() ? m.group(1) : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}

package org.gongkai.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client against the running test server (no redirects followed). */
public final class Http {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private final int port;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public Http(int port) {
        this.port = port;
    }

    /** An anonymous GET. */
    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An anonymous GET as a browser would send it (asking for HTML). */
    public HttpResponse<String> getPage(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String json) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Any method with an optional JSON body and an optional {@code Authorization} value, asking for JSON (or HTML
     * where only a page answers).
     */
    public HttpResponse<String> send(String method, String path, String auth, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        b.header("Accept", "application/json, text/html");
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET as a staff member (an API token of the demo account). */
    public HttpResponse<String> getAs(String username, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", bearer(port, username))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * {@code Bearer <token>} for a demo account (password demo1234): the token is obtained once per server and
     * account from {@code POST /api/v1/tokens} with HTTP Basic, the only place Basic is accepted.
     */
    public static String bearer(int port, String username) {
        return "Bearer " + TOKENS.computeIfAbsent(port + "/" + username, k -> issue(port, username, "demo1234"));
    }

    /** A fresh API token for an account, or an exception naming the status when the password is refused. */
    public static String issue(int port, String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                                    .header("Authorization", "Basic " + basic)
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            Matcher m = TOKEN.matcher(r.body());
            if (r.statusCode() != 201 || !m.find()) {
                throw new IllegalStateException("POST /api/v1/tokens as " + username + " -> " + r.statusCode());
            }
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

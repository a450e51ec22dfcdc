package org.gongkai.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A staff member in the console (an API token for the demo account): pages, and forms posted with the CSRF token of a page. */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final int port;
    private final String auth;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public ConsoleSession(int port, String username) {
        this.port = port;
        this.auth = Http.bearer(port, username);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of a console page this session may open. */
    public String csrf(String pagePath) throws Exception {
        Matcher m = CSRF.matcher(get(pagePath).body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + pagePath);
        }
        return m.group(1);
    }

    /** Posts a form to {@code path} with the CSRF token of {@code pagePath}. */
    public HttpResponse<String> post(String pagePath, String path, Map<String, String> form) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf(pagePath));
        return http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts files as {@code field} (multipart) to {@code path} with the CSRF token of {@code pagePath}. */
    public HttpResponse<String> upload(
            String pagePath, String path, String field, Map<String, byte[]> files, Map<String, String> form)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf(pagePath));
        Multipart m = Multipart.of(fields, field, files);
        return http.send(
                request(path)
                        .header("Content-Type", m.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(m.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth)
                .header("Accept", "text/html");
    }

    /** Fields as a browser encodes a form ({@code application/x-www-form-urlencoded}). */
    public static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

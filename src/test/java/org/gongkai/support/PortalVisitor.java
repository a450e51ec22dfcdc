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

/**
 * A member of the public on the portal: one browser session (cookies), forms posted with the CSRF token of the
 * page last seen, as a browser without scripts would.
 */
public final class PortalVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private String lastPage = "";

    public PortalVisitor(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return seen(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Opens the tracking page and gives the code and secret. */
    public HttpResponse<String> track(String code, String secret) throws Exception {
        get("/portal/track");
        return post("/portal/track", Map.of("code", code, "secret", secret));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf());
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return seen(http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts a multipart form: fields and files under {@code fileField}. */
    public HttpResponse<String> upload(
            String path, Map<String, String> form, String fileField, Map<String, byte[]> files) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf());
        Multipart m = Multipart.of(fields, fileField, files);
        return seen(http.send(
                request(path)
                        .header("Content-Type", m.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(m.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private String csrf() {
        Matcher m = CSRF.matcher(lastPage);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the last page seen");
        }
        return m.group(1);
    }

    private HttpResponse<String> seen(HttpResponse<String> r) {
        if (r.body().contains("name=\"_csrf\"")) {
            lastPage = r.body();
        }
        return r;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

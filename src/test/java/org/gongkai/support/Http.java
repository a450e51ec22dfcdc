package org.gongkai.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client against the running test server (no redirects followed). */
public final class Http {

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

    /** GET as a staff member (HTTP basic, demo password). */
    public HttpResponse<String> getAs(String username, String path) throws Exception {
        String auth = Base64.getEncoder().encodeToString((username + ":demo1234").getBytes(StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Basic " + auth)
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

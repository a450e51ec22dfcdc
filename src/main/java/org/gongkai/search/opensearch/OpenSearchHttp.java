package org.gongkai.search.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** OpenSearch's REST API over the JDK's HTTP client: JSON in, JSON out, a status to look at. */
final class OpenSearchHttp {

    /** An answer: its HTTP status and body (an empty object when the body is empty). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient client;
    private final Duration timeout;

    OpenSearchHttp(String url, Duration timeout) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    Answer send(String method, String path, Object body) {
        String payload = body == null ? null : body instanceof String s ? s : json(body);
        return sendRaw(method, path, payload, "application/json");
    }

    Answer sendRaw(String method, String path, String payload, String contentType) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "application/json");
        if (payload == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            return new Answer(response.statusCode(), read(text == null || text.isBlank() ? "{}" : text));
        } catch (IOException e) {
            throw new SearchUnavailableException(
                    "OpenSearch at " + base + " did not answer: " + (e.getMessage() == null ? e : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("interrupted while asking OpenSearch", e);
        }
    }

    /** Like {@link #send} but an error status is an exception. */
    JsonNode expect(String method, String path, Object body) {
        Answer a = send(method, path, body);
        if (!a.ok()) {
            throw new SearchUnavailableException(method + " " + path + " answered " + a.status() + ": "
                    + abbreviate(a.body().toString()));
        }
        return a.body();
    }

    static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }

    URI base() {
        return base;
    }
}

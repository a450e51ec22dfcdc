package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, started as a user starts it: every test above runs on the test classpath, which can
 * hold what the jar lacks (a runtime library declared with test scope once left Jackson 2 out of the jar, and
 * {@code serve} failed while every test passed). Runs after {@code package} (failsafe).
 */
class PackagedApplicationIT {

    private static final Path TARGET = Path.of(System.getProperty("gongkai.test.target", "target"));

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void theJarServesThePortalTheApiAndItsDescription() throws Exception {
        Path jar = TARGET.resolve("gongkai.jar");
        assertThat(jar).exists();
        Path dir = Files.createTempDirectory(TARGET, "packaged-it-");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(List.of(
                        java,
                        "-Dfile.encoding=UTF-8",
                        "-Dpdfbox.fontcache=" + TARGET.resolve("pdfbox-fontcache"),
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--port",
                        Integer.toString(port),
                        "--data-dir",
                        dir.resolve("data").toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile())
                .start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();

        awaitHealthy(http, base, dir.resolve("server.log"));

        HttpResponse<String> units = get(http, base + "/api/v1/units");
        assertThat(units.statusCode()).isEqualTo(200);
        assertThat(units.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("json"));
        HttpResponse<String> portal = get(http, base + "/portal/catalog");
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("政府信息公开");
        HttpResponse<String> description = get(http, base + "/v3/api-docs");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("\"openapi\"").contains("/api/v1/requests");
        HttpResponse<String> problem = get(http, base + "/api/v1/requests/NO-SUCH-CODE");
        assertThat(problem.statusCode()).isBetween(400, 499);
    }

    private void awaitHealthy(HttpClient http, String base, Path log) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            assertThat(server.isAlive())
                    .as("the packaged application stopped:%n%s", tail(log))
                    .isTrue();
            try {
                HttpResponse<String> health = get(http, base + "/actuator/health");
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (ConnectException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the packaged application did not become healthy in 3 minutes:\n" + tail(log));
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

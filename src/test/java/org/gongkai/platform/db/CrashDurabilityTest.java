package org.gongkai.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Acknowledged means on disk: the real platform (`serve`, durable settings, no demo) runs in a child JVM; four
 * clients post applications; the JVM and the PostgreSQL server are killed with SIGKILL together in the middle;
 * the database then starts on the first try and holds every application that was answered 201.
 */
class CrashDurabilityTest {

    private static final Pattern TRACKING = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([^\"]+)\"");
    private static final String UNIT = "990001";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @Test
    void givenIntakeUnderWay_whenJavaAndPostgresAreKilled_thenEveryAcknowledgedApplicationSurvives() throws Exception {
        int port = ChildProcesses.freePort();
        Process serve = ChildProcesses.gongkai(
                dir.resolveSibling(dir.getFileName() + ".log"),
                "serve",
                "--port",
                Integer.toString(port),
                "--data-dir",
                dir.toString());
        String base = "http://127.0.0.1:" + port;
        try {
            ChildProcesses.waitFor(() -> healthy(base), 120_000, "the platform to start");
            String token = Files.readString(dir.resolve("setup-token")).strip();
            assertThat(post(base + "/api/v1/setup", """
                            {"token":"%s","government":{"code":"%s","name":"崩溃测试县人民政府"},
                             "admin":{"username":"chief","name":"林主任","password":"Very-long-passphrase-2026"}}""".formatted(token, UNIT)).statusCode())
                    .isEqualTo(201);

            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) {
                clients.submit(() -> intake(base, acknowledged, stop));
            }
            ChildProcesses.waitFor(() -> acknowledged.size() >= 40, 30_000, "40 acknowledged applications");
            ProcessHandle postgres = ChildProcesses.postmaster(dir).orElseThrow();

            postgres.destroyForcibly();
            serve.destroyForcibly();
            stop.set(true);
            clients.shutdown();
            serve.waitFor();
            postgres.onExit().join();

            Set<String> acked = Set.copyOf(acknowledged);
            EmbeddedDatabase.Endpoint db = EmbeddedDatabase.start(dir, EmbeddedDatabase.Options.production());
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            List<String> stored = jdbc.sql("select tracking_code from disclosure_request")
                    .query(String.class)
                    .list();
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            assertThat(jdbc.sql("show full_page_writes").query(String.class).single())
                    .isEqualTo("on");
            assertThat(acked).hasSizeGreaterThanOrEqualTo(40);
            assertThat(stored.stream().collect(Collectors.toSet())).containsAll(acked);
        } finally {
            serve.destroyForcibly();
            EmbeddedDatabase.stop(dir);
        }
    }

    private void intake(String base, ConcurrentLinkedQueue<String> acknowledged, AtomicBoolean stop) {
        String body = """
                {"unitCode":"%s","applicant":{"type":"natural_person","name":"张三","idType":"resident_id",
                 "idNumber":"11010519491231002X","phone":"13800000000","address":"示例县城关镇1号"},
                 "description":"申请公开2024年城关镇老旧小区改造项目的资金使用情况",
                 "channel":"online","delivery":"email","email":"zhangsan@example.com"}""".formatted(UNIT);
        int sent = 0;
        while (!stop.get()) {
            try {
                // many applicants, each from its own address (through this machine's trusted proxy), so that the
                // per-address intake limit does not cap the run
                String from =
                        "198.51.%d.%d".formatted(100 + Thread.currentThread().threadId() % 50, 1 + sent++ % 250);
                HttpResponse<String> r = post(base + "/api/v1/requests", body, from);
                Matcher m = TRACKING.matcher(r.body());
                if (r.statusCode() == 201 && m.find()) {
                    acknowledged.add(m.group(1));
                }
            } catch (Exception e) {
                return; // the server is gone
            }
        }
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return post(url, json, "127.0.0.1");
    }

    private HttpResponse<String> post(String url, String json, String from) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("X-Forwarded-For", from)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private boolean healthy(String base) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body()
                    .contains("\"UP\"");
        } catch (Exception e) {
            return false;
        }
    }
}

package org.gongkai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.GongkaiApplication;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.Http;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import picocli.CommandLine;

/**
 * A platform started without the demo has no account and offers a one-time setup: the token in DATA_DIR/setup-token
 * (0600) opens /setup and POST /api/v1/setup once; demo passwords exist nowhere; an operator can reset a password
 * from the command line.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gongkai.demo=false", "gongkai.data-dir=target/test-data-setup"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstSetupTest {

    @LocalServerPort
    int port;

    @Autowired
    GongkaiProperties props;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    private final HttpClient http = HttpClient.newHttpClient();

    private Path tokenFile() {
        return props.dataDir().resolve("setup-token");
    }

    private String token() throws Exception {
        return Files.readString(tokenFile()).strip();
    }

    private HttpResponse<String> postSetup(String json) throws Exception {
        return new Http(port).postJson("/api/v1/setup", json);
    }

    private static String body(String token, String code, String name, String user, String password) {
        return """
                {"token":"%s","government":{"code":"%s","name":"%s"},"admin":{"username":"%s","name":"林主任","password":"%s"}}""".formatted(token, code, name, user, password);
    }

    @Test
    @Order(1)
    void givenAnEmptyPlatformWithoutDemo_thenNoAccountExistsAndTheTokenFileIsPrivate() throws Exception {
        assertThat(jdbc.sql("select count(*) from staff_account")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(Files.getPosixFilePermissions(tokenFile())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(token()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(new Http(port).get("/setup?token=wrong").statusCode()).isEqualTo(404);
        HttpResponse<String> page = new Http(port).get("/setup?token=" + token());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("平台初始设置", "name=\"_csrf\"", "<label for=\"governmentCode\"", "autocomplete=\"new-password\"");
    }

    @Test
    @Order(2)
    void givenBadFields_thenEveryFieldIsNamedAndNothingIsCreated() throws Exception {
        HttpResponse<String> r = postSetup(body(token(), "33 03", "", "x", "short"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body())
                .contains(
                        "\"field\":\"government.code\"",
                        "\"field\":\"government.name\"",
                        "\"field\":\"admin.username\"",
                        "\"field\":\"admin.password\"");
        assertThat(jdbc.sql("select count(*) from unit").query(Long.class).single())
                .isZero();
        assertThat(Files.exists(tokenFile())).isTrue();
    }

    @Test
    @Order(3)
    void givenTheToken_whenSettingUp_thenTheGovernmentAndItsAdministratorExistAndTheTokenDies() throws Exception {
        String token = token();
        HttpResponse<String> r = postSetup(body(token, "330382", "乐清市人民政府", "chief", "Very-long-passphrase-2026"));

        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(new Http(port).get("/api/v1/units").body()).contains("乐清市人民政府");
        String bearer = "Bearer " + Http.issue(port, "chief", "Very-long-passphrase-2026");
        HttpResponse<String> staff = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff"))
                        .header("Authorization", bearer)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(staff.body()).contains("\"username\":\"chief\"", "\"role\":\"ADMIN\"", "\"unitCode\":\"330382\"");
        assertThat(Files.exists(tokenFile())).isFalse();
        assertThat(postSetup(body(token, "330383", "另一个政府", "chief2", "Very-long-passphrase-2026"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(new Http(port).get("/setup?token=" + token).statusCode()).isEqualTo(404);
        assertThat(audit.recent(10)).anyMatch(e -> e.action().equals("setup.complete"));
        assertThat(audit.recent(10)).anyMatch(e -> e.action().equals("denied.setup"));
    }

    @Test
    @Order(4)
    void givenNoDemo_thenNoDemoPasswordWorks() throws Exception {
        for (String user : new String[] {"admin", "reviewer", "zhujian", "chief"}) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + java.util.Base64.getEncoder()
                                                    .encodeToString(
                                                            (user + ":demo1234").getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(user).isEqualTo(401);
        }
    }

    @Test
    @Order(5)
    void givenTheCommandLine_whenResettingAPassword_thenTheNewOneLogsInAndAnUnknownUserIsExit2() throws Exception {
        assertThat(resetPassword("chief", "Another-long-passphrase\n")).isZero();
        assertThat(resetPassword("nobody-here", "Another-long-passphrase\n")).isEqualTo(2);
        assertThat(resetPassword("chief", "short\n")).isEqualTo(2);

        assertThat(loginForm("chief", "Another-long-passphrase")).endsWith("/console");
        assertThat(audit.recent(10))
                .anyMatch(e -> e.action().equals("staff.password-reset") && "chief".equals(e.entityId()));
    }

    private int resetPassword(String user, String stdin) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cli = GongkaiApplication.commandLine();
            cli.setErr(new PrintWriter(new StringWriter()));
            cli.setOut(new PrintWriter(new StringWriter()));
            return cli.execute(
                    "admin",
                    "reset-password",
                    user,
                    "--data-dir",
                    props.dataDir().toString());
        } finally {
            System.setIn(before);
        }
    }

    private String loginForm(String user, String password) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        HttpResponse<String> r = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Location").orElse("");
    }
}

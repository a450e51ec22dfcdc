package org.gongkai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Passwords through turnover: an account the administrator created chooses its own password at its first console
 * login before anything else opens; an administrator resets a password (console and API), which revokes the
 * account's tokens and makes the person choose again.
 */
@GongkaiTest
class FirstLoginPasswordTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    StaffRepository staff;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> send(String method, String path, String auth, String type, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> json(String method, String path, String auth, String body) throws Exception {
        return send(method, path, auth, "application/json", body);
    }

    private void createAccount(String username, String password) throws Exception {
        var created = json(
                "POST",
                "/api/v1/staff",
                Http.bearer(port, "admin"),
                "{\"username\":\"" + username + "\",\"name\":\"新经办\",\"password\":\"" + password
                        + "\",\"role\":\"HANDLER\",\"unitCode\":\"001008099013\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** A browser's console login (form, session cookie); returns the client holding the session. */
    private HttpClient login(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).isTrue();
        var r = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    private static HttpResponse<String> page(HttpClient browser, int port, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> choose(HttpClient browser, int port, String password, String again)
            throws Exception {
        Matcher m = CSRF.matcher(page(browser, port, "/console/password").body());
        assertThat(m.find()).isTrue();
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/password"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf="
                                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&confirmation="
                                + URLEncoder.encode(again, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNewAccountChoosesItsOwnPasswordAtItsFirstConsoleLogin() throws Exception {
        createAccount("firstlogin1", "Given-by-admin-2026");
        assertThat(staff.mustChangePassword("firstlogin1")).isTrue();
        String auth = "Bearer " + Http.issue(port, "firstlogin1", "Given-by-admin-2026");
        assertThat(json("GET", "/api/v1/requests", auth, null).statusCode())
                .as("an API token carries the account's rights as before")
                .isEqualTo(200);

        HttpClient browser = login("firstlogin1", "Given-by-admin-2026");
        var home = page(browser, port, "/console");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/console/password");
        assertThat(page(browser, port, "/console/requests").statusCode()).isEqualTo(302);
        assertThat(page(browser, port, "/console/password").body()).contains("管理员设置的");

        var mismatch = choose(browser, port, "Chosen-by-me-2026x", "Chosen-by-me-2026y");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("两次输入的密码不一致");
        var same = choose(browser, port, "Given-by-admin-2026", "Given-by-admin-2026");
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("不能与管理员设置的密码相同");
        assertThat(staff.mustChangePassword("firstlogin1")).isTrue();

        var chosen = choose(browser, port, "Chosen-by-me-2026x", "Chosen-by-me-2026x");
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(staff.mustChangePassword("firstlogin1")).isFalse();
        assertThat(page(browser, port, "/console").statusCode()).isEqualTo(200);
        assertThat(page(login("firstlogin1", "Chosen-by-me-2026x"), port, "/console")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorResetsAPasswordThroughTheApiAndTheConsole() throws Exception {
        createAccount("firstlogin2", "Given-by-admin-2026");
        String old = "Bearer " + Http.issue(port, "firstlogin2", "Given-by-admin-2026");
        String admin = Http.bearer(port, "admin");

        var weak = json("POST", "/api/v1/staff/firstlogin2/password", admin, "{\"password\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("password");
        assertThat(json("POST", "/api/v1/staff/nobody-here/password", admin, "{\"password\":\"Another-long-one-1\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(json(
                                "POST",
                                "/api/v1/staff/firstlogin2/password",
                                Http.bearer(port, "zhujian"),
                                "{\"password\":\"Another-long-one-1\"}")
                        .statusCode())
                .as("only administrators reset")
                .isEqualTo(403);

        staff.setMustChangePassword("firstlogin2", false);
        var reset = json("POST", "/api/v1/staff/firstlogin2/password", admin, "{\"password\":\"Reset-by-admin-2026\"}");
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(reset.body()).contains("\"tokensRevoked\":1");
        assertThat(json("GET", "/api/v1/requests", old, null).statusCode())
                .as("the old token died")
                .isEqualTo(401);
        assertThat(staff.mustChangePassword("firstlogin2")).isTrue();

        staff.setMustChangePassword("firstlogin2", false);
        ConsoleSession console = new ConsoleSession(port, "admin");
        var page = console.post(
                "/console/units",
                "/console/staff/firstlogin2/password",
                java.util.Map.of("password", "Console-reset-2026"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(staff.mustChangePassword("firstlogin2")).isTrue();
        assertThat(Http.issue(port, "firstlogin2", "Console-reset-2026")).isNotBlank();
        var tooShort = console.post(
                "/console/units", "/console/staff/firstlogin2/password", java.util.Map.of("password", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("密码至少 12 个字符");
    }
}

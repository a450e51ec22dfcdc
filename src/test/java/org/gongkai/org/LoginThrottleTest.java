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
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff log in with a form that carries a CSRF token; wrong passwords make the guessing address wait, growing,
 * never the account's owner at another address.
 */
@GongkaiTest
class LoginThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    org.gongkai.org.security.LoginThrottle throttle;

    private HttpResponse<String> login(String username, String password) throws Exception {
        return login("127.0.0.1", username, password);
    }

    /** A form login as it arrives from {@code address} (through this machine's proxy: X-Forwarded-For). */
    private HttpResponse<String> login(String address, String username, String password) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("login form carries a CSRF token").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        return http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theRightPasswordOpensTheConsole() throws Exception {
        accounts.create("throttle-ok", "correct-horse", "测试", Role.HANDLER, "001008099013");

        HttpResponse<String> r = login("throttle-ok", "correct-horse");

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/console");
    }

    @Test
    void afterThreeWrongPasswordsFromOneAddressThatAddressWaitsAndIsToldHowLong() throws Exception {
        accounts.create("throttle-wait", "correct-horse", "测试", Role.HANDLER, "001008099013");
        for (int i = 0; i < 4; i++) {
            assertThat(location(login("203.0.113.31", "throttle-wait", "wrong" + i)))
                    .endsWith("/login?error");
        }

        HttpResponse<String> r = login("203.0.113.31", "throttle-wait", "correct-horse");

        assertThat(location(r)).matches(".*/login\\?wait=\\d+");
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri(location(r).replaceFirst("^https?://[^/]+", "")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("登录尝试过多").contains("秒后再试");
    }

    @Test
    void theOwnerFromAnotherAddressIsNotLockedOutBySomeoneElsesGuesses() throws Exception {
        accounts.create("throttle-owner", "correct-horse", "测试", Role.HANDLER, "001008099013");
        for (int i = 0; i < 7; i++) {
            login("203.0.113.32", "throttle-owner", "wrong" + i);
        }
        assertThat(location(login("203.0.113.32", "throttle-owner", "correct-horse")))
                .contains("/login?wait=");

        HttpResponse<String> owner = login("203.0.113.33", "throttle-owner", "correct-horse");

        assertThat(owner.statusCode()).isEqualTo(302);
        assertThat(location(owner)).endsWith("/console");
    }

    @Test
    void httpBasicFromAnAddressThatMustWaitIsRefusedWith429() throws Exception {
        for (int i = 0; i < 4; i++) {
            throttle.failed("203.0.113.34", "throttle-basic");
        }
        String auth = java.util.Base64.getEncoder()
                .encodeToString("throttle-basic:whatever".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/api/v1/units"))
                                .header("Authorization", "Basic " + auth)
                                .header("X-Forwarded-For", "203.0.113.34")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(r.body()).contains("后再试").contains("登录尝试过多");
    }

    private static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    void aLoginPostWithoutCsrfIsRefused() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo1234"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(403);
    }
}

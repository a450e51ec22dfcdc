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

/** Staff log in with a form that carries a CSRF token; five wrong passwords lock the account. */
@GongkaiTest
class LoginThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    private HttpResponse<String> login(String username, String password) throws Exception {
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
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        accounts.create("throttle-lock", "correct-horse", "测试", Role.HANDLER, "001008099013");
        for (int i = 0; i < 5; i++) {
            assertThat(login("throttle-lock", "wrong" + i)
                            .headers()
                            .firstValue("Location")
                            .orElse(""))
                    .endsWith("/login?error");
        }

        HttpResponse<String> r = login("throttle-lock", "correct-horse");

        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login?error");
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

package org.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

/** No session before a login; the session cookie is SameSite=Lax, HttpOnly, and Secure behind an https public URL. */
@GongkaiTest
class SessionsTest {

    @LocalServerPort
    int port;

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> setCookies(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie");
    }

    @Test
    void givenAnAnonymousVisitor_whenOpeningTheConsoleAndTheLoginPage_thenNoSessionIsCreated() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> console = http.send(
                HttpRequest.newBuilder(uri("/console/requests"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login =
                http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(setCookies(console)).noneMatch(c -> c.startsWith(SessionCookieConfig.NAME + "="));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(setCookies(login)).noneMatch(c -> c.startsWith(SessionCookieConfig.NAME + "="));
    }

    @Test
    void givenALogin_thenTheSessionCookieIsSameSiteLaxAndHttpOnly_andTheLoginReturnsToThePageAsked() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        http.send(
                HttpRequest.newBuilder(uri("/console/deadlines"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();

        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=reviewer&password=demo1234&_csrf="
                                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/console/deadlines");
        String session = setCookies(r).stream()
                .filter(c -> c.startsWith(SessionCookieConfig.NAME + "="))
                .findFirst()
                .orElseThrow();
        assertThat(session).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(session).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void givenAnHttpsPublicUrl_thenTheSessionCookieIsSecure() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse https = new MockHttpServletResponse();
        MockHttpServletResponse plain = new MockHttpServletResponse();

        new SessionCookieConfig()
                .sessionCookie(properties("https://gk.example.gov.cn"))
                .writeCookieValue(new CookieValue(request, https, "s1"));
        new SessionCookieConfig()
                .sessionCookie(properties("http://localhost:8080"))
                .writeCookieValue(new CookieValue(request, plain, "s1"));

        assertThat(https.getHeader("Set-Cookie"))
                .contains("Secure")
                .contains("SameSite=Lax")
                .contains("HttpOnly");
        assertThat(plain.getHeader("Set-Cookie")).doesNotContain("Secure").contains("SameSite=Lax");
    }

    private static GongkaiProperties properties(String publicUrl) {
        return new GongkaiProperties(Path.of("target/unused"), false, null, null, null, false, true, publicUrl);
    }
}

package org.gongkai.requests;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wrong tracking secrets make the guessing address wait (per address and tracking code), and the owner of the
 * code, asking from another address, still gets in.
 */
@GongkaiTest
class TrackingThrottleTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> track(String from, String code, String secret) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/track"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String form = "code=" + enc(code) + "&secret=" + enc(secret) + "&_csrf=" + enc(m.group(1));
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/track"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", from)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void guessesFromOneAddressDoNotLockTheOwnerOutFromAnother() throws Exception {
        // Given an application and its secret
        JsonNode created = JsonMapper.builder()
                .build()
                .readTree(HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests"))
                                        .header("Content-Type", "application/json")
                                        .header("X-Forwarded-For", "203.0.113.40")
                                        .POST(HttpRequest.BodyPublishers.ofString(IntakeLimitTest.VALID))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
        String code = created.get("trackingCode").asString();
        String secret = created.get("secret").asString();

        // When one address guesses wrong secrets six times
        for (int i = 0; i < 6; i++) {
            track("203.0.113.41", code, "WRONG-GUESS-" + i);
        }

        // Then that address waits, even with the right secret, and is told so
        HttpResponse<String> guesser = track("203.0.113.41", code, secret);
        assertThat(guesser.statusCode()).isEqualTo(429);
        assertThat(guesser.headers().firstValue("Retry-After")).isPresent();
        assertThat(guesser.body()).contains("尝试次数过多").contains("秒后再试");

        // And the owner from another address sees the application
        HttpResponse<String> owner = track("203.0.113.42", code, secret);
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(owner.body()).contains(code).doesNotContain("尝试次数过多");
    }

    @Test
    void aTrackingCodeWithControlCharactersIsJustNotFound() throws Exception {
        HttpResponse<String> r = track("203.0.113.43", "2026-\u0000AAAA", "X");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("查询码或查询密码不正确");
    }
}

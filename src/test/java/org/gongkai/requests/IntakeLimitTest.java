package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gongkai.platform.throttle.Throttles;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Public intake is limited per address (20 per 10 minutes): the next submission gets 429 with Retry-After and a
 * Chinese explanation; other addresses are not affected. Addresses come from X-Forwarded-For, which the platform
 * trusts from this machine only (the test client is on it).
 */
@GongkaiTest
class IntakeLimitTest {

    static final String VALID = """
            {"unitCode": "001008099013",
             "applicant": {"type": "natural_person", "name": "张三", "idType": "resident_id",
                           "idNumber": "11010519491231002X", "phone": "13800000000", "address": "示例县城关镇1号"},
             "description": "申请公开2024年城关镇老旧小区改造项目的资金使用情况",
             "channel": "online", "delivery": "email", "email": "zhangsan@example.com"}""";

    @LocalServerPort
    int port;

    @Autowired
    Throttles throttles;

    private HttpResponse<String> post(String from, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests"))
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", from)
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theTwentyFirstSubmissionFromOneAddressIn10MinutesIsRefusedWith429() throws Exception {
        // Given 20 submissions from one address (invalid ones count too)
        for (int i = 0; i < 20; i++) {
            assertThat(post("203.0.113.21", "{}").statusCode()).isEqualTo(400);
        }

        // When it submits a valid application
        HttpResponse<String> r = post("203.0.113.21", VALID);

        // Then it must wait, and is told so; another address is served
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 600L);
        assertThat(r.body()).contains("提交过于频繁").contains("分钟后再试");
        assertThat(post("203.0.113.22", VALID).statusCode()).isEqualTo(201);
    }

    @Test
    void thePortalFormAnswersAChinesePage() throws Exception {
        for (int i = 0; i < 20; i++) {
            throttles.submission("intake", "203.0.113.23");
        }
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        String page = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/apply"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/apply"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "203.0.113.23")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString("unitCode=001008099013&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(r.body()).contains("请求过于频繁").contains("提交过于频繁");
    }
}

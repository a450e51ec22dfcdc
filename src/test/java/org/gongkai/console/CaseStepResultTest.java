package org.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After a step on a case (previewed, then confirmed) the page says in words what was done (from the bundle of that
 * step), and the step no longer offered is gone from the page.
 */
@GongkaiTest
class CaseStepResultTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([^<]+)<");

    @LocalServerPort
    int port;

    @Test
    void confirmingACaseSaysSoAndNoLongerOffersTheStep() throws Exception {
        String code = applyOnline();
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        Matcher m = Pattern.compile("href=\"(/console/requests/\\d+)\">" + Pattern.quote(code) + "<")
                .matcher(handler.get("/console/requests?status=AWAITING_CONFIRMATION")
                        .body());
        assertThat(m.find()).as("the new application awaits confirmation").isTrue();
        String path = m.group(1);
        assertThat(handler.get(path).body()).contains("id=\"do-confirm\"");

        HttpResponse<String> preview = handler.post(path, path + "/confirm", Map.of());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"letter-preview\"", "政府信息公开申请登记回执");
        assertThat(handler.get(path).body()).contains("id=\"do-confirm\"");

        HttpResponse<String> r = handler.post(path, path + "/confirm", Map.of("confirmed", "true"));
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(path + "?done=confirm");

        String page = handler.get(path + "?done=confirm").body();
        assertThat(page)
                .contains("id=\"step-done\"", "已确认收到申请，并向申请人发出登记回执；答复期限自收到之日起计算。")
                .doesNotContain("id=\"do-confirm\"", "操作已完成");
        assertThat(handler.get(path + "?done=no-such-step").body()).doesNotContain("id=\"step-done\"");
    }

    /** An application to the housing bureau on the portal; returns its tracking code. */
    private String applyOnline() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        URI apply = URI.create("http://localhost:" + port + "/portal/apply");
        Matcher csrf = CSRF.matcher(http.send(HttpRequest.newBuilder(apply).build(), BodyHandlers.ofString())
                .body());
        assertThat(csrf.find()).isTrue();
        String done = http.send(
                        HttpRequest.newBuilder(apply)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("X-Forwarded-For", "198.51.100.77")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1)
                                        + "&unitCode=001008099013&applicantType=natural_person&name=%E7%8E%8B%E4%BA%94"
                                        + "&idType=resident_id&idNumber=11010519491231002X&phone=13800000000"
                                        + "&description=%E6%9F%A5%E8%AF%A2%E6%9C%AC%E5%B9%B4%E5%BA%A6%E6%94%B9%E9%80%A0%E8%AE%A1%E5%88%92"
                                        + "&delivery=post&address=%E5%9F%8E%E5%85%B3%E9%95%871%E5%8F%B7"))
                                .build(),
                        BodyHandlers.ofString())
                .body();
        Matcher code = CODE.matcher(done);
        assertThat(code.find()).as("the portal gives a tracking code").isTrue();
        return code.group(1);
    }
}

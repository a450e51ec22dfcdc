package org.gongkai.catalog;

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
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's catalogue pages as staff use them: drafting with inline errors, review by a second person. */
@GongkaiTest
class ConsoleCatalogPagesTest {

    @LocalServerPort
    int port;

    private HttpClient as() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient http, String user, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic(user))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient http, String user, String path, String csrf, String form)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic(user))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf) + "&" + form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aHandlerDraftsWithInlineErrorsThenTheReviewerPublishes() throws Exception {
        HttpClient handler = as();
        HttpResponse<String> form = get(handler, "zhujian", "/console/catalog/new");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        String page = form.body();
        String csrf = csrf(page);
        HttpResponse<String> bad = post(
                handler,
                "zhujian",
                "/console/catalog",
                csrf,
                "unitCode=001008099013&title=&docType=NORMATIVE&writtenOn=not-a-date&article20Item=1&column=x"
                        + "&mode=PROACTIVE");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("field-error").contains("日期格式");

        HttpResponse<String> ok = post(
                handler,
                "zhujian",
                "/console/catalog",
                csrf,
                "unitCode=001008099013&title=" + enc("控制台测试关于物业管理的规定") + "&docType=NORMATIVE"
                        + "&writtenOn=2025-05-06&article20Item=1&column=" + enc("规范性文件") + "&mode=PROACTIVE"
                        + "&body=" + enc("正文"));
        assertThat(ok.statusCode()).isEqualTo(302);
        String itemPath =
                URI.create(ok.headers().firstValue("Location").orElseThrow()).getPath();
        String item = get(handler, "zhujian", itemPath).body();
        assertThat(item).contains("控制台测试关于物业管理的规定").contains("草稿");
        post(handler, "zhujian", itemPath + "/submit", csrf(item), "");
        assertThat(get(handler, "zhujian", itemPath).body()).contains("待保密审查").doesNotContain("审查通过并发布");

        HttpClient reviewer = as();
        String review = get(reviewer, "reviewer", itemPath).body();
        assertThat(review).contains("审查通过并发布");
        HttpResponse<String> approved = post(reviewer, "reviewer", itemPath + "/approve", csrf(review), "note=ok");
        assertThat(approved.statusCode()).isEqualTo(302);
        String published = get(reviewer, "reviewer", itemPath).body();
        assertThat(published).contains("已发布").contains("001008099013/");
        // And the item's history shows who drafted, submitted and approved it, like a case's
        String history = published.substring(published.indexOf("id=\"history\""));
        assertThat(history)
                .containsSubsequence("起草", "zhujian", "提交保密审查", "zhujian", "→ 待保密审查")
                .containsSubsequence("保密审查通过并发布", "reviewer", "→ 已发布", "001008099013/", "（ok）");
    }

    @Test
    void listsAndTheLackingInterpretationPageRenderForEachRole() throws Exception {
        for (String user : new String[] {"admin", "reviewer", "zhujian", "auditor"}) {
            HttpClient http = as();
            assertThat(get(http, user, "/console/catalog").statusCode())
                    .as(user)
                    .isEqualTo(200);
            assertThat(get(http, user, "/console/catalog/lacking-interpretation")
                            .body())
                    .contains("缺少政策解读");
        }
        assertThat(get(as(), "zhujian", "/console/catalog").body()).doesNotContain("城关镇");
    }

    @Test
    void aReviewerRebuildsTheSearchIndexAndAHandlerMayNot() throws Exception {
        HttpClient reviewer = as();
        String list = get(reviewer, "reviewer", "/console/catalog").body();
        HttpResponse<String> done = post(reviewer, "reviewer", "/console/catalog/search-rebuild", csrf(list), "");
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(get(reviewer, "reviewer", "/console/catalog").body()).contains("检索索引已重建");
        assertThat(get(reviewer, "reviewer", "/api/v1/catalog/search?q=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA")
                        .body())
                .contains("老旧小区");
        HttpClient handler = as();
        String mine = get(handler, "zhujian", "/console/catalog/new").body();
        assertThat(post(handler, "zhujian", "/console/catalog/search-rebuild", csrf(mine), "")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aHandlerCannotOpenAnotherUnitsItem() throws Exception {
        HttpClient http = as();
        String list = get(http, "chengguan", "/console/catalog").body();
        Matcher m = Pattern.compile("/console/catalog/(\\d+)\"").matcher(list);
        assertThat(m.find()).isTrue();
        HttpClient other = as();
        assertThat(get(other, "zhujian", "/console/catalog/" + m.group(1)).statusCode())
                .isEqualTo(403);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("csrf token").isTrue();
        return m.group(1);
    }

    private String basic(String user) {
        return Http.bearer(port, user);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

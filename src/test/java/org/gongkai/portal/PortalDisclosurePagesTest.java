package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 政府信息公开 column's pages on the demo county, as a visitor without JavaScript gets them. */
@GongkaiTest
class PortalDisclosurePagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    class TheFourParts {

        @Test
        void theGuideSaysHowToApplyAndWhom() throws Exception {
            HttpResponse<String> r = get("/portal/guide");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body())
                    .contains("依申请公开")
                    .contains("20 个工作日")
                    .contains("/portal/apply")
                    .contains("示例县人民政府办公室（县政务公开办公室）")
                    .contains("0577-");
        }

        @Test
        void theRulesListThePublishedRules() throws Exception {
            assertThat(get("/portal/rules").body()).contains("政府信息公开保密审查制度").contains("国务院令第 711 号");
        }

        @Test
        void theCatalogueBrowsesByItemUnitAndColumn() throws Exception {
            String body = get("/portal/catalog").body();
            assertThat(body).contains("（七）财政预算、决算信息").contains("县住房和城乡建设局").contains("规范性文件");
            String byUnit = get("/portal/catalog/list?unit=001008099013").body();
            assertThat(byUnit).contains("本机构目录栏目").contains("/portal/catalog/items/001008099013/");
            assertThat(get("/portal/catalog/list?item=7").body()).contains("部门预算");
            assertThat(get("/portal/catalog/list?column=" + enc("政府信息公开年报")).body())
                    .contains("年度报告");
        }

        @Test
        void annualReportsPublishedInTheCatalogueHaveTheirColumn() throws Exception {
            assertThat(get("/portal/catalog/list?type=ANNUAL_REPORT").body()).contains("年政府信息公开工作年度报告");
        }

        @Test
        void normativeDocumentsShowTheirValidity() throws Exception {
            String body = get("/portal/catalog/normative").body();
            assertThat(body).contains("行政规范性文件").contains("有效");
            assertThat(get("/portal/catalog/list?type=NORMATIVE&validity=REPEALED")
                            .body())
                    .contains("废止");
        }

        @Test
        void theStandardCatalogueHas26AreasWithTheirColumns() throws Exception {
            assertThat(get("/portal/catalog/standard").body())
                    .contains("重大建设项目")
                    .contains("扶贫");
            assertThat(get("/portal/catalog/standard?area=" + enc("义务教育")).body())
                    .contains("公开渠道和载体")
                    .contains("《中华人民共和国义务教育法》");
        }
    }

    @Nested
    class ItemPages {

        @Test
        void aDocumentLinksToItsInterpretationAndBack() throws Exception {
            String list = get("/portal/search?q=" + enc("老旧小区综合改造实施办法") + "&type=NORMATIVE")
                    .body();
            String path = firstItemPath(list);
            String doc = get(path).body();
            assertThat(doc).contains("索引号").contains("成文日期").contains("相关政策解读");
            String interpretation = firstItemPath(doc.substring(doc.indexOf("相关政策解读")));
            assertThat(get(interpretation).body())
                    .contains("政策解读")
                    .contains("本解读对应的文件")
                    .contains(path);
        }

        @Test
        void anUnknownIndexNumberIs404() throws Exception {
            assertThat(get("/portal/catalog/items/001008099013/1999-000001").statusCode())
                    .isEqualTo(404);
        }

        @Test
        void badListParametersAre400NotErrors() throws Exception {
            assertThat(get("/portal/catalog/list?item=abc").statusCode()).isEqualTo(400);
            assertThat(get("/portal/catalog/list?unit=nope").statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class FeedsAndModes {

        @Test
        void feedsAndSitemapListPublicItemsOnly() throws Exception {
            HttpResponse<String> atom = get("/portal/feed.atom");
            assertThat(atom.headers().firstValue("Content-Type").orElse("")).contains("application/atom+xml");
            assertThat(atom.body()).contains("<feed").contains("/portal/catalog/items/");
            assertThat(get("/portal/feed.rss").body()).contains("<rss").contains("<item>");
            String sitemap = get("/sitemap.xml").body();
            assertThat(sitemap)
                    .contains("<urlset")
                    .contains("/portal/guide")
                    .contains("/portal/catalog/items/")
                    .doesNotContain("误发");
            assertThat(atom.body()).doesNotContain("误发");
        }

        @Test
        void largeTextIsACookieSetByALinkAndNeverAnOpenRedirect() throws Exception {
            HttpResponse<String> set = get("/portal/text-size?large=true&back=/portal/guide");
            assertThat(set.statusCode()).isEqualTo(302);
            assertThat(set.headers().firstValue("Location").orElse("")).endsWith("/portal/guide");
            String cookie = set.headers().firstValue("Set-Cookie").orElse("");
            assertThat(cookie).contains("gk_text=large");
            assertThat(get("/portal/guide", "Cookie", "gk_text=large").body()).contains("class=\"large-text\"");
            assertThat(get("/portal/text-size?back=//evil.example")
                            .headers()
                            .firstValue("Location")
                            .orElse(""))
                    .doesNotContain("evil");
        }

        @Test
        void theSearchPageShowsFacetsAndMarksHits() throws Exception {
            String body = get("/portal/search?q=" + enc("老旧小区改造")).body();
            assertThat(body)
                    .contains("<mark>")
                    .contains("发布机构")
                    .contains("发布年份")
                    .contains("共找到");
            String odd = get("/portal/search?q=" + enc("<script>alert(1)</script>\""))
                    .body();
            assertThat(odd).doesNotContain("<script>alert(1)</script>");
        }
    }

    private static String firstItemPath(String html) {
        Matcher m = Pattern.compile("href=\"(/portal/catalog/items/\\d+/\\d{4}-\\d{6})\"")
                .matcher(html);
        assertThat(m.find()).as("an item link").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

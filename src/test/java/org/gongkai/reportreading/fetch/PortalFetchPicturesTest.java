package org.gongkai.reportreading.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.reportreading.fetch.LocalPortal.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A report published as pictures: the fetch puts the pictures of the report's own host inside the page. */
class PortalFetchPicturesTest {

    private static final byte[] TABLE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    private static final Charset GBK = Charset.forName("GB18030");

    private LocalPortal portal;
    private String pictured;
    private String base;
    private String otherHost;

    @BeforeEach
    void serve() throws IOException {
        Map<String, Page> pages = new ConcurrentHashMap<>();
        portal = LocalPortal.start(pages);
        base = portal.base();
        otherHost = portal.otherHost();
        String column = """
                <html><head><title>政府信息公开年报</title></head><body>
                <img src="/img/logo.png"><a href="/art/pictured.html">某区教育局2024年政府信息公开工作年度报告</a>
                <a href="/art/gb.html">某区民政局2024年政府信息公开工作年度报告</a></body></html>""";
        pictured = """
                <html><head><meta charset="utf-8"><title>某区教育局2024年政府信息公开工作年度报告</title></head><body>
                <IMG alt="表一" SRC='../img/table%201.png'><img src="%s/img/table 1.png">
                <img src="/img/missing.png"><img src="/art/notice.html"><img src="data:image/png;base64,AAAA">
                </body></html>""".replace("%s", otherHost);
        String gb = "<html><head><meta charset=\"gb2312\"></head><body><p>三、收到和处理政府信息公开申请情况</p>"
                + "<img src=\"/img/table 1.png\"></body></html>";
        pages.putAll(Map.of(
                "/col/index.html", new Page("text/html; charset=utf-8", column.getBytes(StandardCharsets.UTF_8)),
                "/art/pictured.html", new Page("text/html; charset=utf-8", pictured.getBytes(StandardCharsets.UTF_8)),
                "/art/gb.html", new Page("text/html; charset=gb2312", gb.getBytes(GBK)),
                "/art/notice.html", new Page("text/html", "<p>通知</p>".getBytes(StandardCharsets.UTF_8)),
                "/img/table 1.png", new Page("image/png", TABLE),
                "/img/logo.png", new Page("image/png", TABLE)));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void givenAReportShownAsPictures_whenFetched_thenItsOwnHostsPicturesAreInsideThePage() {
        PortalFetch.Result r = new PortalFetch(PortalFetch.Limits.defaults()).fetch(List.of(base + "/col/index.html"));

        assertThat(r.downloads()).hasSize(2);
        String pictured = new String(r.downloads().get(0).content(), StandardCharsets.UTF_8);
        String inlined = "data:image/png;base64," + Base64.getEncoder().encodeToString(TABLE);
        assertThat(pictured)
                .contains("<IMG alt=\"表一\" SRC='" + inlined + "'>")
                .contains("<img src=\"" + otherHost + "/img/table 1.png\">") // another host: left as it was
                .contains("<img src=\"/img/missing.png\">")
                .contains("data:image/png;base64,AAAA");
        assertThat(r.skipped())
                .anyMatch(s -> s.contains("/img/missing.png") && s.contains("HTTP 404"))
                .anyMatch(s -> s.contains("/art/notice.html") && s.contains("no picture"));

        // a page in another encoding keeps its bytes: only the address is replaced
        String gb = new String(r.downloads().get(1).content(), GBK);
        assertThat(gb).contains("三、收到和处理政府信息公开申请情况").contains(inlined);
    }

    @Test
    void givenPicturesBeyondTheDownloadsSize_whenFetched_thenThePageKeepsTheirAddresses() {
        // the page fits, with its picture it would not
        PortalFetch.Limits small = new PortalFetch.Limits(
                pictured.getBytes(StandardCharsets.UTF_8).length + 20,
                10,
                PortalFetch.Limits.defaults().timeout(),
                5);
        PortalFetch.Result r = new PortalFetch(small).fetch(List.of(base + "/art/pictured.html"));

        assertThat(r.downloads()).isEmpty(); // a listed address is a column: nothing named a report
        r = new PortalFetch(small).fetch(List.of(base + "/col/index.html"));
        String pictured = new String(r.downloads().get(0).content(), StandardCharsets.UTF_8);
        assertThat(pictured).contains("SRC='../img/table%201.png'");
        assertThat(r.skipped()).anyMatch(s -> s.contains("picture not fetched") && s.contains("larger than"));
    }
}

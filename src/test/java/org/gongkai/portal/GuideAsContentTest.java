package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.fees.FeePolicy;
import org.gongkai.fees.FeeProperties;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guide and rules as the disclosure office's content: versions with history and publication dates, the
 * published one on the portal with its date, and the guide's channels and fees stated from the platform's settings.
 */
@GongkaiTest
class GuideAsContentTest {

    static final String GOVERNMENT = "001008099";

    @LocalServerPort
    int port;

    @Autowired
    FeePolicy fees;

    @Autowired
    PublicCatalog catalog;

    @Autowired
    UnitDirectory units;

    @Autowired
    MessageSource messages;

    @Autowired
    PageVersions versions;

    @Autowired
    JdbcClient jdbc;

    private String portal(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String unescape(String html) {
        return html.replace("&ldquo;", "“")
                .replace("&rdquo;", "”")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    @Test
    void theGuideStatesTheChannelsAndFeesThePlatformApplies() throws Exception {
        String guide = unescape(portal("/portal/guide"));
        assertThat(guide)
                .contains("网上申请（本网站“申请公开”）、当面提交、邮政挂号信、平常信函、传真、电子邮件")
                .contains(fees.basis())
                .contains("累计申请 10 件以内（含）不收费")
                .contains("第 11—30 件每件 " + fees.countRate(11) + " 元")
                .contains("第 31—40 件每件 " + fees.countRate(31) + " 元")
                .contains("30 页以内（含）不收费")
                .contains("第 31—100 页每页 " + (fees.byPages(31) - fees.byPages(30)) + " 元")
                .contains("第 201 页以上每页 " + (fees.byPages(201) - fees.byPages(200)) + " 元")
                .contains("联系电话：0577-")
                .doesNotContain("{{");
        assertThat(versions.history(GOVERNMENT, GuidePage.GUIDE))
                .as("the former fixed text is version 1")
                .anySatisfy(v -> {
                    assertThat(v.version()).isEqualTo(1);
                    assertThat(v.seeded()).isTrue();
                    assertThat(v.isPublished()).isTrue();
                });
    }

    @Test
    void reliefFromTheFeeSettingsIsStatedToo() {
        GuideFacts facts = new GuideFacts(
                fees, new FeeProperties(Set.of("natural_person"), 50, 100L, "县政府令第1号"), catalog, units, messages);
        assertThat(facts.fees()).last().isEqualTo("减免：自然人申请的免收；应收金额不超过 100 元的免收；其他情形减收 50%（依据：县政府令第1号）。");
        GuideFacts none = new GuideFacts(fees, new FeeProperties(null, null, null, null), catalog, units, messages);
        assertThat(none.fees()).hasSize(1);
    }

    @Test
    void theOfficeEditsVersionsAndThePortalShowsThePublishedOneWithItsDate() throws Exception {
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        var page = office.get("/console/guide");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("{{收费标准}}").contains("历史版本");
        String current = versions.history(GOVERNMENT, GuidePage.GUIDE).get(0).body();
        int before = versions.history(GOVERNMENT, GuidePage.GUIDE).size();

        var typedFees = office.post(
                "/console/guide",
                "/console/guide/guide",
                Map.of("body", current.replace("{{收费标准}}", "本机关不收取任何费用。"), "action", "save"));
        assertThat(typedFees.statusCode()).isEqualTo(400);
        assertThat(typedFees.body()).contains("指南必须包含自动生成的部分：{{收费标准}}");
        assertThat(versions.history(GOVERNMENT, GuidePage.GUIDE)).hasSize(before);

        String today = LocalDate.now(China.ZONE).toString();
        String edited = current + "\n# 五、咨询\n申请前可先电话咨询，工作人员一次告知所需材料。";
        var preview =
                office.post("/console/guide", "/console/guide/guide", Map.of("body", edited, "action", "preview"));
        assertThat(unescape(preview.body())).contains("申请前可先电话咨询").contains(fees.basis());
        assertThat(versions.history(GOVERNMENT, GuidePage.GUIDE))
                .as("a preview saves nothing")
                .hasSize(before);

        var saved = office.post(
                "/console/guide",
                "/console/guide/guide",
                Map.of("body", edited, "note", "增加咨询方式", "publishOn", today, "action", "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        List<PageVersion> history = versions.history(GOVERNMENT, GuidePage.GUIDE);
        assertThat(history).hasSize(before + 1);
        PageVersion published = history.get(0);
        assertThat(published.publishedOn()).isEqualTo(LocalDate.now(China.ZONE));
        String guide = portal("/portal/guide");
        assertThat(guide)
                .contains("申请前可先电话咨询")
                .contains("本页为第 " + published.version() + " 版，发布日期："
                        + LocalDate.now(China.ZONE).getYear() + "年");

        // a draft is not shown until it is published, and never back-dated
        office.post("/console/guide", "/console/guide/guide", Map.of("body", edited + "\n草稿段落。", "action", "save"));
        PageVersion draft = versions.history(GOVERNMENT, GuidePage.GUIDE).get(0);
        assertThat(draft.isPublished()).isFalse();
        assertThat(portal("/portal/guide")).doesNotContain("草稿段落");
        var backDated = office.post(
                "/console/guide?page=guide",
                "/console/guide/versions/" + draft.id() + "/publish",
                Map.of("page", "guide", "publishOn", "2020-01-01"));
        assertThat(backDated.statusCode()).isEqualTo(400);
        assertThat(backDated.body()).contains("发布日期不能早于今天");
        var ok = office.post(
                "/console/guide?page=guide",
                "/console/guide/versions/" + draft.id() + "/publish",
                Map.of("page", "guide"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(portal("/portal/guide")).contains("草稿段落");
        assertThat(versions.history(GOVERNMENT, GuidePage.GUIDE))
                .as("history kept")
                .extracting(PageVersion::version)
                .contains(1, published.version(), draft.version());
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('guide.save', 'guide.publish')")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void theRulesPageIsContentToo() throws Exception {
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        String current = versions.history(GOVERNMENT, GuidePage.RULES).get(0).body();
        var saved = office.post(
                "/console/guide?page=rules",
                "/console/guide/rules",
                Map.of(
                        "body",
                        current + "\n本机关实行政府信息公开工作年度考核制度。",
                        "publishOn",
                        LocalDate.now(China.ZONE).toString(),
                        "action",
                        "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(portal("/portal/rules")).contains("年度考核制度").contains("国务院令第 711 号");
    }

    @Test
    void onlyTheOfficeEdits() throws Exception {
        assertThat(new ConsoleSession(port, "zhujian").get("/console/guide").statusCode())
                .isEqualTo(403);
    }
}

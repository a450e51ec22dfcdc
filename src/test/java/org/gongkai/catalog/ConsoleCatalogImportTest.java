package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitAdministration;
import org.gongkai.org.UnitDirectory;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The console's migration page: a ZIP of the old site's sheet and files, previewed, then confirmed once. */
@GongkaiTest
class ConsoleCatalogImportTest {

    static final String UNIT = "001008099773";
    static final String PAGE = "/console/catalog/import";

    @LocalServerPort
    int port;

    @Autowired
    UnitAdministration unitAdmin;

    @Autowired
    UnitDirectory units;

    @Autowired
    CatalogRepository items;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void unit() {
        if (units.find(UNIT).isEmpty()) {
            unitAdmin.create(
                    new StaffMember("admin", "系统管理员", Role.ADMIN, "001008099001"),
                    new UnitAdministration.NewUnit(UNIT, "控制台迁移测试局", "001008099", "DEPARTMENT"));
        }
    }

    private byte[] zip(String... rows) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("export/目录.csv", ImportFixtures.csv(List.of(rows)).getBytes(StandardCharsets.UTF_8));
        entries.put("export/files/a.pdf", ImportFixtures.pdf("first attachment"));
        entries.put("export/files/b.pdf", ImportFixtures.pdf("second attachment"));
        return ImportFixtures.zip(entries);
    }

    private long count() {
        return jdbc.sql("select count(*) from catalog_item where unit_code = ?")
                .param(UNIT)
                .query(Long.class)
                .single();
    }

    @Test
    void aZipIsPreviewedThenImportedOnceByTheDisclosureOffice() throws Exception {
        ConsoleSession reviewer = new ConsoleSession(port, "reviewer");
        assertThat(reviewer.get("/console/catalog").body()).contains("href=\"/console/catalog/import\"");
        var page = reviewer.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("预检").contains("成文日期");

        byte[] good = zip(
                UNIT + "/2013-000007," + UNIT
                        + ",控制台迁移通知,示控〔2013〕7号,通知公告,2013-05-01,2013-05-02,通知公告,,,,正文,files/a.pdf;files/b.pdf",
                "," + UNIT + ",没有索引号的公告,,通知公告,2013-06-01,2013-06-02,通知公告,,,,,");
        long before = count();
        var preview = reviewer.upload(PAGE, PAGE, "file", Map.of("old-site.zip", good), Map.of());
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("预检通过：2 行全部可以导入");
        assertThat(count()).as("a preview stores nothing").isEqualTo(before);
        Matcher action =
                Pattern.compile("action=\"(/console/catalog/import/\\d+)\"").matcher(preview.body());
        assertThat(action.find()).isTrue();

        var done = reviewer.post(PAGE, action.group(1), Map.of());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("已导入 2 条信息、2 个附件");
        assertThat(count()).isEqualTo(before + 2);
        CatalogItem item = items.findByIndexNumber(UNIT + "/2013-000007").orElseThrow();
        assertThat(items.attachments(item.id()))
                .extracting(Attachment::filename)
                .containsExactly("a.pdf", "b.pdf");

        var again = reviewer.post(PAGE, action.group(1), Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("已经导入过");
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void aPreviewWithBadRowsShowsEachRowAndColumnAndOffersNoImport() throws Exception {
        ConsoleSession reviewer = new ConsoleSession(port, "reviewer");
        byte[] bad = zip(
                "," + UNIT + ",日期错误,,通知公告,2013-02-30,2013-05-02,通知公告,,,,,files/a.pdf",
                "," + UNIT + ",附件缺失,,通知公告,2013-05-01,2013-05-02,通知公告,,,,,files/c.pdf");
        var preview = reviewer.upload(PAGE, PAGE, "file", Map.of("bad.zip", bad), Map.of());
        assertThat(preview.statusCode()).isEqualTo(400);
        assertThat(preview.body())
                .contains("预检发现 2 处问题（共 2 行）")
                .contains("F（成文日期）")
                .contains("日期“2013-02-30”无法识别")
                .contains("附件文件“files/c.pdf”不存在")
                .doesNotContainPattern("action=\"/console/catalog/import/\\d+\"");

        var notASheet = reviewer.upload(PAGE, PAGE, "file", Map.of("x.pdf", ImportFixtures.pdf("x")), Map.of());
        assertThat(notASheet.statusCode()).isEqualTo(400);
        assertThat(notASheet.body()).contains("不能导入");
    }

    @Test
    void aHandlerMayNotImport() throws Exception {
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        assertThat(handler.get(PAGE).statusCode()).isEqualTo(403);
        long denied = jdbc.sql("select count(*) from audit_log where action = 'denied.catalog.import'")
                .query(Long.class)
                .single();
        assertThat(denied).isPositive();
    }
}

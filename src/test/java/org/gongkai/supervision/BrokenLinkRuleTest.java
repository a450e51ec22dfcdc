package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.catalog.Attachment;
import org.gongkai.catalog.CatalogColumns;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogWorkflow;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemContent;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.China;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.TestPdfs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Rule {@code broken-link}: links into the portal from published items whose target is withdrawn, unpublished or
 * gone, and attachments whose stored file is lost; each finding names the item and the link, and is resolved when
 * the link works again.
 */
@GongkaiTest
class BrokenLinkRuleTest {

    static final String GOVERNMENT = "001008099";
    static final String UNIT = GOVERNMENT + "013";
    static final String OFFICE = GOVERNMENT + "001";
    static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, OFFICE);
    static final StaffMember ADMIN = new StaffMember("admin", "系统管理员", Role.ADMIN, OFFICE);

    @LocalServerPort
    int port;

    @Autowired
    CatalogWorkflow catalog;

    @Autowired
    CatalogColumns columns;

    @Autowired
    SelfInspection inspection;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCountysLinkToAWithdrawnListIsFoundNamingTheItemAndTheLink() throws Exception {
        JsonNode culture =
                Api.json(new Api(port).get("reviewer", "/api/v1/supervision/findings?unit=" + GOVERNMENT + "018"));
        assertThat(culture.valueStream().filter(f -> f.get("code").asString().equals("broken-link")))
                .anySatisfy(f -> {
                    assertThat(f.get("message").asString())
                            .contains("文物安全检查")
                            .contains("/portal/catalog/items/" + GOVERNMENT + "018/")
                            .contains("已撤回或不存在");
                    assertThat(f.get("evidence").asString()).startsWith("/console/catalog/");
                });
    }

    @Test
    void aLinkBreaksWhenItsTargetIsWithdrawnAndIsResolvedWhenItsTargetIsPublished() throws Exception {
        CatalogItem target = publish("链接目标公告", "正文。");
        CatalogItem draft = catalog.create(REVIEWER, content("尚未公开的附件所属通知", "正文。"));
        Attachment file = catalog.attach(REVIEWER, draft.id(), "清单.pdf", pdf("list"));
        String itemLink = "/portal/catalog/items/" + target.indexNumber();
        String fileLink = "http://gongkai.example.gov.cn/portal/catalog/attachments/" + file.id();
        CatalogItem linking = publish(
                "引用链接的通知",
                "详见 " + itemLink + "，附件下载：" + fileLink + "。另见 https://www.gov.cn/portal/catalog/items/1/2020-1 和 "
                        + "/portal/catalog/items/" + target.indexNumber() + "。");

        inspection.run("test", GOVERNMENT);
        List<String> open = brokenLinks("引用链接的通知");
        assertThat(open).singleElement().asString().contains(fileLink).contains("附件不存在或未公开");

        catalog.withdraw(REVIEWER, target.id(), "调整");
        catalog.submit(REVIEWER, draft.id());
        catalog.approve(ADMIN, draft.id(), "同意", null);
        SelfInspection.Outcome o = inspection.run("test", GOVERNMENT);
        assertThat(o.opened()).isPositive();
        assertThat(o.resolved()).isPositive();
        assertThat(brokenLinks("引用链接的通知"))
                .singleElement()
                .asString()
                .contains("“引用链接的通知”中的 " + itemLink)
                .contains("已撤回或不存在");
        assertThat(linking.id()).isPositive();
    }

    @Test
    void anAttachmentWhoseStoredFileIsLostIsFoundAndResolvedWhenTheFileIsBack() throws Exception {
        CatalogItem item = catalog.create(REVIEWER, content("附件文件丢失的公告", "见附件。"));
        Attachment file = catalog.attach(REVIEWER, item.id(), "名单.pdf", pdf("names"));
        catalog.submit(REVIEWER, item.id());
        catalog.approve(ADMIN, item.id(), "同意", null);
        inspection.run("test", GOVERNMENT);
        assertThat(brokenLinks("附件文件丢失的公告")).isEmpty();

        // the stored bytes are lost (a failed migration of the old site's files, a damaged restore)
        byte[] kept = jdbc.sql("select content from catalog_attachment where id = ?")
                .param(file.id())
                .query(byte[].class)
                .single();
        jdbc.sql("update catalog_attachment set content = ''::bytea where id = ?")
                .param(file.id())
                .update();
        inspection.run("test", GOVERNMENT);
        assertThat(brokenLinks("附件文件丢失的公告"))
                .singleElement()
                .asString()
                .contains("名单.pdf")
                .contains("附件的文件已丢失");

        jdbc.sql("update catalog_attachment set content = ? where id = ?")
                .params(kept, file.id())
                .update();
        SelfInspection.Outcome o = inspection.run("test", GOVERNMENT);
        assertThat(o.resolved()).isPositive();
        assertThat(brokenLinks("附件文件丢失的公告")).isEmpty();
    }

    private List<String> brokenLinks(String title) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode f : Api.json(new Api(port).get("reviewer", "/api/v1/supervision/findings?unit=" + UNIT))) {
            String m = f.get("message").asString();
            if (f.get("code").asString().equals("broken-link") && m.contains("“" + title + "”")) {
                out.add(m);
            }
        }
        return out;
    }

    private CatalogItem publish(String title, String body) {
        CatalogItem item = catalog.create(REVIEWER, content(title, body));
        catalog.submit(REVIEWER, item.id());
        return catalog.approve(ADMIN, item.id(), "同意", null);
    }

    private ItemContent content(String title, String body) {
        if (!columns.isKnown(UNIT, "通知公告")) {
            columns.create(REVIEWER, "通知公告", ColumnKind.COLUMN, null, null);
        }
        return new ItemContent(
                UNIT,
                title,
                null,
                DocumentType.NOTICE,
                LocalDate.now(China.ZONE).minusDays(1),
                DocumentType.NOTICE.defaultArticle20Item(),
                "通知公告",
                DisclosureMode.PROACTIVE,
                null,
                body,
                "",
                null,
                null);
    }

    static byte[] pdf(String text) {
        return TestPdfs.onePage(text);
    }
}

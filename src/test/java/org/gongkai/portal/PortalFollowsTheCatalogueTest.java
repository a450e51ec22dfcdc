package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogWorkflow;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemContent;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.China;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Public pages (even when served from the page cache) and feeds change as soon as the catalogue does. */
@GongkaiTest
class PortalFollowsTheCatalogueTest {

    private static final String UNIT = "001008099102";
    private static final StaffMember AUTHOR = new StaffMember("portal-author", "测试起草", Role.REVIEWER, UNIT);
    private static final StaffMember REVIEWER =
            new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, "001008099001");

    @LocalServerPort
    int port;

    @Autowired
    CatalogWorkflow workflow;

    private final HttpClient http = HttpClient.newHttpClient();

    private String get(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void aPublishedItemAppearsAndAWithdrawnOneLeavesListsItemPagesAndFeedsAtOnce() throws Exception {
        String list = "/portal/catalog/list?unit=" + UNIT;
        get(list); // cached before the change
        CatalogItem item = workflow.create(
                AUTHOR,
                new ItemContent(
                        UNIT,
                        "东溪镇关于山塘水库安全度汛的通告（测试）",
                        null,
                        DocumentType.NOTICE,
                        LocalDate.now(China.ZONE).minusDays(1),
                        12,
                        "通知公告",
                        DisclosureMode.PROACTIVE,
                        null,
                        "山塘水库安全度汛。",
                        "防汛",
                        null,
                        null));
        workflow.submit(AUTHOR, item.id());
        CatalogItem published = workflow.approve(REVIEWER, item.id(), null, null);
        String itemPath = "/portal/catalog/items/" + published.indexNumber();
        assertThat(get(list)).contains("山塘水库安全度汛");
        assertThat(get(itemPath)).contains("山塘水库安全度汛");
        assertThat(get("/portal/feed.atom")).contains("山塘水库安全度汛");

        workflow.withdraw(REVIEWER, item.id(), "测试撤回");

        assertThat(get(list)).doesNotContain("山塘水库安全度汛");
        assertThat(get(itemPath)).doesNotContain("山塘水库安全度汛");
        assertThat(get("/portal/feed.atom")).doesNotContain("山塘水库安全度汛");
        assertThat(get("/api/v1/catalog/search?q=%E5%B1%B1%E5%A1%98%E6%B0%B4%E5%BA%93"))
                .contains("\"total\":0");
    }

    @Test
    void anItemThatIsNotProactiveNeverReachesThePortal() throws Exception {
        CatalogItem item = workflow.create(
                AUTHOR,
                new ItemContent(
                        UNIT,
                        "东溪镇内部考核细则（依申请公开测试）",
                        null,
                        DocumentType.POLICY,
                        LocalDate.now(China.ZONE).minusDays(1),
                        15,
                        "通知公告",
                        DisclosureMode.ON_APPLICATION,
                        null,
                        "内部考核。",
                        "",
                        null,
                        null));
        workflow.submit(AUTHOR, item.id());
        CatalogItem published = workflow.approve(REVIEWER, item.id(), null, null);
        assertThat(published.indexNumber()).isNotNull();
        assertThat(get("/portal/catalog/list?unit=" + UNIT)).doesNotContain("内部考核细则");
        assertThat(get("/portal/catalog/items/" + published.indexNumber())).contains("不存在");
    }
}

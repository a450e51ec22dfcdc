package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Columns renamed (items follow), moved (never below themselves) and deactivated (items keep their column, no new
 * item may choose it, its portal page stays) through the API and the console, by the disclosure office only, audited.
 */
@GongkaiTest
class CatalogColumnChangesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    CatalogWorkflow workflow;

    @Autowired
    CatalogRepository items;

    @Autowired
    AuditLog audit;

    @Autowired
    CatalogChanges changes;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", Http.bearer(port, user));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long create(String name, Long parent) throws Exception {
        HttpResponse<String> r = send(
                "POST",
                "/api/v1/catalog/columns",
                "reviewer",
                "{\"name\":\"" + name + "\",\"kind\":\"TOPIC\",\"parentId\":" + parent + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asLong();
    }

    private ItemContent in(String column, String title) {
        return new ItemContent(
                CatalogFixture.ZHUJIAN_UNIT,
                title,
                null,
                DocumentType.NOTICE,
                LocalDate.now(China.ZONE).minusDays(1),
                15,
                column,
                DisclosureMode.PROACTIVE,
                null,
                title + "。正文。",
                "测试",
                null,
                null);
    }

    @Test
    void givenTheOffice_whenColumnsAreRenamedMovedAndDeactivated_thenItemsFollowAndBadChangesAreRefused()
            throws Exception {
        long parent = create("乡村振兴专题（栏目测试）", null);
        long child = create("驻村工作（栏目测试）", parent);
        CatalogItem item = workflow.create(CatalogFixture.ZHUJIAN, in("驻村工作（栏目测试）", "驻村工作队名单（栏目测试）"));

        HttpResponse<String> cycle =
                send("PATCH", "/api/v1/catalog/columns/" + parent, "reviewer", "{\"parentId\":" + child + "}");
        assertThat(cycle.statusCode()).isEqualTo(400);
        assertThat(cycle.body()).contains("\"parentId\"").contains("下级栏目");
        HttpResponse<String> unknown =
                send("PATCH", "/api/v1/catalog/columns/" + child, "reviewer", "{\"parentId\":999999999}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        HttpResponse<String> blank = send("PATCH", "/api/v1/catalog/columns/" + child, "reviewer", "{\"name\":\" \"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"name\"");
        HttpResponse<String> taken =
                send("PATCH", "/api/v1/catalog/columns/" + child, "reviewer", "{\"name\":\"乡村振兴专题（栏目测试）\"}");
        assertThat(taken.statusCode()).isEqualTo(409);
        HttpResponse<String> byHandler =
                send("PATCH", "/api/v1/catalog/columns/" + child, "zhujian", "{\"active\":false}");
        assertThat(byHandler.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = send("PATCH", "/api/v1/catalog/columns/" + child, null, "{\"active\":false}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(items.find(item.id()).orElseThrow().content().column()).isEqualTo("驻村工作（栏目测试）");

        long seen = changes.version();
        HttpResponse<String> renamed = send(
                "PATCH", "/api/v1/catalog/columns/" + child, "reviewer", "{\"name\":\"驻村帮扶（栏目测试）\",\"parentId\":0}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        JsonNode view = JSON.readTree(renamed.body());
        assertThat(view.get("name").asText()).isEqualTo("驻村帮扶（栏目测试）");
        assertThat(view.get("parentId").isNull()).isTrue();
        assertThat(items.find(item.id()).orElseThrow().content().column()).isEqualTo("驻村帮扶（栏目测试）");
        // each renamed item counts as changed: cached pages, the search index and other nodes follow
        assertThat(changes.version()).isGreaterThan(seen);

        ConsoleSession office = new ConsoleSession(port, "reviewer");
        HttpResponse<String> consoleCycle = office.post(
                "/console/catalog/columns",
                "/console/catalog/columns/" + parent,
                Map.of("name", "乡村振兴专题（栏目测试）", "parentId", String.valueOf(parent)));
        assertThat(consoleCycle.statusCode()).isEqualTo(400);
        assertThat(consoleCycle.body()).contains("下级栏目");
        HttpResponse<String> deactivated =
                office.post("/console/catalog/columns", "/console/catalog/columns/" + child, Map.of("active", "false"));
        assertThat(deactivated.statusCode()).isEqualTo(302);
        assertThat(office.get("/console/catalog/columns").body()).contains("已停用");

        assertThat(items.find(item.id()).orElseThrow().content().column()).isEqualTo("驻村帮扶（栏目测试）");
        assertThatThrownBy(() -> workflow.create(CatalogFixture.ZHUJIAN, in("驻村帮扶（栏目测试）", "新的驻村信息（栏目测试）")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new Http(port).getPage("/portal/topics/" + child).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/v1/catalog/columns", null, "").body())
                .contains("\"name\":\"驻村帮扶（栏目测试）\"")
                .contains("\"active\":false");
        assertThat(audit.recent(20))
                .anyMatch(e -> e.action().equals("catalog.column.change")
                        && e.detail().contains("before: {name=驻村工作（栏目测试）")
                        && e.detail().contains("after: {name=驻村帮扶（栏目测试）")
                        && e.detail().contains("items renamed: 1"))
                .anyMatch(e ->
                        e.action().equals("denied.catalog.column") && e.actor().equals("zhujian"));
    }
}

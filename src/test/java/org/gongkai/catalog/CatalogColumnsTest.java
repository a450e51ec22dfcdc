package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Columns as a managed tree per government: chosen from the list, typos refused, topic pages on the portal. */
@GongkaiTest
class CatalogColumnsTest {

    static final String GOVERNMENT = "001008099";

    @LocalServerPort
    int port;

    @Autowired
    CatalogColumns columns;

    @Autowired
    CatalogWorkflow workflow;

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

    @Test
    void theMigrationTurnsEveryColumnInUseIntoAColumnOfItsGovernment() throws Exception {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V22_3__catalog_columns.sql"));
        String adopt = sql.substring(sql.indexOf("with recursive"));
        long id = jdbc.sql("insert into catalog_item (unit_code, title, doc_type, written_on, article20_item, "
                        + "catalog_column, disclosure_mode, status, author) values ('001008099013', '旧栏目测试', "
                        + "'NOTICE', current_date, 15, '迁移前的旧栏目', 'PROACTIVE', 'DRAFT', 'zhujian') returning id")
                .query(Long.class)
                .single();
        try {
            jdbc.sql(adopt).update();
            assertThat(columns.tree(GOVERNMENT))
                    .extracting(n -> n.column().name())
                    .contains("迁移前的旧栏目", "规范性文件", "通知公告");
        } finally {
            jdbc.sql("delete from catalog_item where id = ?").param(id).update();
            jdbc.sql("delete from catalog_column where name = '迁移前的旧栏目'").update();
        }
    }

    @Test
    void aTypoIsNoNewColumn() {
        ItemContent typo = CatalogFixture.normative(
                CatalogFixture.ZHUJIAN_UNIT, "栏目错字测试", LocalDate.now(China.ZONE).minusDays(1));
        ItemContent bad = new ItemContent(
                typo.unitCode(),
                typo.title(),
                typo.docNumber(),
                typo.docType(),
                typo.writtenOn(),
                typo.article20Item(),
                "规范性文伴",
                typo.mode(),
                null,
                typo.body(),
                typo.topics(),
                null,
                null);
        assertThatThrownBy(() -> workflow.create(CatalogFixture.ZHUJIAN, bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields())
                                .singleElement()
                                .satisfies(f -> assertThat(f.field()).isEqualTo("column")));
        assertThat(workflow.create(CatalogFixture.ZHUJIAN, typo).content().column())
                .isEqualTo("规范性文件");
    }

    @Test
    void theOfficeAddsATopicPageThatTheItemFormOffers() throws Exception {
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        assertThat(office.get("/console/catalog/columns").body())
                .contains("重大建设项目")
                .contains("专题专栏");
        var added = office.post(
                "/console/catalog/columns",
                "/console/catalog/columns",
                Map.of("name", "优化营商环境", "kind", "TOPIC", "description", "营商环境政策汇集"));
        assertThat(added.statusCode()).isEqualTo(302);
        var again = office.post(
                "/console/catalog/columns", "/console/catalog/columns", Map.of("name", "优化营商环境", "kind", "COLUMN"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("栏目“优化营商环境”已经存在");
        CatalogColumn topic = columns.tree(GOVERNMENT).stream()
                .map(CatalogColumn.Node::column)
                .filter(c -> c.name().equals("优化营商环境"))
                .findFirst()
                .orElseThrow();
        var child = office.post(
                "/console/catalog/columns",
                "/console/catalog/columns",
                Map.of("name", "惠企政策", "kind", "COLUMN", "parentId", Long.toString(topic.id())));
        assertThat(child.statusCode()).isEqualTo(302);
        assertThat(columns.tree(GOVERNMENT)).anySatisfy(n -> {
            assertThat(n.column().name()).isEqualTo("惠企政策");
            assertThat(n.depth()).isEqualTo(1);
            assertThat(n.column().parentId()).isEqualTo(topic.id());
        });

        String form =
                new ConsoleSession(port, "zhujian").get("/console/catalog/new").body();
        assertThat(form)
                .contains("<select id=\"column\"")
                .contains("优化营商环境（专题专栏）")
                .contains("惠企政策");

        CatalogItem item = workflow.create(
                CatalogFixture.ZHUJIAN,
                new ItemContent(
                        CatalogFixture.ZHUJIAN_UNIT,
                        "惠企政策专题测试通知",
                        null,
                        DocumentType.NOTICE,
                        LocalDate.now(China.ZONE).minusDays(1),
                        15,
                        "惠企政策",
                        DisclosureMode.PROACTIVE,
                        null,
                        "正文",
                        "",
                        null,
                        null));
        workflow.submit(CatalogFixture.ZHUJIAN, item.id());
        workflow.approve(CatalogFixture.REVIEWER, item.id(), "同意", null);
        assertThat(portal("/portal/topics")).contains("优化营商环境").contains("重大建设项目");
        assertThat(portal("/portal/topics/" + topic.id()))
                .contains("营商环境政策汇集")
                .as("a topic page lists the items of its sub-columns too")
                .contains("惠企政策专题测试通知");
    }

    @Test
    void onlyTheOfficeAddsColumnsAndAnImportNamesAnUnknownColumn() throws Exception {
        var refused = new ConsoleSession(port, "zhujian")
                .post("/console/catalog/columns", "/console/catalog/columns", Map.of("name", "经办自建栏目"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(columns.tree(GOVERNMENT)).noneMatch(n -> n.column().name().equals("经办自建栏目"));

        String csv = ImportFixtures.csv(List.of(",001008099013,栏目未知,,通知公告,2012-03-01,2012-03-02,通知公吿,,,,,"));
        ImportReport report = imports.dryRun(
                CatalogImportTest.ADMIN,
                ImportReader.read("c.csv", csv.getBytes(StandardCharsets.UTF_8), ImportFiles.none()));
        assertThat(report.problems())
                .extracting(p -> p.row() + " " + p.column())
                .containsExactly("2 H（栏目）");
    }

    @Autowired
    CatalogImport imports;
}

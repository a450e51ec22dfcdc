package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.platform.China;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The standard catalogue for county and township level: the office adds entries, each entry lists the items
 * published under it, and the completeness view names per unit the entries with nothing within their window.
 */
@GongkaiTest
class StandardCatalogEditorTest {

    @LocalServerPort
    int port;

    @Autowired
    StandardCatalog standard;

    @Autowired
    StandardCatalogEditor editor;

    @Autowired
    CatalogWorkflow workflow;

    private Map<String, String> entry(String level1, String tier) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("area", "保障性住房");
        f.put("level1", level1);
        f.put("level2", "公共租赁住房");
        f.put("contentElements", "分配对象、分配结果");
        f.put("basis", "《公共租赁住房管理办法》");
        f.put("timeLimit", "每季度更新");
        f.put("subject", "县住房和城乡建设局");
        f.put("channels", "政府网站");
        f.put("audience", "全社会");
        f.put("mode", "主动");
        f.put("tier", tier);
        return f;
    }

    @Test
    void theOfficeAddsAnEntryAndTheCompletenessViewFollowsWhatIsPublished() throws Exception {
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        var page = office.get("/console/catalog/standard");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("已发布").contains("社会救助");

        var bad = office.post("/console/catalog/standard", "/console/catalog/standard", entry("", "省级"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("公开层级应为").contains("请填写一级事项").doesNotContain("请填写此项");

        var ok = office.post("/console/catalog/standard", "/console/catalog/standard", entry("公租房季度分配（测试）", "县级"));
        assertThat(ok.statusCode()).isEqualTo(302);
        StandardEntry added = standard.all().stream()
                .filter(e -> e.level1().equals("公租房季度分配（测试）"))
                .findFirst()
                .orElseThrow();
        assertThat(added.reviewWindow()).isEqualTo(java.time.Period.ofMonths(3));

        assertThat(editor.completeness(CatalogFixture.REVIEWER))
                .filteredOn(g -> g.unit().code().equals(CatalogFixture.ZHUJIAN_UNIT))
                .singleElement()
                .satisfies(g -> assertThat(g.missing()).contains(added));
        // the page: one row a unit, the most lacking first, each unit's lacking entries folded away
        String byUnit = office.get("/console/catalog/standard/completeness").body();
        assertThat(byUnit).contains("覆盖率").contains("<details").contains("公租房季度分配（测试）");
        java.util.List<Integer> lacking = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<th scope=\"row\">[^<]*</th>\\s*<td class=\"num\">\\d+</td>\\s*<td class=\"num\">(\\d+)</td>")
                .matcher(byUnit);
        while (m.find()) {
            lacking.add(Integer.parseInt(m.group(1)));
        }
        assertThat(lacking).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        ItemContent base = CatalogFixture.normative(
                CatalogFixture.ZHUJIAN_UNIT,
                "公租房分配结果（标准目录测试）",
                LocalDate.now(China.ZONE).minusDays(2));
        CatalogItem item = workflow.create(
                CatalogFixture.ZHUJIAN,
                new ItemContent(
                        base.unitCode(),
                        base.title(),
                        null,
                        DocumentType.NOTICE,
                        base.writtenOn(),
                        15,
                        "通知公告",
                        DisclosureMode.PROACTIVE,
                        null,
                        "分配结果",
                        "",
                        added.id(),
                        null));
        workflow.submit(CatalogFixture.ZHUJIAN, item.id());
        workflow.approve(CatalogFixture.REVIEWER, item.id(), "同意", null);

        assertThat(standard.publishedUnder(added.id(), 5))
                .extracting(CatalogItem::id)
                .containsExactly(item.id());
        var completeness = editor.completeness(CatalogFixture.REVIEWER);
        assertThat(completeness)
                .filteredOn(g -> g.unit().code().equals(CatalogFixture.ZHUJIAN_UNIT))
                .singleElement()
                .satisfies(g -> assertThat(g.missing()).doesNotContain(added));
        assertThat(completeness)
                .as("another department of the county still has nothing under it")
                .filteredOn(g -> g.unit().code().equals("001008099002"))
                .singleElement()
                .satisfies(g -> assertThat(g.missing()).contains(added));
        assertThat(completeness)
                .as("a county-level entry does not apply to a town")
                .filteredOn(g -> g.unit().code().equals(CatalogFixture.CHENGGUAN_UNIT))
                .singleElement()
                .satisfies(g -> assertThat(g.missing()).doesNotContain(added));

        assertThat(office.get("/console/catalog/standard").body()).contains("公租房分配结果（标准目录测试）");
        var view = office.get("/console/catalog/standard/completeness");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("公租房季度分配（测试）").contains("适用事项");
    }

    @Test
    void onlyTheOfficeAddsEntries() throws Exception {
        var refused = new ConsoleSession(port, "zhujian")
                .post("/console/catalog/standard", "/console/catalog/standard", entry("经办自加", "县级"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(standard.all()).noneMatch(e -> e.level1().equals("经办自加"));
    }
}

package org.gongkai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogWorkflow;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemContent;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.CaseApi;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unit split in an institutional reform: its open cases and unpublished items go to the successors the decision
 * names, the rest to the default successor; a replied case stays where it was counted; the unit is deactivated with
 * its names; every bad order is refused naming the field with nothing changed; the decision is recorded and audited.
 */
@GongkaiTest
class UnitSplitTest {

    private static final String GOV = "001008099";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    UnitDirectory directory;

    @Autowired
    CatalogWorkflow workflow;

    private HttpResponse<String> send(String method, String path, String auth, String json) throws Exception {
        return new Http(port).send(method, path, auth, json);
    }

    private void created(String admin, String code, String name, String parent) throws Exception {
        HttpResponse<String> r = send(
                "POST",
                "/api/v1/units",
                admin,
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"parentCode\":\"" + parent
                        + "\",\"kind\":\"DEPARTMENT\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private String intake(String unitCode, String idNumber) throws Exception {
        return new CaseApi(port).newCase(unitCode, idNumber, "zhangsan@example.com");
    }

    private String unitOfCase(String trackingCode) {
        return jdbc.sql("select unit_code from disclosure_request where tracking_code = ?")
                .param(trackingCode)
                .query(String.class)
                .single();
    }

    private String unitOfItem(long id) {
        return jdbc.sql("select unit_code from catalog_item where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private CatalogItem draft(StaffMember author, String title) {
        return workflow.create(
                author,
                new ItemContent(
                        author.unitCode(),
                        title,
                        null,
                        DocumentType.NOTICE,
                        LocalDate.now(China.ZONE).minusDays(3),
                        15,
                        "通知公告",
                        DisclosureMode.PROACTIVE,
                        null,
                        title + "。正文。",
                        "测试",
                        null,
                        null));
    }

    private static String order(String successors, String dflt, String cases, String items, String entries) {
        return "{\"successors\":" + successors + ",\"default\":\"" + dflt + "\",\"cases\":" + cases + ",\"items\":"
                + items + ",\"entries\":" + entries + ",\"decision\":\"县委编办〔2026〕8号\"}";
    }

    @Test
    void givenAUnitWithOpenWork_whenItIsSplit_thenTheDecisionDividesItAndBadOrdersChangeNothing() throws Exception {
        String admin = Http.bearer(port, "admin");
        created(admin, "S8D1", "示例县测试农业农村和水利局", GOV);
        created(admin, "S8K1", "测试农水局下属站", "S8D1");
        created(admin, "S8A", "示例县测试农业农村局", GOV);
        created(admin, "S8B", "示例县测试水利局", GOV);
        created(admin, "S8I", "示例县测试已撤销局", GOV);
        assertThat(send("PATCH", "/api/v1/units/S8I", admin, "{\"active\":false}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(
                                "PATCH",
                                "/api/v1/units/S8D1",
                                admin,
                                "{\"name\":\"示例县测试农业农村水利局\",\"from\":\""
                                        + LocalDate.now(China.ZONE).minusDays(10) + "\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(
                                "POST",
                                "/api/v1/staff",
                                admin,
                                "{\"username\":\"s8wu\",\"name\":\"吴经办\",\"password\":\"Split-handler-pass-1\","
                                        + "\"role\":\"HANDLER\",\"unitCode\":\"S8D1\"}")
                        .statusCode())
                .isEqualTo(201);
        String wu = "Bearer " + Http.issue(port, "s8wu", "Split-handler-pass-1");

        String toB = intake("S8D1", "11010519491231002X");
        String rest = intake("S8D1", "110105194912310038");
        String replied = intake("S8D1", "110105194912310046");
        assertThat(send("POST", "/api/v1/requests/" + replied + "/steps/confirm", wu, "{}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> reply = send(
                "POST",
                "/api/v1/requests/" + replied + "/steps/reply",
                wu,
                "{\"outcome\":\"unable_not_held\",\"letterText\":\"经检索，本机关未制作、获取您申请的政府信息。\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        StaffMember author = new StaffMember("s8wu", "吴经办", Role.HANDLER, "S8D1");
        long itemToB = draft(author, "测试水利工程年度计划（拆分）").id();
        long itemRest = draft(author, "测试农业补贴发放通知（拆分）").id();

        // Bad orders: refused naming the field, nothing changed.
        String cases = "{\"" + toB + "\":\"S8B\"}";
        String items = "{\"" + itemToB + "\":\"S8B\"}";
        List<String[]> bad = List.of(
                new String[] {order("[\"S8A\"]", "S8A", cases, items, "{}"), "\"successors\""},
                new String[] {order("[\"S8A\",\"S8D1\"]", "S8A", cases, items, "{}"), "\"successors\""},
                new String[] {order("[\"S8A\",\"S8K1\"]", "S8A", cases, items, "{}"), "\"successors\""},
                new String[] {order("[\"S8A\",\"NOPE9\"]", "S8A", cases, items, "{}"), "\"successors\""},
                new String[] {order("[\"S8A\",\"S8B\"]", "S8Z", cases, items, "{}"), "\"default\""},
                new String[] {order("[\"S8A\",\"S8B\"]", "S8A", "{\"" + toB + "\":\"S8Q\"}", items, "{}"), "\"cases\""},
                new String[] {
                    order("[\"S8A\",\"S8B\"]", "S8A", "{\"" + replied + "\":\"S8B\"}", items, "{}"), "\"cases\""
                },
                new String[] {order("[\"S8A\",\"S8B\"]", "S8A", cases, "{\"999999999\":\"S8B\"}", "{}"), "\"items\""},
                new String[] {order("[\"S8A\",\"S8B\"]", "S8A", cases, items, "{\"999999999\":\"S8B\"}"), "\"entries\""
                });
        for (String[] b : bad) {
            HttpResponse<String> r = send("POST", "/api/v1/units/S8D1/split", admin, b[0]);
            assertThat(r.statusCode()).as(b[0] + " → " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains(b[1]);
        }
        HttpResponse<String> inactive =
                send("POST", "/api/v1/units/S8D1/split", admin, order("[\"S8A\",\"S8I\"]", "S8A", "{}", "{}", "{}"));
        assertThat(inactive.statusCode()).as(inactive.body()).isEqualTo(409);
        assertThat(inactive.body()).contains("S8I");
        HttpResponse<String> byHandler =
                send("POST", "/api/v1/units/S8D1/split", wu, order("[\"S8A\",\"S8B\"]", "S8A", cases, items, "{}"));
        assertThat(byHandler.statusCode()).isEqualTo(403);
        assertThat(directory.require("S8D1").active()).isTrue();
        assertThat(directory.require("S8K1").parentCode()).isEqualTo("S8D1");
        assertThat(List.of(unitOfCase(toB), unitOfCase(rest), unitOfItem(itemToB), unitOfItem(itemRest)))
                .containsOnly("S8D1");
        assertThat(jdbc.sql("select count(*) from unit_split where from_code = 'S8D1'")
                        .query(Long.class)
                        .single())
                .isZero();

        HttpResponse<String> split =
                send("POST", "/api/v1/units/S8D1/split", admin, order("[\"S8A\",\"S8B\"]", "S8A", cases, items, "{}"));

        assertThat(split.statusCode()).as(split.body()).isEqualTo(200);
        assertThat(directory.require("S8D1").active()).isFalse();
        assertThat(directory.require("S8K1").parentCode()).isEqualTo("S8A");
        assertThat(unitOfCase(toB)).isEqualTo("S8B");
        assertThat(unitOfCase(rest)).isEqualTo("S8A");
        assertThat(unitOfCase(replied)).isEqualTo("S8D1");
        assertThat(unitOfItem(itemToB)).isEqualTo("S8B");
        assertThat(unitOfItem(itemRest)).isEqualTo("S8A");
        assertThat(send("GET", "/api/v1/units", null, null).body())
                .contains("\"code\":\"S8D1\",\"name\":\"示例县测试农业农村水利局\"")
                .contains("{\"name\":\"示例县测试农业农村和水利局\",\"until\":\""
                        + LocalDate.now(China.ZONE).minusDays(10) + "\"}");
        assertThat(jdbc.sql("select unit_code from unit_split_share s join unit_split u on u.id = s.split_id"
                                + " where u.from_code = 'S8D1' and s.kind = 'CASE' and s.ref = ?")
                        .param(toB)
                        .query(String.class)
                        .single())
                .isEqualTo("S8B");
        assertThat(audit.recent(20))
                .anyMatch(e -> e.action().equals("unit.split")
                        && "县委编办〔2026〕8号".equals(e.reason())
                        && e.detail().contains("before: {code=S8D1, name=示例县测试农业农村水利局, active=true}")
                        && e.detail().contains("after: {code=S8D1, name=示例县测试农业农村水利局, active=false}"))
                .anyMatch(e -> e.action().equals("request.unit-split")
                        && e.detail().contains(toB)
                        && e.detail().contains(rest))
                .anyMatch(e -> e.action().equals("catalog.unit-split"));
        HttpResponse<String> again =
                send("POST", "/api/v1/units/S8D1/split", admin, order("[\"S8A\",\"S8B\"]", "S8A", "{}", "{}", "{}"));
        assertThat(again.statusCode()).isEqualTo(409);
    }
}

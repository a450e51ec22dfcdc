package org.gongkai.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.CaseApi;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.gongkai.support.Multipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county sets itself up through the staff API: the administrator creates units, imports thirty more from an
 * XLSX, creates a handler and a reviewer; bad input is refused naming the field or cell with nothing changed; a
 * handler's token cannot create units and sees only its unit's cases; a rename keeps the former name; a merge moves
 * the open cases; a leaver's account is disabled and its token dies.
 */
@GongkaiTest
class UnitsAndStaffApiTest {

    private static final String GOV = "001008099";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    UnitDirectory directory;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String auth, String json) throws Exception {
        return new Http(port).send(method, path, auth, json);
    }

    private HttpResponse<String> upload(String path, String auth, String filename, byte[] content) throws Exception {
        Multipart form = Multipart.of(Map.of(), "file", Map.of(filename, content));
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", auth)
                        .header("Content-Type", form.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String unit(String code, String name, String parent, String kind) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"parentCode\":\"" + parent + "\",\"kind\":\""
                + kind + "\"}";
    }

    private static byte[] xlsx(List<String[]> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("单位");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private long unitCount() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    private String intake(String unitCode, String idNumber) throws Exception {
        return new CaseApi(port).newCase(unitCode, idNumber, "zhangsan@example.com");
    }

    @Test
    void givenAnAdministrator_whenTheCountyIsSetUpThroughTheApi_thenUnitsAndAccountsFollowTheRules() throws Exception {
        String admin = Http.bearer(port, "admin");
        for (String u : List.of(
                unit("H7D1", "示例县测试住房局", GOV, "DEPARTMENT"),
                unit("H7D2", "示例县测试规划局", GOV, "DEPARTMENT"),
                unit("H7D3", "示例县测试交通局", GOV, "DEPARTMENT"),
                unit("H7T1", "测试镇", GOV, "TOWN"))) {
            HttpResponse<String> r = send("POST", "/api/v1/units", admin, u);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        long units = unitCount();

        // Bad input: named, nothing changed.
        HttpResponse<String> duplicate = send("POST", "/api/v1/units", admin, unit("H7D1", "重复", GOV, "DEPARTMENT"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("H7D1");
        HttpResponse<String> orphan = send("POST", "/api/v1/units", admin, unit("H7X1", "孤儿", "NOPE", "DEPARTMENT"));
        assertThat(orphan.statusCode()).isEqualTo(400);
        assertThat(orphan.body()).contains("\"parentCode\"").contains("NOPE");
        HttpResponse<String> kind = send("POST", "/api/v1/units", admin, unit("H7X2", "某局", GOV, "MINISTRY"));
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("\"kind\"");
        assertThat(unitCount()).isEqualTo(units);

        // Thirty units from an XLSX, parents from the file itself or the tree.
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"单位代码", "单位名称", "上级单位代码", "类别"});
        for (int i = 1; i <= 30; i++) {
            String parent = i <= 10 ? GOV : "H7T1";
            rows.add(new String[] {"H7I" + i, "测试导入单位" + i, parent, i <= 10 ? "部门" : "DEPARTMENT"});
        }
        HttpResponse<String> imported = upload("/api/v1/units/import", admin, "units.xlsx", xlsx(rows));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"created\":30");
        assertThat(unitCount()).isEqualTo(units + 30);
        assertThat(directory.require("H7I15").parentCode()).isEqualTo("H7T1");

        // A bad file is rejected whole, naming row and column.
        List<String[]> bad = List.of(
                new String[] {"单位代码", "单位名称", "上级单位代码", "类别"},
                new String[] {"H7B1", "好单位", GOV, "部门"},
                new String[] {"H7B2", "坏上级", "NOWHERE", "部门"},
                new String[] {"H7I3", "重复代码", GOV, "部门"},
                new String[] {"H7B4", "坏类别", GOV, "部委"});
        HttpResponse<String> rejected = upload("/api/v1/units/import", admin, "bad.xlsx", xlsx(bad));
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.body()).contains("第3行C列", "NOWHERE", "第4行A列", "H7I3", "第5行D列");
        assertThat(directory.find("H7B1")).isEmpty();

        // A cycle: a unit cannot move below its own child.
        HttpResponse<String> cycle = send("PATCH", "/api/v1/units/H7T1", admin, "{\"parentCode\":\"H7I15\"}");
        assertThat(cycle.statusCode()).isEqualTo(400);
        assertThat(cycle.body()).contains("\"parentCode\"");
        assertThat(directory.require("H7T1").parentCode()).isEqualTo(GOV);

        // Accounts: a handler and a reviewer.
        HttpResponse<String> handler = send(
                "POST",
                "/api/v1/staff",
                admin,
                "{\"username\":\"h7lin\",\"name\":\"林经办\",\"password\":\"Another-long-passphrase-1\","
                        + "\"role\":\"HANDLER\",\"unitCode\":\"H7D1\"}");
        assertThat(handler.statusCode()).as(handler.body()).isEqualTo(201);
        assertThat(send(
                                "POST",
                                "/api/v1/staff",
                                admin,
                                "{\"username\":\"h7wang\",\"name\":\"王审核\",\"password\":\"Reviewer-long-pass-2\","
                                        + "\"role\":\"REVIEWER\",\"unitCode\":\"" + GOV + "\"}")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> badRole = send(
                "POST",
                "/api/v1/staff",
                admin,
                "{\"username\":\"h7bad\",\"name\":\"某人\",\"password\":\"short\",\"role\":\"BOSS\",\"unitCode\":\"H7ZZ\"}");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(badRole.body()).contains("\"role\"", "\"password\"", "\"unitCode\"");
        assertThat(send(
                                "POST",
                                "/api/v1/staff",
                                admin,
                                "{\"username\":\"h7lin\",\"name\":\"林经办\",\"password\":\"Another-long-passphrase-1\","
                                        + "\"role\":\"HANDLER\",\"unitCode\":\"H7D1\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(send("GET", "/api/v1/staff", admin, null).body()).contains("\"username\":\"h7lin\"");

        // The handler's token has a handler's rights: no units, only its unit's cases.
        String lin = "Bearer " + Http.issue(port, "h7lin", "Another-long-passphrase-1");
        HttpResponse<String> refused = send("POST", "/api/v1/units", lin, unit("H7Y1", "越权", GOV, "DEPARTMENT"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(audit.recent(30))
                .anyMatch(e ->
                        e.action().equals("denied.unit.create") && e.actor().equals("h7lin"));
        assertThat(directory.find("H7Y1")).isEmpty();
        String mine = intake("H7D1", "11010519491231002X");
        String theirs = intake("H7D2", "11010519491231002X");
        String list = send("GET", "/console/requests", lin, null).body();
        assertThat(list).contains(mine).doesNotContain(theirs);

        // A rename keeps the former name, audited with before and after.
        HttpResponse<String> renamed = send("PATCH", "/api/v1/units/H7D1", admin, "{\"name\":\"示例县测试住房局（人民防空办公室）\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        String all = send("GET", "/api/v1/units", null, null).body();
        assertThat(all)
                .contains("\"code\":\"H7D1\",\"name\":\"示例县测试住房局（人民防空办公室）\"")
                .contains("\"formerNames\":[{\"name\":\"示例县测试住房局\",\"until\":\"")
                .contains("\"active\":true");
        assertThat(audit.recent(30))
                .anyMatch(e -> e.action().equals("unit.change")
                        && e.detail().contains("before: {code=H7D1, name=示例县测试住房局,")
                        && e.detail().contains("after: {code=H7D1, name=示例县测试住房局（人民防空办公室）"));

        // A merge moves the open case to the successor and deactivates the absorbed unit.
        HttpResponse<String> merged =
                send("POST", "/api/v1/units/H7D2/merge", admin, "{\"into\":\"H7D1\",\"decision\":\"县委编办〔2026〕3号\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(directory.require("H7D2").active()).isFalse();
        assertThat(send("GET", "/console/requests", lin, null).body()).contains(mine, theirs);
        HttpResponse<String> intoInactive =
                send("POST", "/api/v1/units/H7D3/merge", admin, "{\"into\":\"H7D2\",\"decision\":\"县委编办〔2026〕4号\"}");
        assertThat(intoInactive.statusCode()).isEqualTo(409);
        assertThat(directory.require("H7D3").active()).isTrue();

        // A colleague of another unit also handles for H7D3; the leaver's work goes to them in one step.
        assertThat(send(
                                "POST",
                                "/api/v1/staff",
                                admin,
                                "{\"username\":\"h7chen\",\"name\":\"陈经办\",\"password\":\"Colleague-long-pass-3\","
                                        + "\"role\":\"HANDLER\",\"unitCode\":\"H7D3\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/api/v1/staff/h7chen/units", admin, "{\"unitCode\":\"H7I1\"}")
                        .statusCode())
                .isEqualTo(200);
        String chen = "Bearer " + Http.issue(port, "h7chen", "Colleague-long-pass-3");
        assertThat(send("GET", "/console/requests", chen, null).body()).doesNotContain(mine);
        HttpResponse<String> noColleague =
                send("POST", "/api/v1/staff/h7lin/handover", admin, "{\"to\":\"nobody\",\"reason\":\"调动\"}");
        assertThat(noColleague.statusCode()).isEqualTo(400);
        assertThat(noColleague.body()).contains("\"to\"");
        assertThat(send("GET", "/api/v1/tokens", lin, null).statusCode()).isEqualTo(200);

        HttpResponse<String> handover =
                send("POST", "/api/v1/staff/h7lin/handover", admin, "{\"to\":\"h7chen\",\"reason\":\"工作调动\"}");

        assertThat(handover.statusCode()).as(handover.body()).isEqualTo(200);
        assertThat(send("GET", "/console/requests", chen, null).body()).contains(mine, theirs);
        assertThat(send("GET", "/api/v1/tokens", lin, null).statusCode()).isEqualTo(401);
        assertThat(audit.recent(30))
                .anyMatch(
                        e -> e.action().equals("request.handover") && e.detail().contains(mine))
                .anyMatch(e -> e.action().equals("staff.handover") && "工作调动".equals(e.reason()));
        assertThat(send("PATCH", "/api/v1/staff/h7lin", admin, "{\"active\":true}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/v1/staff", admin, null).body()).contains("\"username\":\"h7lin\"");
    }
}

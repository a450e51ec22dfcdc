package org.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator runs units and accounts on /console/units; errors stand beside their fields. */
@GongkaiTest
class UnitsConsolePageTest {

    private static final String GOV = "001008099";

    @LocalServerPort
    int port;

    @Autowired
    UnitDirectory units;

    @Autowired
    AuditLog audit;

    @Test
    void givenTheAdministrator_whenUnitsAndAccountsAreManagedOnThePage_thenTheyChangeAndBadInputIsShownInline()
            throws Exception {
        ConsoleSession admin = new ConsoleSession(port, "admin");

        HttpResponse<String> orphan = admin.post(
                "/console/units",
                "/console/units",
                Map.of("code", "H7C1", "name", "测试文化局", "parentCode", "NOPE", "kind", "DEPARTMENT"));
        assertThat(orphan.statusCode()).isEqualTo(400);
        assertThat(orphan.body()).contains("没有单位代码为 NOPE 的单位").contains("value=\"测试文化局\"");
        assertThat(units.find("H7C1")).isEmpty();

        HttpResponse<String> created = admin.post(
                "/console/units",
                "/console/units",
                Map.of("code", "H7C1", "name", "测试文化局", "parentCode", GOV, "kind", "DEPARTMENT"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.get("/console/units").body()).contains("测试文化局");

        HttpResponse<String> renamed =
                admin.post("/console/units", "/console/units/H7C1", Map.of("name", "测试文化和旅游局", "from", ""));
        assertThat(renamed.statusCode()).isEqualTo(302);
        assertThat(admin.get("/console/units").body()).contains("测试文化和旅游局").contains("测试文化局（至 ");

        HttpResponse<String> future =
                admin.post("/console/units", "/console/units/H7C1", Map.of("name", "测试文旅局", "from", "2999-01-01"));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("新名称的启用日期须晚于上一次更名日期");
        assertThat(units.require("H7C1").name()).isEqualTo("测试文化和旅游局");

        byte[] csv = "单位代码,单位名称,上级单位代码,类别\nH7C2,测试档案馆,NOWHERE,部门\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> rejected =
                admin.upload("/console/units", "/console/units/import", "file", Map.of("units.csv", csv), Map.of());
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.body()).contains("第2行C列");
        assertThat(units.find("H7C2")).isEmpty();

        HttpResponse<String> account = admin.post(
                "/console/units",
                "/console/staff",
                Map.of(
                        "username", "h7console",
                        "name", "测试经办",
                        "password", "Console-long-password-1",
                        "role", "HANDLER",
                        "unitCode", "H7C1"));
        assertThat(account.statusCode()).isEqualTo(302);
        HttpResponse<String> disabled =
                admin.post("/console/units", "/console/staff/h7console/enabled", Map.of("enabled", "false"));
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(admin.get("/console/units").body()).contains("已停用");

        HttpResponse<String> deactivated =
                admin.post("/console/units", "/console/units/H7C1", Map.of("active", "false"));
        assertThat(deactivated.statusCode()).isEqualTo(302);
        assertThat(units.require("H7C1").active()).isFalse();
    }

    @Test
    void givenTheAdministrator_whenUnitsAreMergedAndSplitOnThePage_thenBadOrdersAreShownBesideTheirFields()
            throws Exception {
        ConsoleSession admin = new ConsoleSession(port, "admin");
        for (String[] u : new String[][] {{"H7M1", "测试统计局"}, {"H7M2", "测试调查队"}, {"H7M3", "测试审计局"}}) {
            assertThat(admin.post(
                                    "/console/units",
                                    "/console/units",
                                    Map.of("code", u[0], "name", u[1], "parentCode", GOV, "kind", "DEPARTMENT"))
                            .statusCode())
                    .isEqualTo(302);
        }

        HttpResponse<String> oneSuccessor = admin.post(
                "/console/units",
                "/console/units/split",
                Map.of("from", "H7M3", "successors", "H7M1", "default", "H7M1", "decision", "县委编办〔2026〕9号"));
        assertThat(oneSuccessor.statusCode()).isEqualTo(400);
        assertThat(oneSuccessor.body()).contains("至少两个不同的承接单位").contains("value=\"县委编办〔2026〕9号\"");
        HttpResponse<String> badLine = admin.post(
                "/console/units",
                "/console/units/split",
                Map.of("from", "H7M3", "successors", "H7M1", "default", "H7M1", "cases", "只有一列", "decision", "决定"));
        assertThat(badLine.statusCode()).isEqualTo(400);
        assertThat(badLine.body()).contains("无法识别“只有一列”");
        assertThat(units.require("H7M3").active()).isTrue();

        HttpResponse<String> intoItself = admin.post(
                "/console/units",
                "/console/units/merge",
                Map.of("from", "H7M2", "into", "H7M2", "decision", "县委编办〔2026〕10号"));
        assertThat(intoItself.statusCode()).isEqualTo(400);
        assertThat(intoItself.body()).contains("不能并入自己");
        HttpResponse<String> merged = admin.post(
                "/console/units",
                "/console/units/merge",
                Map.of("from", "H7M2", "into", "H7M1", "decision", "县委编办〔2026〕10号"));
        assertThat(merged.statusCode()).isEqualTo(302);
        assertThat(units.require("H7M2").active()).isFalse();
        assertThat(audit.recent(20))
                .anyMatch(e -> e.action().equals("unit.merge") && e.entityId().equals("H7M2"));
    }

    @Test
    void givenAHandler_whenCreatingAUnitOnThePage_thenRefused403AndAudited() throws Exception {
        ConsoleSession handler = new ConsoleSession(port, "chengguan");

        HttpResponse<String> r = handler.post(
                "/console/units",
                "/console/units",
                Map.of("code", "H7C9", "name", "越权局", "parentCode", GOV, "kind", "DEPARTMENT"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(units.find("H7C9")).isEmpty();
        assertThat(audit.recent(30))
                .anyMatch(e ->
                        e.action().equals("denied.unit.create") && e.actor().equals("chengguan"));
        assertThat(handler.get("/console/units").body()).doesNotContain("新增单位");
    }
}

package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.catalog.DisclosureOffice;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The disclosure office keeps the contacts the guide states: bad fields are named beside themselves and change
 * nothing, a save shows on the portal's guide at once and is audited with before and after, and a handler is
 * refused (recorded).
 */
@GongkaiTest
class OfficeContactsEditorTest {

    static final String GOVERNMENT = "001008099";

    @LocalServerPort
    int port;

    @Autowired
    PublicCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeEditsTheContactsTheGuideStates() throws Exception {
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        HttpResponse<String> page = office.get("/console/guide/office");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("公开工作机构联系方式").contains("name=\"phone\"");
        DisclosureOffice before = catalog.office(GOVERNMENT).orElse(null);

        Map<String, String> bad = form("县政府办公室（政务公开科）", "0577-6555 0099");
        bad.put("postcode", "32520");
        bad.put("hours", "");
        bad.put("email", "not-an-email");
        HttpResponse<String> refused = office.post("/console/guide/office", "/console/guide/office", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("邮政编码应为 6 位数字")
                .contains("请填写办公时间")
                .contains("电子邮箱的格式不对")
                .contains("aria-describedby=\"err-postcode\"")
                .contains("href=\"#hours\"");
        assertThat(catalog.office(GOVERNMENT).orElse(null)).isEqualTo(before);

        long audited = count("office.save");
        HttpResponse<String> saved =
                office.post("/console/guide/office", "/console/guide/office", form("示例县人民政府办公室", "0577-65559999"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(catalog.office(GOVERNMENT))
                .hasValueSatisfying(o -> assertThat(o.phone()).isEqualTo("0577-65559999"));
        assertThat(portal("/portal/guide")).contains("0577-65559999").contains("示例县人民政府办公室");
        assertThat(count("office.save")).isEqualTo(audited + 1);
        assertThat(jdbc.sql("select detail from audit_log where action = 'office.save' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .contains("→")
                .contains("0577-65559999");

        HttpResponse<String> handler = new ConsoleSession(port, "zhujian")
                .post("/console/guide/office", "/console/guide/office", form("冒名机构", "0577-11111111"));
        assertThat(handler.statusCode()).isEqualTo(403);
        assertThat(catalog.office(GOVERNMENT))
                .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("示例县人民政府办公室"));
        assertThat(jdbc.sql("select count(*) from audit_log where action like 'denied.office%'")
                        .query(Long.class)
                        .single())
                .isPositive();

        if (before != null) { // leave the demo county as it was for the other tests
            office.post(
                    "/console/guide/office",
                    "/console/guide/office",
                    new LinkedHashMap<>(Map.of(
                            "name", before.name(),
                            "address", before.address(),
                            "postcode", nz(before.postcode()),
                            "phone", before.phone(),
                            "fax", nz(before.fax()),
                            "email", nz(before.email()),
                            "hours", before.hours())));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, String> form(String name, String phone) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("address", "示例县城关镇人民路1号");
        f.put("postcode", "325200");
        f.put("phone", phone);
        f.put("fax", "");
        f.put("email", "gongkai@example.gov.cn");
        f.put("hours", "工作日 9:00—12:00，13:30—17:00");
        return f;
    }

    private long count(String action) {
        return jdbc.sql("select count(*) from audit_log where action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    private String portal(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}

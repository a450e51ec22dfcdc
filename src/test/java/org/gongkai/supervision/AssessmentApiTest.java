package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.platform.China;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/assessments/{government}/{year}}: scores that add up, scope, export, publication and reopening. */
@GongkaiTest
class AssessmentApiTest {

    static final String GOVERNMENT = "001008099";
    static final int LAST_YEAR = LocalDate.now(China.ZONE).getYear() - 1;

    @LocalServerPort
    int port;

    static BigDecimal sum(JsonNode lines) {
        BigDecimal s = BigDecimal.ZERO;
        for (JsonNode l : lines) {
            s = s.add(l.get("points").decimalValue());
        }
        return s;
    }

    @Test
    void theDemoCountysLastFullYearCoversEveryUnitAndEachScoreIsTheBaseMinusDeductionsPlusBonuses() throws Exception {
        HttpResponse<String> r = new Api(port).get("reviewer", "/api/v1/assessments/" + GOVERNMENT + "/" + LAST_YEAR);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode a = Api.json(r);
        assertThat(a.get("indicators").size()).isGreaterThanOrEqualTo(6);
        BigDecimal base = a.get("baseScore").decimalValue();
        assertThat(a.get("units").size()).isGreaterThanOrEqualTo(20);
        int withDeductions = 0;
        int withBonuses = 0;
        for (JsonNode u : a.get("units")) {
            BigDecimal expected = base.subtract(sum(u.get("deductions"))).add(sum(u.get("bonuses")));
            assertThat(u.get("score").decimalValue()).isEqualByComparingTo(expected);
            for (JsonNode l : u.get("deductions")) {
                assertThat(l.get("reason").asString()).isNotBlank().doesNotContain("supervision.");
            }
            withDeductions += u.get("deductions").isEmpty() ? 0 : 1;
            withBonuses += u.get("bonuses").isEmpty() ? 0 : 1;
        }
        assertThat(withDeductions).isGreaterThanOrEqualTo(10);
        assertThat(withBonuses).isPositive();
        JsonNode first = a.get("units").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
    }

    @Test
    void aCapLimitsAnIndicatorsPointsAndTheManualBonusIsCappedAtItsTotal() throws Exception {
        JsonNode a = Api.json(new Api(port).get("reviewer", "/api/v1/assessments/" + GOVERNMENT + "/" + LAST_YEAR));
        for (JsonNode u : a.get("units")) {
            for (JsonNode l : u.get("bonuses")) {
                assertThat(l.get("indicator").asString()).isEqualTo("good-practice");
            }
            assertThat(sum(u.get("bonuses"))).isLessThanOrEqualTo(new BigDecimal("5"));
        }
        assertThat(a.get("units")
                        .valueStream()
                        .filter(u -> sum(u.get("bonuses")).compareTo(new BigDecimal("5")) == 0))
                .as("2 + 3 capped at 5")
                .hasSize(1);
    }

    @Test
    void aUnitHandlerSeesItsOwnLineOnlyAndCannotConfigure() throws Exception {
        Api api = new Api(port);
        JsonNode a = Api.json(api.get("zhujian", "/api/v1/assessments/" + GOVERNMENT + "/" + LAST_YEAR));
        assertThat(a.get("units").valueStream().map(u -> u.get("unitCode").asString()))
                .containsExactly(GOVERNMENT + "013");
        HttpResponse<String> refused =
                api.send("zhujian", "POST", "/api/v1/assessments/" + GOVERNMENT + "/" + LAST_YEAR + "/publish", "");
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theWorkbookHasOneRowPerUnit() throws Exception {
        HttpResponse<byte[]> r =
                new Api(port).getBytes("reviewer", "/api/v1/assessments/" + GOVERNMENT + "/" + LAST_YEAR + ".xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("排名");
            JsonNode a = Api.json(new Api(port).get("reviewer", "/api/v1/assessments/" + GOVERNMENT + "/" + LAST_YEAR));
            assertThat(wb.getSheetAt(0).getLastRowNum())
                    .isEqualTo(a.get("units").size());
        }
    }

    @Test
    void aPublishedAssessmentIsFrozenUntilAReopeningIsRecorded() throws Exception {
        Api api = new Api(port);
        String base = "/api/v1/assessments/" + GOVERNMENT + "/2023";
        HttpResponse<String> bad = api.send(
                "reviewer",
                "PUT",
                base + "/scheme",
                "{\"baseScore\":\"abc\",\"indicators\":[{\"code\":\"x\",\"label\":\"扣分\",\"kind\":\"DEDUCTION\","
                        + "\"source\":\"MANUAL\",\"points\":\"5\",\"cap\":\"\"}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("baseScore");
        HttpResponse<String> configured = api.send(
                "reviewer",
                "PUT",
                base + "/scheme",
                "{\"baseScore\":\"100\",\"indicators\":[{\"code\":\"x\",\"label\":\"其他扣分\",\"kind\":\"DEDUCTION\","
                        + "\"source\":\"MANUAL\",\"points\":\"5\",\"cap\":\"8\"}]}");
        assertThat(configured.statusCode()).isEqualTo(200);
        String unit = GOVERNMENT + "005";
        String item = "{\"unitCode\":\"" + unit + "\",\"indicator\":\"x\",\"points\":\"5\",\"reason\":\"信息发布错误\"}";
        assertThat(api.send("reviewer", "POST", base + "/manual-items", item).statusCode())
                .isEqualTo(201);
        assertThat(api.send("reviewer", "POST", base + "/manual-items", item).statusCode())
                .isEqualTo(201);
        JsonNode published = Api.json(api.send("reviewer", "POST", base + "/publish", ""));
        assertThat(published.get("published").asBoolean()).isTrue();
        JsonNode line = published
                .get("units")
                .valueStream()
                .filter(u -> u.get("unitCode").asString().equals(unit))
                .findFirst()
                .orElseThrow();
        assertThat(line.get("score").decimalValue()).isEqualByComparingTo("92");
        assertThat(api.send("reviewer", "POST", base + "/manual-items", item).statusCode())
                .isEqualTo(409);
        assertThat(api.send("reviewer", "POST", base + "/reopen", "{\"reason\":\"\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send("reviewer", "POST", base + "/reopen", "{\"reason\":\"单位申诉成立，复核扣分\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(api.send("reviewer", "POST", base + "/manual-items", item).statusCode())
                .isEqualTo(201);
    }
}

package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The daily self-inspection over the demo county, read through {@code GET /api/v1/supervision/findings}. */
@GongkaiTest
class SelfInspectionFindingsTest {

    static final String GOVERNMENT = "001008099";
    static final String ZHUJIAN = GOVERNMENT + "013";

    @LocalServerPort
    int port;

    @Autowired
    List<SelfInspectionRule> rules;

    @Autowired
    AuditLog audit;

    @Test
    void everyRuleHasFindingsInTheDemoCountyWithTheContractsFields() throws Exception {
        HttpResponse<String> r = new Api(port).get("reviewer", "/api/v1/supervision/findings");
        assertThat(r.statusCode()).isEqualTo(200);
        Set<String> codes = new HashSet<>();
        for (JsonNode f : Api.json(r)) {
            for (String field : List.of("code", "unitCode", "severity", "detectedOn", "message", "evidence")) {
                assertThat(f.has(field)).as(field).isTrue();
            }
            assertThat(f.get("message").asString()).doesNotContain("supervision.");
            assertThat(f.get("evidence").asString()).startsWith("/console/");
            codes.add(f.get("code").asString());
        }
        assertThat(rules).hasSizeGreaterThanOrEqualTo(11);
        for (SelfInspectionRule rule : rules) {
            assertThat(codes).as("findings of rule " + rule.code()).contains(rule.code());
        }
        assertThat(codes).contains(Inspections.CODE);
    }

    @Test
    void theDemoSlipsAreFoundWithTheirNumbersCountedAndTheLateReportNamed() throws Exception {
        JsonNode all =
                Api.json(new Api(port).get("reviewer", "/api/v1/supervision/findings?unit=" + GOVERNMENT + "103"));
        assertThat(all.valueStream().map(f -> f.get("message").asString()))
                .anyMatch(m -> m.contains("高龄津贴") && m.contains("身份证号 1 处、手机号 1 处"))
                .anyMatch(m -> m.contains("防汛防台") && m.contains("未上传附件"));
        JsonNode street =
                Api.json(new Api(port).get("reviewer", "/api/v1/supervision/findings?unit=" + GOVERNMENT + "203"));
        assertThat(street.valueStream().filter(f -> f.get("code").asString().equals("annual-report-late")))
                .singleElement()
                .satisfies(f -> assertThat(f.get("message").asString())
                        .contains("应于 " + (java.time.LocalDate.now(China.ZONE).getYear()) + "-01-31 前公布")
                        .isNotNull());
    }

    @Test
    void aUnitHandlerSeesOnlyItsOwnUnitsFindingsAndIsRefusedAnotherUnit() throws Exception {
        Api api = new Api(port);
        JsonNode own = Api.json(api.get("zhujian", "/api/v1/supervision/findings"));
        assertThat(own.size()).isPositive();
        assertThat(own.valueStream().map(f -> f.get("unitCode").asString())).containsOnly(ZHUJIAN);
        HttpResponse<String> other = api.get("zhujian", "/api/v1/supervision/findings?unit=" + GOVERNMENT + "103");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(audit.recent(50))
                .anyMatch(e -> e.action().equals("denied.supervision.findings")
                        && e.actor().equals("zhujian")
                        && (GOVERNMENT + "103").equals(e.unitCode()));
    }

    @Test
    void onlyTheOfficeRunsTheSelfInspectionOnDemandAndARerunKeepsTheFirstDetectionDate() throws Exception {
        Api api = new Api(port);
        assertThat(api.send("zhujian", "POST", "/api/v1/supervision/self-inspection", "")
                        .statusCode())
                .isEqualTo(403);
        JsonNode before =
                Api.json(api.get("reviewer", "/api/v1/supervision/findings")).get(0);
        // other tests may have changed records since the demo's run: the first run catches up, the next finds nothing
        // new
        assertThat(api.send("reviewer", "POST", "/api/v1/supervision/self-inspection", "")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> run = api.send("reviewer", "POST", "/api/v1/supervision/self-inspection", "");
        assertThat(run.statusCode()).isEqualTo(200);
        JsonNode outcome = Api.json(run);
        assertThat(outcome.get("detected").asInt()).isPositive();
        assertThat(outcome.get("opened").asInt()).isZero();
        assertThat(outcome.get("resolved").asInt()).isZero();
        JsonNode after = Api.json(api.get("reviewer", "/api/v1/supervision/findings"))
                .valueStream()
                .filter(f -> f.get("id").asLong() == before.get("id").asLong())
                .findFirst()
                .orElseThrow();
        assertThat(after.get("detectedOn").asString())
                .isEqualTo(before.get("detectedOn").asString());
    }
}

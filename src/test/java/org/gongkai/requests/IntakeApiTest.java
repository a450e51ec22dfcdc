package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** POST /api/v1/requests: 201 after commit with tracking code and secret; 400 naming each field; 404 unit. */
@GongkaiTest
class IntakeApiTest {

    static final String VALID = """
            {"unitCode": "001008099013",
             "applicant": {"type": "natural_person", "name": "张三", "idType": "resident_id",
                           "idNumber": "11010519491231002X", "phone": "13800000000", "address": "示例县城关镇1号"},
             "description": "申请公开2024年城关镇老旧小区改造项目的资金使用情况",
             "channel": "online", "delivery": "email", "email": "zhangsan@example.com"}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private long stored() {
        return jdbc.sql("select count(*) from disclosure_request")
                .query(Long.class)
                .single();
    }

    @Test
    void aValidApplicationIsStoredAndAwaitsConfirmation() throws Exception {
        // When
        HttpResponse<String> r = new Http(port).postJson("/api/v1/requests", VALID);
        // Then
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(r.body());
        String code = body.get("trackingCode").asString();
        String secret = body.get("secret").asString();
        assertThat(body.get("status").asString()).isEqualTo("awaiting_confirmation");
        var row = jdbc.sql("select status, secret_hash, receipt_date, applicant_type from disclosure_request "
                        + "where tracking_code = ?")
                .param(code)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(row.get("receipt_date")).isNull();
        assertThat(row.get("applicant_type")).isEqualTo("natural_person");
        assertThat((String) row.get("secret_hash")).isNotEqualTo(secret).isEqualTo(TrackingCodes.hash(secret));
    }

    @Test
    void anOrganisationGivesItsCreditCode() throws Exception {
        String org =
                """
                {"unitCode": "001008099011",
                 "applicant": {"type": "legal_service", "name": "李律师", "orgName": "浙江示例律师事务所",
                               "creditCode": "91350100M000100Y43", "phone": "0577-12345678"},
                 "description": "申请公开某地块国有建设用地使用权出让合同", "delivery": "post",
                 "channel": "online"}""".replace("\"phone\": \"0577-12345678\"", "\"phone\": \"0577-12345678\", \"address\": \"示例县城东街道8号\"");
        HttpResponse<String> r = new Http(port).postJson("/api/v1/requests", org);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsStored() throws Exception {
        long before = stored();
        String bad = VALID.replace("11010519491231002X", "110105194912310021")
                .replace("natural_person", "citizen")
                .replace("申请公开2024年城关镇老旧小区改造项目的资金使用情况", "")
                .replace("\"delivery\": \"email\"", "\"delivery\": \"pigeon\"");
        HttpResponse<String> r = new Http(port).postJson("/api/v1/requests", bad);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode errors = json.readTree(r.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).contains("applicant.type", "description", "delivery");
        assertThat(stored()).isEqualTo(before);

        String badId = VALID.replace("11010519491231002X", "110105194912310021");
        JsonNode idErrors = json.readTree(
                        new Http(port).postJson("/api/v1/requests", badId).body())
                .get("errors");
        assertThat(idErrors.findValuesAsString("field")).containsExactly("applicant.idNumber");
        String badCredit = VALID.replace("natural_person", "commercial")
                .replace("\"idType\": \"resident_id\"", "\"orgName\": \"某公司\", \"creditCode\": \"91350100M000100Y44\"");
        JsonNode creditErrors = json.readTree(
                        new Http(port).postJson("/api/v1/requests", badCredit).body())
                .get("errors");
        assertThat(creditErrors.findValuesAsString("field")).containsExactly("applicant.creditCode");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anUnknownUnitIsNotFound() throws Exception {
        long before = stored();
        HttpResponse<String> r =
                new Http(port).postJson("/api/v1/requests", VALID.replace("001008099013", "999999999999"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aDeactivatedUnitTakesNoApplication_andTheFieldIsNamed() throws Exception {
        // Given a unit abolished in a reorganisation
        jdbc.sql("insert into unit (code, name, kind, parent_code, sort_order, active) "
                        + "values ('001008099077', '县已撤销测试局', 'DEPARTMENT', '001008099', 99, false)")
                .update();
        long before = stored();
        // When
        HttpResponse<String> r =
                new Http(port).postJson("/api/v1/requests", VALID.replace("001008099013", "001008099077"));
        // Then
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(r.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("unitCode");
        assertThat(r.body()).contains("县已撤销测试局已撤销或合并");
        assertThat(stored()).isEqualTo(before);
    }
}

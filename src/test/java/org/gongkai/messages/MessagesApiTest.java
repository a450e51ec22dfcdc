package org.gongkai.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gongkai.requests.TrackingCodes;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The message endpoints as in the contract: POST /api/v1/messages (201 with code and secret; 400 naming every bad
 * field, nothing stored), the office's reply, and the public list of answers without personal data.
 */
@GongkaiTest
class MessagesApiTest {

    static final String VALID = """
            {"unitCode": "001008099013", "name": "赵文静", "phone": "13966661111", "email": "zwj@example.com",
             "subject": "关于公租房轮候时间的咨询",
             "body": "我叫赵文静，身份证号330327199001011234，住人民路99号2单元301室，请问公租房轮候一般多久？",
             "publicReplyWanted": true}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private long stored() {
        return jdbc.sql("select count(*) from message").query(Long.class).single();
    }

    private HttpResponse<String> reply(String user, String code, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/messages/" + code + "/reply"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", Http.bearer(port, user));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aValidMessageIsStoredWithItsDueDateAndTheSecretOnlyHashed() throws Exception {
        HttpResponse<String> r = new Http(port).postJson("/api/v1/messages", VALID);
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(r.body());
        String code = body.get("trackingCode").asString();
        String secret = body.get("secret").asString();
        var row = jdbc.sql("select status, secret_hash, unit_code, due_date, received_on from message "
                        + "where tracking_code = ?")
                .param(code)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo(MessageStatus.RECEIVED.name());
        assertThat(row.get("unit_code")).isEqualTo("001008099013");
        assertThat(row.get("secret_hash")).isEqualTo(TrackingCodes.hash(secret));
        assertThat(row.get("due_date")).isNotNull();
        assertThat(((java.sql.Date) row.get("due_date")).toLocalDate())
                .isAfter(((java.sql.Date) row.get("received_on")).toLocalDate().plusDays(14));
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsStored() throws Exception {
        long before = stored();
        HttpResponse<String> r = new Http(port).postJson("/api/v1/messages", """
                {"unitCode": "999", "name": "", "phone": "139", "email": "not-an-email", "subject": "",
                 "body": "   ", "colour": "red"}""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode fields = json.readTree(r.body()).get("errors");
        assertThat(fields.toString())
                .contains(
                        "\"unitCode\"", "\"name\"", "\"phone\"", "\"email\"", "\"subject\"", "\"body\"", "\"colour\"");
        String tooLong = "长".repeat(5001);
        HttpResponse<String> r2 = new Http(port).postJson("/api/v1/messages", """
                {"name": "张三", "subject": "标题", "body": "%s"}""".formatted(tooLong));
        assertThat(r2.statusCode()).isEqualTo(400);
        assertThat(r2.body()).contains("\"body\"").doesNotContain("\"subject\"");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theOfficeRepliesAndTheAnswerIsListedPubliclyWithoutPersonalData() throws Exception {
        String code = json.readTree(
                        new Http(port).postJson("/api/v1/messages", VALID).body())
                .get("trackingCode")
                .asString();
        // A unit handler may not reply directly; without a token nobody may
        assertThat(reply("zhujian", code, "{\"text\":\"答复\",\"publish\":true}").statusCode())
                .isEqualTo(403);
        assertThat(reply(null, code, "{\"text\":\"答复\",\"publish\":true}").statusCode())
                .isEqualTo(401);
        assertThat(reply("reviewer", code, "{\"text\":\"\",\"publish\":true}").body())
                .contains("\"text\"");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'denied.message.reply'")
                        .query(Long.class)
                        .single())
                .isPositive();

        HttpResponse<String> ok =
                reply("reviewer", code, "{\"text\":\"赵文静您好：公租房轮候一般6个月，可拨打0577-68800000咨询。\",\"publish\":true}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("published").asBoolean()).isTrue();
        assertThat(reply("reviewer", code, "{\"text\":\"再答复\",\"publish\":true}")
                        .statusCode())
                .isEqualTo(409);

        HttpResponse<String> list = new Http(port).get("/api/v1/messages?answered=true");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode n : json.readTree(list.body())) {
            if (n.get("subject").asString().equals("关于公租房轮候时间的咨询")) {
                mine = n;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("unit").asString()).isEqualTo("县住房和城乡建设局");
        assertThat(mine.get("reply").asString()).contains("公租房轮候一般6个月");
        assertThat(mine.toString())
                .doesNotContain("赵文静", "13966661111", "330327199001011234", "zwj@example.com", "99号", "68800000");
        assertThat(list.body()).doesNotContainPattern("1[3-9]\\d{9}|\\d{17}[\\dXx]|@example\\.com");
        assertThat(new Http(port).get("/api/v1/messages?answered=false").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aMessageWithoutConsentIsAnsweredButNotListed() throws Exception {
        String body = VALID.replace("\"publicReplyWanted\": true", "\"publicReplyWanted\": false")
                .replace("公租房轮候时间", "不公开的私事");
        String code = json.readTree(
                        new Http(port).postJson("/api/v1/messages", body).body())
                .get("trackingCode")
                .asString();
        HttpResponse<String> ok = reply("reviewer", code, "{\"text\":\"已答复\",\"publish\":true}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("published").asBoolean()).isFalse();
        assertThat(new Http(port).get("/api/v1/messages?answered=true").body()).doesNotContain("不公开的私事");
    }
}

package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.gongkai.support.CaseApi;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the staff API: a letter says only what is true. A 部分公开 reply with a placeholder, without the reasons
 * or without the promised attachment is refused naming the field; with them the PDF holds the reasons, the
 * attachment list and the remedy periods; every step leaves its notice.
 */
@GongkaiTest
class LettersAreTrueApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTIAL_TEXT = "经审查，您申请获取的政府信息中部分内容涉及个人隐私，能够作区分处理，" + "本机关向您提供可以公开的部分，详见附件。";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private String newCase() throws Exception {
        return api().newCase("zhangsan@example.com");
    }

    private HttpResponse<String> step(String user, String code, String step, String body) throws Exception {
        return api().step(user, code, step, body);
    }

    private JsonNode get(String code) throws Exception {
        return api().get(code);
    }

    private HttpResponse<String> upload(String code, String filename, byte[] content) throws Exception {
        return api().upload(code, filename, content);
    }

    private String pdfText(String url) throws Exception {
        return api().pdfText(url);
    }

    /** The API helpers this test shares with the email delivery test. */
    private CaseApi api() {
        return new CaseApi(port);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String reply(String text, String reason, String fileIds) {
        return "{\"outcome\":\"partially_granted\",\"article\":\"37\",\"letterText\":" + quote(text)
                + (reason == null ? "" : ",\"reason\":" + quote(reason)) + ",\"fileIds\":[" + fileIds + "]}";
    }

    private static String quote(String s) {
        return CaseApi.quote(s);
    }

    @Nested
    class APartialReply {

        @Test
        void withAPlaceholderNoReasonsOrNoAttachmentIsRefusedNamingEachAndWithThemSaysAllOfIt() throws Exception {
            // Given a confirmed case: the acknowledgement with the due date is on it
            String code = newCase();
            assertThat(step("zhujian", code, "confirm", "{}").statusCode()).isEqualTo(200);
            JsonNode c = get(code);
            assertThat(c.get("letters")).hasSize(1);
            assertThat(c.get("letters").get(0).get("kind").asText()).isEqualTo("acknowledgement");
            assertThat(c.get("letters").get(0).get("number").asText()).contains("依申登第");
            assertThat(pdfText(c.get("letters").get(0).get("url").asText()))
                    .contains("政府信息公开申请登记回执")
                    .contains("前作出答复");

            // When the reply still holds the draft's placeholder, has no reasons and promises a missing attachment
            HttpResponse<String> placeholder = step("zhujian", code, "reply", reply("不予公开部分的理由如下：（请写明理由）。", null, ""));
            assertThat(placeholder.statusCode()).isEqualTo(400);
            assertThat(placeholder.body())
                    .contains("letterText")
                    .contains("（请写明理由）")
                    .contains("reason");
            HttpResponse<String> noReason = step("zhujian", code, "reply", reply(PARTIAL_TEXT, null, ""));
            assertThat(noReason.statusCode()).isEqualTo(400);
            assertThat(noReason.body())
                    .contains("\"reason\"")
                    .contains("fileIds")
                    .contains("附件");
            HttpResponse<String> noFile = step("zhujian", code, "reply", reply(PARTIAL_TEXT, "含有第三方个人信息", ""));
            assertThat(noFile.statusCode()).isEqualTo(400);
            assertThat(noFile.body()).contains("fileIds").doesNotContain("\"reason\"");
            assertThat(get(code).get("status").asText()).isEqualTo("registered");

            // Then with the file and the reasons it goes out
            HttpResponse<String> up =
                    upload(code, "改造资金使用明细.txt", "2024年城关镇老旧小区改造资金明细".getBytes(StandardCharsets.UTF_8));
            assertThat(up.statusCode()).isEqualTo(201);
            long fileId = JSON.readTree(up.body()).get("id").asLong();
            HttpResponse<String> ok =
                    step("zhujian", code, "reply", reply(PARTIAL_TEXT, "施工合同中的个人身份信息属于个人隐私，公开会损害第三方合法权益", "" + fileId));
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            JsonNode replied = JSON.readTree(ok.body());
            assertThat(replied.get("status").asText()).isEqualTo("replied");
            assertThat(replied.get("allowedSteps").toString())
                    .contains("archive")
                    .doesNotContain("reply");
            JsonNode letter = replied.get("letters").get(1);
            assertThat(letter.get("kind").asText()).isEqualTo("reply");
            String text = pdfText(letter.get("url").asText());
            assertThat(text)
                    .contains("不予公开部分的理由：施工合同中的个人身份信息属于个人隐私")
                    .contains("附件：改造资金使用明细.txt")
                    .contains("六十日内")
                    .contains("六个月内")
                    .contains("示例县人民法院")
                    .contains("示例县住房和城乡建设局")
                    .doesNotContain("请写明");
            assertThat(text).containsPattern("二〇\\S\\S年\\S+月\\S+日");

            // And a second reply is a conflict naming why
            HttpResponse<String> again = step("zhujian", code, "reply", reply(PARTIAL_TEXT, "理由", "" + fileId));
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("已经答复");
        }
    }

    @Nested
    class TheSteps {

        @Test
        void eachNoticeIsIssuedAtItsStepAndShownInTheHistory() throws Exception {
            String code = newCase();
            step("zhujian", code, "confirm", "{}");
            HttpResponse<String> bad = step("zhujian", code, "request-correction", "{\"periodDays\":\"x\"}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("periodDays").contains("note");
            assertThat(step("zhujian", code, "request-correction", "{\"periodDays\":10,\"note\":\"请写明所需信息的年份\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(step("zhujian", code, "correction-received", "{}").statusCode())
                    .isEqualTo(200);
            assertThat(step("zhujian", code, "start-consultation", "{\"kind\":\"third_party\",\"party\":\"某置业公司\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(step("zhujian", code, "end-consultation", "{\"reason\":\"同意公开\"}")
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> handlerExtends = step("zhujian", code, "extend", "{\"days\":10,\"reason\":\"档案较多\"}");
            assertThat(handlerExtends.statusCode()).isEqualTo(403);
            assertThat(step("reviewer", code, "extend", "{\"days\":10,\"reason\":\"需调取多年度档案\"}")
                            .statusCode())
                    .isEqualTo(200);
            JsonNode c = get(code);
            assertThat(c.get("letters").findValuesAsText("kind"))
                    .containsExactly("acknowledgement", "correction", "acknowledgement", "consultation", "extension");
            assertThat(c.get("history").findValuesAsText("step"))
                    .contains("confirm", "request-correction", "record-correction", "extend");
            assertThat(pdfText(c.get("letters").get(1).get("url").asText()))
                    .contains("补正告知书")
                    .contains("请写明所需信息的年份");
            assertThat(pdfText(c.get("letters").get(4).get("url").asText()))
                    .contains("延期答复告知书")
                    .contains("需调取多年度档案")
                    .contains("延长10个工作日");
            assertThat(step("zhujian", code, "no-such-step", "{}").statusCode()).isEqualTo(404);
        }

        @Test
        void theStaffApiNeedsALoginAndShowsOnlyVisibleUnits() throws Exception {
            String code = newCase();
            assertThat(new Http(port).get("/api/v1/requests").statusCode()).isEqualTo(401);
            assertThat(new Http(port).get("/api/v1/requests/" + code).statusCode())
                    .isEqualTo(401);
            assertThat(new Http(port)
                            .postJson("/api/v1/requests/" + code + "/steps/confirm", "{}")
                            .statusCode())
                    .isEqualTo(401);
            HttpResponse<String> list = client.send(
                    HttpRequest.newBuilder(uri("/api/v1/requests?unit=001008099013&status=awaiting_confirmation"))
                            .header("Authorization", Http.bearer(port, "zhujian"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains(code);
            assertThat(step("chengguan", code, "confirm", "{}").statusCode()).isEqualTo(403);
        }
    }
}

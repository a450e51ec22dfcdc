package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input is answered 400 (413, 415) as a problem naming every field, never 500, and stores nothing. */
@GongkaiTest
class BadInputTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        // each call from its own address, so that the intake limit per address stays out of the way
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests"))
                                .header("Content-Type", contentType)
                                .header("X-Forwarded-For", "198.18.0." + ADDRESS.getAndIncrement())
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String json) throws Exception {
        return post("application/json", json);
    }

    private static List<String> fields(HttpResponse<String> r) {
        List<String> names = new ArrayList<>();
        JsonNode errors = JSON.readTree(r.body()).get("errors");
        if (errors != null) {
            errors.forEach(e -> names.add(e.get("field").asString()));
        }
        return names;
    }

    private static String message(HttpResponse<String> r, String field) {
        for (JsonNode e : JSON.readTree(r.body()).get("errors")) {
            if (e.get("field").asString().equals(field)) {
                return e.get("message").asString();
            }
        }
        return "";
    }

    private static String with(String from, String to) {
        assertThat(IntakeLimitTest.VALID).contains(from);
        return IntakeLimitTest.VALID.replace(from, to);
    }

    private static String jsonString(String s) {
        return JSON.writeValueAsString(s);
    }

    private long stored() {
        return jdbc.sql("select count(*) from disclosure_request")
                .query(Long.class)
                .single();
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Nested
    class TextFields {

        @Test
        void anEmailOver250CharactersIsNamedNot500() throws Exception {
            long before = stored();
            HttpResponse<String> r = post(with("zhangsan@example.com", "a".repeat(250) + "@example.com"));

            assertProblem(r, 400);
            assertThat(fields(r)).containsExactly("email");
            assertThat(message(r, "email")).contains("200");
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        void aNulCharacterInTheNameIsRefused() throws Exception {
            HttpResponse<String> r = post(with("\"张三\"", jsonString("张\u0000三")));

            assertProblem(r, 400);
            assertThat(fields(r)).containsExactly("applicant.name");
            assertThat(message(r, "applicant.name")).contains("控制字符");
        }

        @Test
        void aNameOfOnlyZeroWidthSpacesAndOverridesIsMissing() throws Exception {
            HttpResponse<String> r = post(with("\"张三\"", jsonString("\u200B\u200B\u202E\u2066\uFEFF")));

            assertProblem(r, 400);
            assertThat(fields(r)).containsExactly("applicant.name");
            assertThat(message(r, "applicant.name")).contains("必须填写");
        }

        @Test
        void bidiOverridesAndZeroWidthCharactersAreStrippedBeforeStoring() throws Exception {
            HttpResponse<String> r = post(with("\"张三\"", jsonString("\u202E李\u200B四\u202C")));

            assertThat(r.statusCode()).isEqualTo(201);
            String code = JSON.readTree(r.body()).get("trackingCode").asString();
            assertThat(jdbc.sql("select applicant_name from disclosure_request where tracking_code = ?")
                            .param(code)
                            .query(String.class)
                            .single())
                    .isEqualTo("李四");
        }

        @Test
        void aControlCharacterInTheDescriptionIsRefusedButLineBreaksAreFine() throws Exception {
            String description = "申请公开2024年城关镇老旧小区改造项目的资金使用情况";
            assertProblem(post(with(description, description + "\\u0007")), 400);
            assertThat(post(with(description, description + "\\n第二行")).statusCode())
                    .isEqualTo(201);
        }
    }

    @Nested
    class JsonBodies {

        @Test
        void aWrongTypeNamesTheFieldPath() throws Exception {
            HttpResponse<String> r = post(with("\"natural_person\"", "[\"natural_person\"]"));

            assertProblem(r, 400);
            assertThat(fields(r)).containsExactly("applicant.type");
            assertThat(message(r, "applicant.type")).contains("文本");
        }

        @Test
        void anObjectGivenAsTextNamesTheObject() throws Exception {
            HttpResponse<String> r = post("{\"unitCode\": \"001008099013\", \"applicant\": \"张三\"}");

            assertProblem(r, 400);
            assertThat(fields(r)).containsExactly("applicant");
        }

        @Test
        void anUnknownUnitIsNamedTogetherWithTheOtherProblems() throws Exception {
            HttpResponse<String> r = post(with("001008099013", "999999999999")
                    .replace("\"description\": \"申请公开2024年城关镇老旧小区改造项目的资金使用情况\"", "\"description\": \"\""));

            assertProblem(r, 400);
            assertThat(fields(r)).as(r.body()).contains("unitCode", "description");
            assertThat(message(r, "unitCode")).contains("999999999999");
        }

        @Test
        void unknownFieldsAreNamedNotDropped() throws Exception {
            HttpResponse<String> r = post(IntakeLimitTest.VALID
                    .replaceFirst("\\{", "{\"nickname\": \"x\", ")
                    .replace("\"address\":", "\"age\": 3, \"address\":"));

            assertProblem(r, 400);
            assertThat(fields(r)).containsExactlyInAnyOrder("nickname", "applicant.age");
        }

        @Test
        void aTwentyMegabyteBodyIsRefusedWith413() throws Exception {
            long before = stored();
            String huge = IntakeLimitTest.VALID.replaceFirst("\\{", "{\"padding\": \"" + "x".repeat(20 << 20) + "\", ");

            HttpResponse<String> r = post(huge);

            assertProblem(r, 413);
            assertThat(JSON.readTree(r.body()).get("detail").asString()).contains("过大");
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        void brokenJsonSaysWhere() throws Exception {
            HttpResponse<String> r = post("{\"unitCode\": ");

            assertProblem(r, 400);
        }

        @Test
        void anotherContentTypeIs415AsAProblem() throws Exception {
            HttpResponse<String> r = post("text/plain", "hello");

            assertProblem(r, 415);
            assertThat(JSON.readTree(r.body()).get("detail").asString()).contains("application/json");
        }
    }

    @Nested
    class TextSizeReturnPath {

        private String location(String back) throws Exception {
            HttpResponse<String> r = new Http(port).get("/portal/text-size?large=true&back=" + back);
            assertThat(r.statusCode()).as(back).isEqualTo(302);
            return r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        }

        @Test
        void onlyPathsOfThisSiteAreFollowedAndOddValuesGoHome() throws Exception {
            assertThat(location("/portal/search%3Fq%3D1")).isEqualTo("/portal/search?q=1");
            assertThat(location("/%7Bx%7D")).isEqualTo("/");
            assertThat(location("//evil.example/")).isEqualTo("/");
            assertThat(location("http://evil.example/")).isEqualTo("/");
            assertThat(location("/a%20b")).isEqualTo("/");
            assertThat(location("/%E4%B8%AD")).isEqualTo("/%E4%B8%AD");
            assertThat(location("%2F%5Cevil")).isEqualTo("/");
        }
    }
}

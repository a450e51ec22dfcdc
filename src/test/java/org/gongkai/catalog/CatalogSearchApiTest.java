package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code GET /api/v1/catalog/search} on the demo county's catalogue. */
@GongkaiTest
class CatalogSearchApiTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/catalog/search?" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aPhraseThatIsNotTheTitleFindsTheDemoDocumentInTheContractShape() throws Exception {
        HttpResponse<String> r = get(q("老旧小区改造"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("total").asLong()).isPositive();
        JsonNode first = body.get("hits").get(0);
        for (String field : List.of("indexNumber", "title", "unit", "published", "highlight")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("indexNumber").asString()).matches("\\d+/\\d{4}-\\d{6}");
        assertThat(r.body()).contains("老旧小区综合改造");
    }

    @Test
    void filtersFacetsAndPagesAreParameters() throws Exception {
        JsonNode body = json.readTree(get(q("改造") + "&type=NORMATIVE&validity=VALID&order=date&page=1&size=5")
                .body());
        assertThat(body.get("size").asInt()).isEqualTo(5);
        assertThat(body.get("hits").size()).isLessThanOrEqualTo(5);
        body.get("hits").forEach(h -> assertThat(h.get("type").asString()).isEqualTo("NORMATIVE"));
        assertThat(body.get("facets").get("unit").size()).isPositive();
    }

    @Test
    void oddQueriesAnswer200AndNeverEchoMarkup() throws Exception {
        for (String odd : List.of("\"老旧小区", "<script>alert(1)</script>", "AND OR ((", "改".repeat(2000), "*:*")) {
            HttpResponse<String> r = get(q(odd));
            assertThat(r.statusCode()).as(odd).isEqualTo(200);
            assertThat(r.body()).doesNotContain("<script>");
        }
        assertThat(json.readTree(get(q("改".repeat(2000))).body()).get("notice").asString())
                .contains("200");
    }

    @Test
    void aBadFilterIsA400NamingTheParameter() throws Exception {
        HttpResponse<String> r = get("q=x&year=abc&item=99&type=NOPE");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("\"field\":\"year\"")
                .contains("\"field\":\"item\"")
                .contains("\"field\":\"type\"");
    }
}

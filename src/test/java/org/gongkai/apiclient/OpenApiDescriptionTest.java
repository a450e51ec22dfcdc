package org.gongkai.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description the build generates the Java client from ({@code src/test/resources/openapi.json}) is
 * the one the application serves at {@code /v3/api-docs}: when they differ the file is rewritten and this test
 * fails, so the next build generates the client from the live description.
 */
@GongkaiTest
class OpenApiDescriptionTest {

    static final Path SAVED = Path.of("src/test/resources/openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @LocalServerPort
    int port;

    @Test
    void theSavedDescriptionIsTheLiveOne() throws Exception {
        HttpResponse<String> live = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).isEqualTo(200);
        JsonNode tree = JSON.readTree(live.body());
        if (tree.isObject()) {
            // the server list names the random port of this run: not part of the description
            ((tools.jackson.databind.node.ObjectNode) tree).remove("servers");
        }
        String normalised = JSON.writeValueAsString(JSON.treeToValue(tree, Object.class)) + "\n";
        String saved = Files.exists(SAVED) ? Files.readString(SAVED, StandardCharsets.UTF_8) : "";
        if (!saved.equals(normalised)) {
            Files.writeString(SAVED, normalised, StandardCharsets.UTF_8);
        }
        assertThat(saved)
                .as("src/test/resources/openapi.json differed from /v3/api-docs and was refreshed: build again")
                .isEqualTo(normalised);
    }
}

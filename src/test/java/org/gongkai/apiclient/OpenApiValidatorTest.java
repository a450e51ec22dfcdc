package org.gongkai.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The saved OpenAPI description (kept equal to {@code /v3/api-docs} by {@link OpenApiDescriptionTest}) passes the
 * swagger-parser validator: not one message (error or warning), every {@code $ref} resolving. The same validator
 * finds the faults of a broken copy, so a clean result means something.
 */
class OpenApiValidatorTest {

    private static SwaggerParseResult validate(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }

    @Test
    void theSavedDescriptionPassesTheValidator() throws Exception {
        String json = Files.readString(OpenApiDescriptionTest.SAVED, StandardCharsets.UTF_8);

        SwaggerParseResult result = validate(json);

        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/v1/units", "/api/v1/units/{code}/split");
        assertThat(result.getMessages()).as("validator messages").isEmpty();
    }

    @Test
    void aBrokenCopyIsRefused() throws Exception {
        String json = Files.readString(OpenApiDescriptionTest.SAVED, StandardCharsets.UTF_8)
                .replaceFirst("\"#/components/schemas/([A-Za-z]+)\"", "\"#/components/schemas/NoSuchSchema\"")
                .replaceFirst("\"info\"", "\"infoMissing\"");

        SwaggerParseResult result = validate(json);

        assertThat(result.getMessages()).anyMatch(m -> m.contains("info")).anyMatch(m -> m.contains("NoSuchSchema"));
    }
}

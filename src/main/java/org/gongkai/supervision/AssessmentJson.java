package org.gongkai.supervision;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The frozen form of a published assessment: exact decimals, read back as they were written. */
final class AssessmentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private AssessmentJson() {}

    static String write(Assessment a) {
        return MAPPER.writeValueAsString(a);
    }

    static Assessment read(String json) {
        return MAPPER.readValue(json, Assessment.class);
    }
}

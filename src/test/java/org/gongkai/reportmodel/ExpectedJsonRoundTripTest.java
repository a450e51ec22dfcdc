package org.gongkai.reportmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every expected report of shared/ (seeds and real reports) read through {@link ReportJson} and written back gives
 * the same JSON: every contract field the file has, with equal values ({@code *_at_least} are test expectations,
 * not contract fields). shared/ is found next to the project (../shared), or two levels up from a worktree; the
 * seeds copied into the test resources otherwise.
 */
class ExpectedJsonRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static Stream<Path> expectedFiles() throws IOException {
        Path shared = Stream.of(Path.of("../shared"), Path.of("../../shared"))
                .filter(p -> Files.isDirectory(p.resolve("seeds")))
                .findFirst()
                .orElse(null);
        List<Path> dirs = shared == null
                ? List.of(Path.of("src/test/resources/seeds"))
                : List.of(shared.resolve("seeds"), shared.resolve("reports-real"));
        List<Path> files = new java.util.ArrayList<>();
        for (Path d : dirs) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.toString().endsWith(".expected.json"))
                            .sorted()
                            .forEach(files::add);
                }
            }
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("expectedFiles")
    void givenAnExpectedReport_whenReadAndWrittenBack_thenTheSameJson(Path file) throws IOException {
        Map<?, ?> expected = JSON.readValue(Files.readString(file), Map.class);
        Map<?, ?> written = JSON.readValue(ReportJson.write(ReportJson.read(Files.readString(file))), Map.class);
        for (Map.Entry<?, ?> e : expected.entrySet()) {
            String key = (String) e.getKey();
            if (List.of(Layouts.PROACTIVE, Layouts.REQUESTS, Layouts.REVIEWS).contains(key) && e.getValue() != null) {
                assertSameCells(key, (Map<?, ?>) e.getValue(), (Map<?, ?>) written.get(key));
            } else if (!key.endsWith("_at_least")) {
                assertThat(normalised(written.get(key))).as(key).isEqualTo(normalised(e.getValue()));
            }
        }
        assertThat(written.keySet().stream().map(String::valueOf).toList())
                .containsExactly(
                        "source",
                        "unit",
                        "year",
                        "template",
                        "published",
                        "proactive",
                        "requests",
                        "reviews",
                        "inferred",
                        "findings");
    }

    /** Every cell the file has is written with its value; a row or cell the file leaves out counts as 0. */
    private static void assertSameCells(String table, Map<?, ?> expected, Map<?, ?> written) {
        assertThat(written).as(table).isNotNull();
        expected.forEach((row, cells) -> ((Map<?, ?>) cells)
                .keySet()
                .forEach(col -> assertThat(((Map<?, ?>) written.get(row))
                                .keySet().stream().map(String::valueOf).toList())
                        .as(table + "." + row)
                        .contains(String.valueOf(col))));
        written.forEach((row, cells) -> ((Map<?, ?>) cells).forEach((col, v) -> {
            Object e = expected.get(row) instanceof Map<?, ?> m ? m.get(col) : null;
            assertThat(normalised(v)).as(table + "." + row + "." + col).isEqualTo(normalised(e == null ? 0 : e));
        }));
    }

    /** Numbers compared by value (1 and 1.0 are the same cell). */
    private static Object normalised(Object v) {
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, normalised(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(ExpectedJsonRoundTripTest::normalised).toList();
        }
        return v;
    }
}

package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.ReportJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five real reports of shared/seeds (copied to src/test/resources/seeds; ../shared/seeds is used when
 * present): every cell, the metadata, the inferred cells and the findings as expected.
 */
class SeedReportsTest {

    static Stream<Path> seeds() throws IOException {
        Path shared = Path.of("../shared/seeds");
        Path dir = Files.isDirectory(shared) ? shared : Path.of("src/test/resources/seeds");
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> txt =
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            return txt.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void givenASeedReport_whenRead_thenAsExpected(Path txt) throws Exception {
        Path expectedFile = Path.of(txt.toString().replace(".txt", ".expected.json"));
        String expectedJson = Files.readString(expectedFile, StandardCharsets.UTF_8);
        AnnualReport expected = ReportJson.read(expectedJson);
        AnnualReport actual = new AnnualReportReader().read(txt);

        assertThat(actual.unit()).contains(expected.unit());
        assertThat(actual.year()).isEqualTo(expected.year());
        assertThat(actual.published()).isEqualTo(expected.published());
        if (expectedJson.contains("\"template\"")) {
            assertThat(actual.template()).isEqualTo(expected.template());
        }
        for (String t : List.of("proactive", "requests", "reviews")) {
            Grid e = expected.table(t);
            Grid a = actual.table(t);
            if (e == null) {
                assertThat(a).as(t).isNull();
            } else {
                assertThat(e.differences(a)).as(t).isEmpty();
            }
        }
        Map<?, ?> raw = rawJson(expectedJson);
        assertThat(actual.inferred()).containsAll(strings(raw.get("inferred_at_least")));
        List<String> codes = actual.findings().stream()
                .filter(Finding::tables)
                .map(Finding::code)
                .distinct()
                .toList();
        assertThat(codes).containsExactlyInAnyOrderElementsOf(strings(raw.get("findings_at_least")));
    }

    private static Map<?, ?> rawJson(String json) {
        // the model ignores the test-expectation fields; read them with a plain parse of the two arrays
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        for (String key : List.of("inferred_at_least", "findings_at_least")) {
            int i = json.indexOf("\"" + key + "\"");
            List<String> values = new ArrayList<>();
            if (i >= 0) {
                String arr = json.substring(json.indexOf('[', i) + 1, json.indexOf(']', i));
                for (String part : arr.split(",")) {
                    String v = part.strip();
                    if (v.length() > 1) {
                        values.add(v.substring(1, v.length() - 1));
                    }
                }
            }
            m.put(key, values);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return o == null ? List.of() : (List<String>) o;
    }
}

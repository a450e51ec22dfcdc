package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.ReportChecks;
import org.gongkai.reportmodel.ReportJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports of governments the reader was not built on (src/test/resources/reports-unseen, written by
 * src/test/tools/make_unseen_reports.py in layouts real sites publish: HTML tables with rowspan/colspan
 * header blocks, tab-separated text, runs of spaces, flattened digits, printed sums that disagree, two
 * consecutive years of one unit). Given all of them read together, each comes out with every cell, the
 * metadata, the inferred cells and exactly the expected finding codes.
 */
class UnseenReportsTest {

    private static final Path DIR = Path.of("src/test/resources/reports-unseen");
    private static Map<Path, AnnualReport> readTogether;

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> !p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static synchronized AnnualReport read(Path file) throws Exception {
        if (readTogether == null) {
            Map<Path, AnnualReport> all = new LinkedHashMap<>();
            for (Path p : reports().toList()) {
                all.put(p, new AnnualReportReader().read(p));
            }
            ReportChecks.checkSeries(new ArrayList<>(all.values()));
            readTogether = all;
        }
        return readTogether.get(file);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void givenAnUnseenReportReadWithTheOthers_whenRead_thenAsExpected(Path file) throws Exception {
        String name = file.getFileName().toString();
        Path expectedFile = DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        String expectedJson = Files.readString(expectedFile, StandardCharsets.UTF_8);
        AnnualReport expected = ReportJson.read(expectedJson);

        AnnualReport actual = read(file);

        assertThat(actual.unit()).as("unit").isEqualTo(expected.unit());
        assertThat(actual.year()).as("year").isEqualTo(expected.year());
        assertThat(actual.template()).as("template").isEqualTo(expected.template());
        assertThat(actual.published()).as("published").isEqualTo(expected.published());
        assertThat(actual.posted()).as("posted").isEqualTo(expected.posted());
        for (String t : List.of("proactive", "requests", "reviews")) {
            Grid e = expected.table(t);
            assertThat(e.differences(actual.table(t))).as(t).isEmpty();
        }
        assertThat(actual.inferred()).containsExactlyInAnyOrderElementsOf(array(expectedJson, "inferred_at_least"));
        List<String> codes = actual.findings().stream()
                .filter(Finding::tables)
                .map(Finding::code)
                .distinct()
                .toList();
        assertThat(codes)
                .as("finding codes")
                .containsExactlyInAnyOrderElementsOf(array(expectedJson, "findings_at_least"));
    }

    private static List<String> array(String json, String key) {
        int i = json.indexOf("\"" + key + "\"");
        List<String> values = new ArrayList<>();
        String arr = json.substring(json.indexOf('[', i) + 1, json.indexOf(']', i));
        for (String part : arr.split(",")) {
            String v = part.strip();
            if (v.length() > 1) {
                values.add(v.substring(1, v.length() - 1));
            }
        }
        return values;
    }
}

package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
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
 * Real published reports (src/test/resources/reports-real, sources in its README): every cell the expected JSON
 * gives (read by eye), the metadata, the dates (signed vs posted), the cells left uncertain, the inferred cells
 * and exactly the expected table findings.
 */
class RealReportsTest {

    private static final Path DIR = Path.of("src/test/resources/reports-real");

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s
                    .filter(p ->
                            !p.toString().endsWith(".json") && !p.toString().endsWith(".md"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void givenARealReport_whenRead_thenEveryCellAsReadByEye(Path file) throws Exception {
        String name = file.getFileName().toString();
        Path expectedFile = DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        Map<?, ?> e = (Map<?, ?>) ReportJson.tree(Files.readString(expectedFile, StandardCharsets.UTF_8));

        AnnualReport a = new AnnualReportReader().read(file);

        assertThat(a.unit()).as("unit").isEqualTo(e.get("unit"));
        assertThat(a.year()).as("year").isEqualTo(((BigDecimal) e.get("year")).intValue());
        if (e.containsKey("template")) {
            assertThat(a.template().code()).as("template").isEqualTo(e.get("template"));
        }
        if (e.containsKey("published")) {
            assertThat(a.published() == null ? null : a.published().toString())
                    .as("published")
                    .isEqualTo(e.get("published"));
        }
        if (e.containsKey("posted")) {
            assertThat(a.posted() == null ? null : a.posted().toString())
                    .as("posted")
                    .isEqualTo(e.get("posted"));
        }
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String t : List.of("proactive", "requests", "reviews")) {
            if (!e.containsKey(t)) {
                continue; // not read by eye for this report
            }
            Map<?, ?> table = (Map<?, ?>) e.get(t);
            Grid g = a.table(t);
            assertThat(g).as(t).isNotNull();
            for (Map.Entry<?, ?> row : table.entrySet()) {
                for (Map.Entry<?, ?> cell : ((Map<?, ?>) row.getValue()).entrySet()) {
                    cells++;
                    String path = t + "." + row.getKey() + "." + cell.getKey();
                    BigDecimal got = g.get((String) row.getKey(), (String) cell.getKey());
                    if (a.unknown(path) || got.compareTo((BigDecimal) cell.getValue()) != 0) {
                        wrong.add(path + "=" + got + " want " + cell.getValue());
                    }
                }
            }
        }
        assertThat(wrong).as("cells wrong of " + cells).isEmpty();
        assertThat(a.uncertain()).containsAll(strings(e.get("uncertain_at_least")));
        for (String path : strings(e.get("uncertain_at_least"))) {
            assertThat(a.unknown(path)).as(path + " stays null").isTrue();
        }
        assertThat(a.inferred()).containsExactlyInAnyOrderElementsOf(strings(e.get("inferred_at_least")));
        assertThat(a.findings().stream()
                        .filter(Finding::tables)
                        .map(Finding::code)
                        .distinct())
                .as("table findings")
                .containsExactlyInAnyOrderElementsOf(strings(e.get("findings_at_least")));
    }

    @org.junit.jupiter.api.Test
    void givenTheTotalColumnLeftBlankInEveryRow_whenRead_thenEachTotalIsInferredFromItsRow() throws Exception {
        String html = Files.readString(DIR.resolve("31_hangzhou_style_city_2025.html"), StandardCharsets.UTF_8);
        AnnualReport printed = new AnnualReportReader().readText(html, "x.html");
        StringBuilder blanked = new StringBuilder();
        for (String line : html.split("\n")) {
            boolean requestsRow = line.startsWith("<tr>") && line.split("<td>", -1).length > 7;
            blanked.append(requestsRow ? line.replaceFirst("<td>\\d+</td></tr>$", "<td></td></tr>") : line)
                    .append('\n');
        }

        AnnualReport a = new AnnualReportReader().read(blanked.toString().getBytes(StandardCharsets.UTF_8), "x.html");

        assertThat(a.requests().differences(printed.requests())).isEmpty();
        assertThat(a.inferred()).hasSize(24).allMatch(p -> p.startsWith("requests.") && p.endsWith(".total"));
        assertThat(a.inferred()).doesNotContain("requests.rejected_publication.total"); // 0: nothing to fill
        assertThat(a.findings()).filteredOn(Finding::tables).isEmpty();
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add((String) x));
        }
        return out;
    }
}

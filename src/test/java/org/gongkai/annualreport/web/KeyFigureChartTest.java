package org.gongkai.annualreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.ReportJson;
import org.junit.jupiter.api.Test;

class KeyFigureChartTest {

    private final AnnualReport report = ReportJson.read(read("101_html_bureau_2023.expected.json"));

    private static String read(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/reports-unseen", name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theBarsAreTheReportsOwnTotalsWithEachKindOfOutcomeSummed() {
        Grid q = report.requests();
        long withheld = q.rowKeys().stream()
                .filter(r -> r.startsWith("withheld_"))
                .mapToLong(r -> q.count(r, "total"))
                .sum();
        var bars = KeyFigureChart.bars(report);
        assertThat(bars).extracting(KeyFigureChart.Bar::label).startsWith("本年新收申请", "上年结转申请", "予以公开");
        assertThat(bars.get(0).value()).isEqualTo(q.count("new_received", "total"));
        assertThat(bars.get(4)).isEqualTo(new KeyFigureChart.Bar("不予公开", withheld));
        assertThat(bars.stream()
                        .skip(2)
                        .limit(6)
                        .mapToLong(KeyFigureChart.Bar::value)
                        .sum())
                .isEqualTo(q.count("total", "total"));
    }

    @Test
    void theChartIsAnImageNamedByItsTitleWithEscapedText() {
        String svg = KeyFigureChart.svg(report, "A<B 2023年");
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("<title id=\"kf-title\">A&lt;B 2023年</title>");
        assertThat(svg).contains(">" + report.requests().count("new_received", "total") + "</text>");
    }
}

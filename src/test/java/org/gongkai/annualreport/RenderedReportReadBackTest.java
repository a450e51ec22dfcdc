package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.org.UnitRepository;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.ReportJson;
import org.gongkai.reportreading.AnnualReportReader;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading a rendered report (HTML, DOCX, PDF from the API) back with the report reader gives the same numbers as
 * the JSON: the published 2021-format reports of the demo county and one of its units, and a 2019-format
 * report computed live.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderedReportReadBackTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitRepository units;

    @Autowired
    AdminStatisticsRepository statistics;

    /** A government with 2020 records, so that a 2019-format report has numbers in every section. */
    @BeforeAll
    void givenAGovernmentWithRecordsIn2020() {
        ReportFixture fx = new ReportFixture(jdbc, units, auditLog, "930004", "测试乙县人民政府");
        String unit = fx.unit("001", "测试自然资源局");
        fx.many(3, unit, "natural_person", "2020-02-01", "2020-02-20", "granted");
        fx.many(2, unit, "commercial", "2020-03-01", "2020-03-25", "unable_not_held");
        fx.application(unit, "legal_service", "2020-04-01", "2020-05-01", "other_no_correction");
        fx.application(unit, "natural_person", "2019-12-30", "2020-01-10", "other_other");
        fx.application(unit, "research", "2020-12-29", null, null);
        statistics.save(
                new AdminStatistics(
                        unit,
                        2020,
                        12,
                        340,
                        5,
                        60,
                        30,
                        120,
                        4,
                        9,
                        3,
                        new java.math.BigDecimal("2.5"),
                        7,
                        new java.math.BigDecimal("880.25")),
                "test");
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
        "001008099, -1, html", "001008099, -1, docx", "001008099, -1, pdf",
        "001008099013, -1, html", "001008099013, -1, docx", "001008099013, -1, pdf",
        "930004, 2020, html", "930004, 2020, docx", "930004, 2020, pdf"
    })
    void theReaderReadsBackTheNumbersOfTheJson(String unit, int year, String format) throws Exception {
        int y = year < 0 ? LocalDate.now(clock).getYear() + year : year;
        String path = "/api/v1/annual-reports/" + unit + "/" + y;
        AnnualReport json = ReportJson.read(new String(get(path), StandardCharsets.UTF_8));
        AnnualReport read = new AnnualReportReader().read(get(path + "?format=" + format), "report." + format);

        assertThat(read.year()).isEqualTo(json.year());
        assertThat(read.template()).isEqualTo(json.template());
        assertThat(read.unit()).isEqualTo(json.unit());
        assertThat(differences(json, read)).isEmpty();
        assertThat(json.requests().count("new_received", "total")).isPositive();
    }

    private static List<String> differences(AnnualReport expected, AnnualReport actual) {
        List<String> out = new ArrayList<>();
        for (String table : List.of("proactive", "requests", "reviews")) {
            Grid e = expected.table(table);
            Grid a = actual.table(table);
            if (a == null) {
                out.add(table + " missing");
                continue;
            }
            for (String row : e.rowKeys()) {
                for (String col : e.columns(row)) {
                    if (!a.layout().hasRow(row) || e.get(row, col).compareTo(a.get(row, col)) != 0) {
                        out.add(table + "." + row + "." + col + ": " + e.get(row, col) + " ≠ "
                                + (a.layout().hasRow(row) ? a.get(row, col) : "no row"));
                    }
                }
            }
        }
        return out;
    }
}

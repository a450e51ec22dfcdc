package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.gongkai.annualreport.ReportDocuments;
import org.gongkai.rendering.HtmlDocumentRenderer;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The annual-report module renders the national tables from the shared labels; what it publishes (HTML, PDF,
 * DOCX through the rendering module) reads back as the report it computed.
 */
class GeneratedReportRoundTripTest {

    private final AnnualReportReader reader = new AnnualReportReader();
    private final ReportDocuments documents = new ReportDocuments();

    private static void assertSame(AnnualReport expected, AnnualReport actual) {
        assertThat(actual.unit()).isEqualTo(expected.unit());
        assertThat(actual.year()).isEqualTo(expected.year());
        assertThat(actual.template()).isEqualTo(expected.template());
        assertThat(actual.published()).isEqualTo(expected.published());
        assertThat(expected.requests().differences(actual.requests()))
                .as("requests")
                .isEmpty();
        assertThat(expected.reviews().differences(actual.reviews()))
                .as("reviews")
                .isEmpty();
        assertThat(expected.proactive().differences(actual.proactive()))
                .as("proactive")
                .isEmpty();
        assertThat(actual.findings()).filteredOn(Finding::tables).isEmpty();
    }

    private String xhtml(AnnualReport r) {
        return documents.xhtml(r, "本年度政务公开工作稳步推进。", "一是队伍力量有待加强。", "无。");
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2024})
    void givenTheGeneratedHtml_whenRead_thenTheComputedReport(int year) throws Exception {
        AnnualReport r = SyntheticReport.consistent(year, year + 100L);
        assertSame(r, reader.read(xhtml(r).getBytes(StandardCharsets.UTF_8), "generated.html"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2019, 2023})
    void givenTheGeneratedPdf_whenRead_thenTheComputedReport(int year) throws Exception {
        AnnualReport r = SyntheticReport.consistent(year, year + 200L);
        byte[] pdf = new HtmlDocumentRenderer().pdf(xhtml(r));
        assertSame(r, reader.read(pdf, "generated.pdf"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2022})
    void givenTheGeneratedDocx_whenRead_thenTheComputedReport(int year) throws Exception {
        AnnualReport r = SyntheticReport.consistent(year, year + 300L);
        byte[] docx = new HtmlDocumentRenderer().docx(xhtml(r));
        assertSame(r, reader.read(docx, "generated.docx"));
    }
}

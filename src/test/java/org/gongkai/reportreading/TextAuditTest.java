package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.ReportJson;
import org.gongkai.reportmodel.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit beyond the arithmetic on a real report (平潭综合实验区公安局 2024, crawled text): what its text states
 * about its tables, the publication deadline, the fee statement, empty sections and digit runs that split more
 * than one way. Each check is shown to pass on the report as published and to fail on a copy altered in one place.
 */
class TextAuditTest {

    private static String real;

    @BeforeAll
    static void load() throws Exception {
        real = Files.readString(
                Path.of("src/test/resources/reports-real/12_pingtan_gaj_2024.txt"), StandardCharsets.UTF_8);
    }

    private static AnnualReport read(String text) {
        return new AnnualReportReader().readText(text, "12_pingtan_gaj_2024.txt");
    }

    private static String altered(String from, String to) {
        assertThat(real).contains(from);
        return real.replace(from, to);
    }

    @Test
    void givenTheReportAsPublished_whenRead_thenItsStatementsAgreeWithItsTablesAndNoAuditFinding() {
        AnnualReport r = read(real);

        assertThat(r.statements())
                .extracting(Statement::where, s -> s.value().intValue())
                .contains(
                        org.assertj.core.groups.Tuple.tuple("requests.new_received.total", 8),
                        org.assertj.core.groups.Tuple.tuple("requests.granted.total", 3),
                        org.assertj.core.groups.Tuple.tuple("requests.partially_granted.total", 1));
        assertThat(r.statements().get(0).quote()).contains("政府信息公开申请共计8件");
        assertThat(r.findings()).isEmpty();
        assertThat(ReportJson.write(r)).contains("\"statements\": [").contains("\"posted\": \"2025-01-20\"");
    }

    @Test
    void givenTheTextCountChanged_whenRead_thenTextTableMismatchQuotingBoth() {
        AnnualReport r = read(altered("政府信息公开申请共计8件", "政府信息公开申请共计9件"));

        assertThat(r.findings()).extracting(Finding::code).containsExactly(Finding.TEXT_TABLE_MISMATCH);
        Finding f = r.findings().get(0);
        assertThat(f.where()).isEqualTo("requests.new_received.total");
        assertThat(f.message()).contains("申请共计9件").contains("为8").contains("本年新收政府信息公开申请数量");
    }

    @Test
    void givenADepartmentPostingAfter31January_whenRead_thenLatePublication() {
        AnnualReport r = read(altered("发布时间: 2025-01-20", "发布时间: 2025-02-03"));

        assertThat(r.findings()).extracting(Finding::code).containsExactly(Finding.LATE_PUBLICATION);
        assertThat(r.findings().get(0).message()).contains("2025-02-03").contains("2025-01-31");
    }

    @Test
    void givenAGovernmentPostingInMarch_whenRead_thenInTimeUntil31March() {
        String gov = real.replace("平潭综合实验区公安局", "平潭县人民政府");
        AnnualReport inTime = new AnnualReportReader().readText(gov.replace("2025-01-20", "2025-03-28"), "g.txt");
        AnnualReport late = new AnnualReportReader().readText(gov.replace("2025-01-20", "2025-04-01"), "g.txt");

        assertThat(inTime.unit()).isEqualTo("平潭县人民政府");
        assertThat(inTime.findings()).extracting(Finding::code).doesNotContain(Finding.LATE_PUBLICATION);
        assertThat(late.findings()).extracting(Finding::code).contains(Finding.LATE_PUBLICATION);
    }

    @Test
    void givenSectionSixSilentOnTheFee_whenRead_thenFeeStatementMissing() {
        AnnualReport r = read(altered("2024年，无收取信息处理费情况。", "无。"));

        assertThat(r.findings()).extracting(Finding::code).containsExactly(Finding.FEE_STATEMENT_MISSING);
    }

    @Test
    void givenSectionFiveWithoutContent_whenRead_thenEmptySection() {
        int five = real.indexOf("五、存在的主要问题及明年工作计划");
        int six = real.indexOf("六、其他需要报告的事项");
        String text = real.substring(0, five) + "五、存在的主要问题及明年工作计划无。" + real.substring(six);

        AnnualReport r = read(text);

        assertThat(r.findings())
                .extracting(Finding::code, Finding::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Finding.EMPTY_SECTION, "section5"));
    }

    @Test
    void givenADigitRunWithoutSumsInTableTwo_whenNothingSettlesIt_thenNullAndAmbiguousCells() {
        AnnualReport r = read(altered("行政规范性文件005", "行政规范性文件5416"));

        assertThat(r.uncertain())
                .containsExactly(
                        "proactive.normative_documents.made",
                        "proactive.normative_documents.repealed",
                        "proactive.normative_documents.in_force");
        assertThat(r.findings()).extracting(Finding::code).containsExactly(Finding.AMBIGUOUS_CELLS);
        Map<?, ?> written = (Map<?, ?>) ((Map<?, ?>) ReportJson.tree(ReportJson.write(r))).get("proactive");
        @SuppressWarnings("unchecked")
        Map<String, Object> cells = (Map<String, Object>) written.get("normative_documents");
        assertThat(cells)
                .containsEntry("made", null)
                .containsEntry("repealed", null)
                .containsEntry("in_force", null);
        assertThat(r.proactive().get("regulations", "made")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void givenADigitRunWithoutSums_whenTheTextStatesOneOfItsCells_thenThatSplitIsTaken() {
        String text = altered("行政规范性文件005", "行政规范性文件5416").replace("（三）政府信息管理方面。", "（三）政府信息管理方面。全年制发规范性文件54件。");

        AnnualReport r = read(text);

        assertThat(r.uncertain()).isEmpty();
        assertThat(r.findings()).isEmpty();
        assertThat(r.proactive().get("normative_documents", "made")).isEqualByComparingTo("54");
        assertThat(r.proactive().get("normative_documents", "repealed")).isEqualByComparingTo("1");
        assertThat(r.proactive().get("normative_documents", "in_force")).isEqualByComparingTo("6");
    }
}

package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The layouts published reports come in, each generated from a known report and read back. */
class LayoutRobustnessTest {

    private final AnnualReportReader reader = new AnnualReportReader();

    private static final String TAB = "\t";

    private AnnualReport read(String text) {
        return reader.readText(text, "synthetic.txt");
    }

    private static void assertSameTables(AnnualReport expected, AnnualReport actual) {
        assertThat(actual.template()).isEqualTo(expected.template());
        assertThat(expected.requests().differences(actual.requests()))
                .as("requests")
                .isEmpty();
        assertThat(expected.reviews().differences(actual.reviews()))
                .as("reviews")
                .isEmpty();
        assertThat(expected.proactive().differences(actual.proactive()))
                .as("proactive")
                .isEmpty();
    }

    private static String tabDocument(AnnualReport r, List<List<String>> requestRows) {
        return SyntheticReport.document(
                r,
                SyntheticReport.join(SyntheticReport.proactiveRows(r), TAB),
                SyntheticReport.join(requestRows, TAB),
                SyntheticReport.join(SyntheticReport.reviewRows(r), TAB));
    }

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2023})
    void givenTabSeparatedTables_whenRead_thenEveryCellAndTheMetadata(int year) {
        AnnualReport r = SyntheticReport.consistent(year, year);
        AnnualReport a = read(tabDocument(r, SyntheticReport.requestRows(r)));
        assertSameTables(r, a);
        assertThat(a.unit()).isEqualTo(SyntheticReport.UNIT);
        assertThat(a.year()).isEqualTo(year);
        assertThat(a.published()).isEqualTo(r.published());
        assertThat(a.findings()).filteredOn(Finding::tables).isEmpty();
        assertThat(a.inferred()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void givenZerosLeftBlankAndOneNonZeroCellLost_whenRead_thenTheLostCellIsInferred(long seed) {
        AnnualReport r = SyntheticReport.consistent(2022, seed);
        List<List<String>> rows = SyntheticReport.requestRows(r);
        List<String> lost = new ArrayList<>();
        for (int i = 3; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            for (int c = 3; c < row.size(); c++) {
                if (row.get(c).equals("0")) {
                    row.set(c, "");
                }
            }
        }
        // lose the natural-person cell of the first outcome row that has one
        int rowIndex = 3 + Layouts.requests(Template.T2021).rowIndex("granted");
        List<String> keys = Layouts.requests(Template.T2021).rowKeys();
        for (int i = rowIndex; i < rows.size(); i++) {
            if (!rows.get(i).get(3).isEmpty()) {
                rows.get(i).set(3, "");
                lost.add("requests." + keys.get(i - 3) + ".natural_person");
                break;
            }
        }
        AnnualReport a = read(tabDocument(r, rows));
        assertSameTables(r, a);
        assertThat(a.inferred()).containsAll(lost);
        assertThat(a.findings()).filteredOn(Finding::tables).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void givenCellsSeparatedByRunsOfSpaces_whenRead_thenEveryCell(long seed) {
        AnnualReport r = SyntheticReport.consistent(2021, seed);
        AnnualReport a = read(SyntheticReport.document(
                r,
                spaced(SyntheticReport.proactiveRows(r)),
                spaced(SyntheticReport.requestRows(r)),
                spaced(SyntheticReport.reviewRows(r))));
        assertSameTables(r, a);
    }

    private static List<String> spaced(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (List<String> row : rows) {
            StringBuilder sb = new StringBuilder();
            for (String c : row) {
                if (!c.isEmpty()) {
                    sb.append(c).append(" ".repeat(1 + (i++ % 4)));
                }
            }
            out.add(sb.toString().strip());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void givenAFlattenedPageWithoutSeparators_whenRead_thenDigitsAreSplitByTheSums(long seed) {
        AnnualReport r = SyntheticReport.consistent(2021, seed);
        List<String> requests = new ArrayList<>();
        for (List<String> row : SyntheticReport.requestRows(r)) {
            requests.add(String.join("", row));
        }
        List<String> reviews = new ArrayList<>();
        for (List<String> row : SyntheticReport.reviewRows(r)) {
            reviews.add(String.join("", row));
        }
        AnnualReport a = read(SyntheticReport.document(
                r, SyntheticReport.join(SyntheticReport.proactiveRows(r), TAB), requests, reviews));
        assertThat(r.requests().differences(a.requests())).isEmpty();
        assertThat(r.reviews().differences(a.reviews())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void givenLabelsBrokenAcrossLinesAndHeadersRepeatedMidTable_whenRead_thenEveryCell(long seed) {
        AnnualReport r = SyntheticReport.consistent(2020, seed);
        List<List<String>> rows = SyntheticReport.requestRows(r);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (i == 3 + 12) {
                lines.addAll(SyntheticReport.join(rows.subList(0, 3), TAB)); // page break: header again
            }
            String label = row.get(2).isEmpty() ? row.get(1) : row.get(2);
            if (label.length() > 6) {
                int cut = label.length() / 2;
                int col = row.get(2).isEmpty() ? 1 : 2;
                List<String> first = new ArrayList<>(row.subList(0, col));
                first.add(label.substring(0, cut));
                lines.add(String.join(TAB, first));
                List<String> rest = new ArrayList<>(row);
                for (int c = 0; c < col; c++) {
                    rest.set(c, "");
                }
                rest.set(col, label.substring(cut));
                lines.add(String.join(TAB, rest));
            } else {
                lines.add(String.join(TAB, row));
            }
        }
        AnnualReport a = read(SyntheticReport.document(
                r,
                SyntheticReport.join(SyntheticReport.proactiveRows(r), TAB),
                lines,
                SyntheticReport.join(SyntheticReport.reviewRows(r), TAB)));
        assertSameTables(r, a);
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42})
    void givenOneCellPerLineAsWordExportsFlatten_whenRead_thenEveryCell(long seed) {
        AnnualReport r = SyntheticReport.consistent(2019, seed);
        AnnualReport a = read(SyntheticReport.document(
                r,
                perLine(SyntheticReport.proactiveRows(r)),
                perLine(SyntheticReport.requestRows(r)),
                perLine(SyntheticReport.reviewRows(r))));
        assertSameTables(r, a);
    }

    private static List<String> perLine(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            for (String c : row) {
                out.add("\t" + c + (c.equals("0") ? "\u00a0" : ""));
            }
            out.add("");
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {51, 52})
    void givenMarkupDebrisHangulUnitsAndNotes_whenRead_thenTheNumbersAsPrinted(long seed) {
        AnnualReport r = SyntheticReport.consistent(2023, seed);
        List<List<String>> rows = SyntheticReport.requestRows(r);
        for (int i = 3; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int label = row.get(2).isEmpty() ? 1 : 2;
            if (!row.get(label).isEmpty()) {
                row.set(
                        label,
                        "<b>" + row.get(label).substring(0, 2) + "</b>"
                                + row.get(label).substring(2));
            }
            row.set(9, row.get(9) + " 件");
        }
        rows.get(0).set(1, "는 무");
        List<List<String>> reviews = SyntheticReport.reviewRows(r);
        List<String> v = reviews.get(3);
        v.set(0, v.get(0) + " (含撤回 1 件)");
        v.set(2, v.get(2) + " (撤\n回)");
        AnnualReport a = read(SyntheticReport.document(
                r,
                SyntheticReport.join(SyntheticReport.proactiveRows(r), TAB),
                SyntheticReport.join(rows, TAB),
                SyntheticReport.join(reviews, TAB)));
        assertSameTables(r, a);
    }

    @ParameterizedTest
    @ValueSource(longs = {61})
    void givenPrintedSumsThatDisagree_whenRead_thenNumbersAsPrintedWithFindings(long seed) {
        AnnualReport r = SyntheticReport.consistent(2022, seed);
        r.requests().set("granted", "total", r.requests().count("granted", "total") + 3);
        r.reviews().set("litigation_direct", "total", r.reviews().count("litigation_direct", "total") + 1);
        AnnualReport a = read(tabDocument(r, SyntheticReport.requestRows(r)));
        assertSameTables(r, a);
        assertThat(a.findings()).extracting(Finding::code).contains("row_sum", "column_sum", "review_sum");
        assertThat(a.inferred()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2023})
    void givenTheOtherYearsFormat_whenRead_thenTemplateMismatch(int year) {
        AnnualReport r = SyntheticReport.consistent(year == 2020 ? 2021 : 2019, year);
        String text = tabDocument(r, SyntheticReport.requestRows(r))
                .replace(r.year() + "年政府信息公开工作年度报告", year + "年政府信息公开工作年度报告");
        AnnualReport a = read(text);
        assertThat(a.year()).isEqualTo(year);
        assertThat(a.template()).isEqualTo(r.template());
        assertThat(a.findings())
                .filteredOn(Finding::tables)
                .extracting(Finding::code)
                .containsExactly("template_mismatch");
    }

    @ParameterizedTest
    @ValueSource(longs = {71, 72})
    void givenReviewsAsThreeLabelledRowsAndAmountsInYuan_whenRead_thenEveryCell(long seed) {
        AnnualReport r = SyntheticReport.consistent(2020, seed);
        List<String> reviews = new ArrayList<>();
        reviews.add("\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计");
        for (String row : Layouts.REVIEW_ROWS) {
            StringBuilder sb = new StringBuilder(org.gongkai.reportmodel.Labels.reviewRow(row));
            for (String c : Layouts.REVIEW_COLUMNS) {
                sb.append('\t').append(r.reviews().count(row, c));
            }
            reviews.add(sb.toString());
        }
        List<List<String>> proactive = SyntheticReport.proactiveRows(r);
        for (List<String> row : proactive) {
            if (row.get(0).equals("政府集中采购")) {
                row.set(2, "47585075 元");
            }
        }
        AnnualReport a = read(SyntheticReport.document(
                r,
                SyntheticReport.join(proactive, TAB),
                SyntheticReport.join(SyntheticReport.requestRows(r), TAB),
                reviews));
        assertSameTables(r, a);
    }

    @ParameterizedTest
    @ValueSource(longs = {81, 82, 83})
    void givenTheTablesFlattenedIntoOneRunOfText_whenRead_thenTheSections(long seed) {
        AnnualReport r = SyntheticReport.consistent(2023, seed);
        String doc = tabDocument(r, SyntheticReport.requestRows(r));
        int from = doc.indexOf("三、收到和处理");
        int to = doc.indexOf("五、存在的主要问题");
        String flat = doc.substring(from, to).replace("\t", "").replace("\n", "");
        AnnualReport a = read(doc.substring(0, from) + flat + doc.substring(to));
        assertThat(r.requests().differences(a.requests())).isEmpty();
        assertThat(r.reviews().differences(a.reviews())).isEmpty();
        assertThat(a.findings()).filteredOn(Finding::tables).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {91, 92, 93})
    void givenRowLabelsLost_whenRead_thenTheRowsAreTakenInOrder(long seed) {
        AnnualReport r = SyntheticReport.consistent(2022, seed);
        List<List<String>> rows = SyntheticReport.requestRows(r);
        for (int i : new int[] {3 + 5, 3 + 6, 3 + 14}) {
            rows.get(i).set(0, "");
            rows.get(i).set(1, "");
            rows.get(i).set(2, "");
        }
        AnnualReport a = read(tabDocument(r, rows));
        assertSameTables(r, a);
        assertThat(a.findings()).filteredOn(Finding::tables).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"一、总体情况\n今年我们做了很多工作。\n", "菜谱：番茄炒蛋\n鸡蛋 2 个\t番茄 3 个\n", ""})
    void givenTextThatIsNoReport_whenRead_thenNoTablesAndMissingTable(String text) {
        AnnualReport a = read(text);
        assertThat(a.requests()).isNull();
        assertThat(a.proactive()).isNull();
        assertThat(a.reviews()).isNull();
        assertThat(a.template()).isNull();
        assertThat(a.findings()).extracting(Finding::code).containsOnly("missing_table");
    }
}

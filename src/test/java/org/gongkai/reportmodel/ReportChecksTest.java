package org.gongkai.reportmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportChecksTest {

    /** A consistent 2021-format report: 10 new, 2 carried over, 9 granted, 3 carried forward. */
    static AnnualReport consistent(String unit, int year) {
        AnnualReport r = AnnualReport.blank(Template.forYear(year)).unit(unit).year(year);
        Grid q = r.requests();
        q.setRow("new_received", 8, 2, 0, 0, 0, 0, 10);
        q.setRow("carried_over", 2, 0, 0, 0, 0, 0, 2);
        q.setRow("granted", 7, 2, 0, 0, 0, 0, 9);
        q.setRow("total", 7, 2, 0, 0, 0, 0, 9);
        q.setRow("carried_forward", 3, 0, 0, 0, 0, 0, 3);
        r.reviews().setRow("reconsideration", 1, 1, 0, 0, 2);
        return r;
    }

    @Test
    void givenAConsistentReport_whenChecked_thenNothingIsFound() {
        assertThat(ReportChecks.check(consistent("示例县人民政府", 2023))).isEmpty();
    }

    @Test
    void givenARowWhoseTotalDisagrees_whenChecked_thenRowSumColumnSumAndBalanceNameIt() {
        AnnualReport r = consistent("示例县人民政府", 2023);
        r.requests().set("granted", "total", 10);
        List<Finding> f = ReportChecks.check(r);
        assertThat(f).extracting(Finding::code).contains("row_sum", "column_sum");
        assertThat(f)
                .filteredOn(x -> x.code().equals("row_sum"))
                .extracting(Finding::where)
                .containsExactly("requests.granted.*");
        assertThat(f)
                .filteredOn(x -> x.code().equals("column_sum"))
                .extracting(Finding::where)
                .containsExactly("requests.*.total");
    }

    @Test
    void givenUnbalancedCarryForward_whenChecked_thenBalanceIsFound() {
        AnnualReport r = consistent("示例县人民政府", 2023);
        r.requests().setRow("carried_forward", 4, 0, 0, 0, 0, 0, 4);
        assertThat(ReportChecks.check(r)).extracting(Finding::code).containsOnly("balance");
    }

    @Test
    void givenAReviewRowThatDoesNotAdd_whenChecked_thenReviewSum() {
        AnnualReport r = consistent("示例县人民政府", 2023);
        r.reviews().set("litigation_direct", "total", 1);
        assertThat(ReportChecks.check(r)).extracting(Finding::where).containsExactly("reviews.litigation_direct.*");
    }

    @Test
    void givenAbsentTablesAndTheWrongFormat_whenChecked_thenMissingTableAndTemplateMismatch() {
        AnnualReport r = consistent("示例县人民政府", 2023).template(Template.T2019).proactive(null);
        r.requests(null).reviews(null);
        assertThat(ReportChecks.check(r))
                .extracting(Finding::code)
                .containsExactly("missing_table", "missing_table", "missing_table", "template_mismatch");
    }

    @Test
    void givenTwoConsecutiveYearsOfOneUnit_whenTheCarryDiffers_thenCarryOverMismatchOnTheLaterYear() {
        AnnualReport y1 = consistent("示例县人民政府", 2022);
        AnnualReport y2 = consistent("示例县 人民政府", 2023);
        y2.requests().setRow("carried_over", 1, 0, 0, 0, 0, 0, 1);
        AnnualReport other = consistent("别的县人民政府", 2023);
        int added = ReportChecks.checkSeries(new java.util.ArrayList<>(List.of(y2, other, y1)));
        assertThat(added).isEqualTo(2);
        assertThat(y2.findings())
                .extracting(Finding::where)
                .containsExactly("requests.carried_over.natural_person", "requests.carried_over.total");
        assertThat(y1.findings()).isEmpty();
        assertThat(other.findings()).isEmpty();
    }

    @Test
    void givenTheYear_thenTheFormatFollows() {
        assertThat(Template.forYear(2020)).isEqualTo(Template.T2019);
        assertThat(Template.forYear(2021)).isEqualTo(Template.T2021);
        assertThat(Layouts.requests(Template.T2019).rowKeys()).contains("other").doesNotContain("other_other");
        assertThat(Layouts.requests(Template.T2021).rowKeys()).hasSize(25);
    }
}

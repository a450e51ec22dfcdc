package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.org.UnitRepository;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.ReportChecks;
import org.gongkai.reportmodel.Template;
import org.gongkai.reviews.ReviewCaseForm;
import org.gongkai.reviews.ReviewCases;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Computing a unit's and a government's report from applications, review cases and statistics. */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportComputationTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AnnualReportCalculator calculator;

    @Autowired
    AdminStatisticsRepository statistics;

    @Autowired
    ReviewCases reviews;

    @Autowired
    CellCases cells;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitRepository unitRepository;

    ReportFixture fx;
    String housing;
    String water;

    @BeforeAll
    void givenAGovernmentWithTwoUnits() {
        fx = new ReportFixture(jdbc, unitRepository, auditLog, "930001");
        housing = fx.unit("001", "测试住建局");
        water = fx.unit("002", "测试水利局");
        // carried over into 2023, replied in January
        fx.application(housing, "natural_person", "2022-12-20", "2023-01-10", "granted");
        // received and replied in 2023
        fx.many(3, housing, "commercial", "2023-03-01", "2023-03-20", "partially_granted");
        fx.application(housing, "natural_person", "2023-05-01", "2023-05-25", "withheld_third_party");
        // received in 2023, still open at the end
        fx.application(housing, "research", "2023-12-28", null, null);
        // received in 2023, closed in 2024 for an unpaid fee
        fx.application(housing, "natural_person", "2023-06-01", "2024-01-05", "other_unpaid_fee");
        // awaiting confirmation: not received
        fx.application(housing, "natural_person", null, null, null);
        // 2020 (2019 format): the three 其他处理 rows collapse into one
        fx.application(water, "legal_service", "2020-05-01", "2020-06-01", "other_no_correction");
        fx.application(water, "legal_service", "2020-05-02", "2020-06-02", "other_other");
        fx.application(water, "natural_person", "2023-02-01", "2023-02-20", "unable_not_held");
    }

    @Test
    void sectionThreeFollowsReceiptAndReplyDates() {
        AnnualReport r = calculator.compute(housing, 2023).report();
        Grid q = r.requests();
        assertThat(r.template()).isEqualTo(Template.T2021);
        assertThat(q.count("new_received", "total")).isEqualTo(6);
        assertThat(q.count("new_received", "commercial")).isEqualTo(3);
        assertThat(q.count("carried_over", "natural_person")).isEqualTo(1);
        assertThat(q.count("granted", "natural_person")).isEqualTo(1);
        assertThat(q.count("partially_granted", "commercial")).isEqualTo(3);
        assertThat(q.count("withheld_third_party", "total")).isEqualTo(1);
        assertThat(q.count("other_unpaid_fee", "total")).isZero();
        assertThat(q.count("total", "total")).isEqualTo(5);
        assertThat(q.count("carried_forward", "total")).isEqualTo(2);
        assertThat(q.count("carried_forward", "research")).isEqualTo(1);
        assertThat(ReportChecks.check(r)).isEmpty();

        Grid next = calculator.compute(housing, 2024).report().requests();
        assertThat(next.count("carried_over", "total")).isEqualTo(2);
        assertThat(next.count("other_unpaid_fee", "natural_person")).isEqualTo(1);
        assertThat(next.count("carried_forward", "total")).isEqualTo(1);
    }

    @Test
    void theYear2020UsesThe2019FormatWithOneOtherRow() {
        AnnualReport r = calculator.compute(water, 2020).report();
        assertThat(r.template()).isEqualTo(Template.T2019);
        assertThat(r.requests().count("other", "legal_service")).isEqualTo(2);
        assertThat(r.requests().rowKeys()).doesNotContain("other_other");
        assertThat(ReportChecks.check(r)).isEmpty();
    }

    @Test
    void theGovernmentSumsItsUnitsInOneComputation() {
        AnnualReportCalculator.Computation c = calculator.compute(fx.government, 2023);
        assertThat(c.unitCodes()).contains(housing, water, fx.government);
        assertThat(c.report().requests().count("new_received", "total")).isEqualTo(7);
        assertThat(c.report().requests().count("unable_not_held", "natural_person"))
                .isEqualTo(1);
        assertThat(c.perUnit().get(water).application("new_received", "natural_person"))
                .isEqualTo(1);
    }

    @Test
    void sectionFourCountsReviewsAtYearEndForTheOriginalUnitOnly() {
        reviews.create(
                fx.reviewer(),
                new ReviewCaseForm(
                        housing,
                        "litigation_after_reconsideration",
                        "",
                        "（2023）测1号",
                        "测试法院",
                        "2023-04-01",
                        "",
                        "",
                        fx.government,
                        "",
                        ""));
        reviews.create(
                fx.reviewer(),
                new ReviewCaseForm(
                        housing,
                        "reconsideration",
                        "",
                        "测复〔2023〕2号",
                        "测试县人民政府",
                        "2023-02-01",
                        "2023-03-01",
                        "corrected",
                        "",
                        "",
                        ""));
        AnnualReport r = calculator.compute(housing, 2023).report();
        assertThat(r.reviews().count("litigation_after_reconsideration", "pending"))
                .isEqualTo(1);
        assertThat(r.reviews().count("reconsideration", "corrected")).isEqualTo(1);
        assertThat(r.reviews().count("reconsideration", "total")).isEqualTo(1);
        AnnualReport gov = calculator.compute(fx.government, 2023).report();
        assertThat(gov.reviews().count("litigation_after_reconsideration", "total"))
                .isEqualTo(1);
        assertThat(calculator.compute(water, 2023).report().reviews().count("reconsideration", "total"))
                .isZero();
    }

    @Test
    void sectionTwoTakesItemsAndChangeFromTheStatistics() {
        statistics.save(
                new AdminStatistics(
                        water,
                        2019,
                        100,
                        900,
                        20,
                        50,
                        300,
                        40,
                        10,
                        2,
                        8,
                        new java.math.BigDecimal("1.5"),
                        12,
                        new java.math.BigDecimal("88.25")),
                "t");
        statistics.save(
                new AdminStatistics(
                        water,
                        2020,
                        120,
                        950,
                        15,
                        60,
                        290,
                        41,
                        10,
                        3,
                        7,
                        new java.math.BigDecimal("1.2"),
                        14,
                        new java.math.BigDecimal("99.5")),
                "t");
        Grid p = calculator.compute(water, 2020).report().proactive();
        assertThat(p.count("licensing", "items_last_year")).isEqualTo(100);
        assertThat(p.count("licensing", "change")).isEqualTo(20);
        assertThat(p.count("licensing", "decisions")).isEqualTo(950);
        assertThat(p.count("other_services", "change")).isEqualTo(-5);
        assertThat(p.count("fees", "change")).isEqualTo(-1);
        assertThat(p.get("procurement", "amount_10k_yuan")).isEqualByComparingTo("99.5");
    }

    @Test
    void aCellDrillsDownToItsCases() {
        List<CellCases.Group> groups =
                cells.casesIn(fx.reviewer(), housing, 2023, "requests.partially_granted.commercial");
        assertThat(groups)
                .singleElement()
                .satisfies(g -> assertThat(g.applications()).hasSize(3));
        List<CellCases.Group> balance = cells.casesIn(fx.reviewer(), housing, 2023, "requests.*.natural_person");
        assertThat(balance).hasSize(4);
        assertThat(balance.get(1).applications())
                .singleElement()
                .satisfies(c -> assertThat(c.receiptDate()).hasToString("2022-12-20"));
        assertThat(cells.casesIn(fx.reviewer(), housing, 2023, "requests.new_received.*")
                        .get(0)
                        .applications())
                .hasSize(6);
    }
}

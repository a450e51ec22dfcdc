package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.org.UnitRepository;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.ReportJson;
import org.gongkai.reviews.ReviewCaseForm;
import org.gongkai.reviews.ReviewCases;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Draft → submitted → returned / approved → published → reopened; checks block publication; years lock. */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportSignOffTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AnnualReports reports;

    @Autowired
    AnnualReportLocks locks;

    @Autowired
    PublicReports publicReports;

    @Autowired
    ReviewCases reviews;

    @Autowired
    AuditLog audit;

    @Autowired
    ReportDocuments documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitRepository unitRepository;

    ReportFixture fx;
    String roads;
    String parks;

    @BeforeAll
    void givenAGovernmentWithTwoUnits() {
        fx = new ReportFixture(jdbc, unitRepository, auditLog, "930002");
        roads = fx.unit("001", "测试交通局");
        parks = fx.unit("002", "测试园林局");
        fx.many(4, roads, "natural_person", "2022-03-01", "2022-03-15", "granted");
        fx.application(roads, "commercial", "2022-12-30", null, null);
        fx.many(2, parks, "natural_person", "2022-05-01", "2022-05-10", "unable_not_held");
    }

    private int version(String unit, int year) {
        return reports.view(fx.reviewer(), unit, year).record().version();
    }

    private void writeAndSubmit(String unit, int year) {
        ReportView v = reports.view(fx.reviewer(), unit, year);
        var staff = unit.equals(fx.government) ? fx.drafter() : fx.handler(unit);
        reports.saveTexts(staff, unit, year, v.record().version(), v.overview(), v.problems(), v.otherMatters());
        reports.submit(staff, unit, year, version(unit, year));
    }

    @Test
    void aUnitReportGoesThroughSignOffAndPublicationLocksTheYear() {
        // Given a handler who saved the platform's draft and submitted
        writeAndSubmit(roads, 2022);
        assertThat(locks.isLocked(roads, 2022)).isTrue();
        // Then a handler may not approve, and the reviewer may return it with comments
        assertThatThrownBy(() -> reports.approve(fx.handler(roads), roads, 2022, version(roads, 2022)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reports.returnWithComments(fx.reviewer(), roads, 2022, version(roads, 2022), " "))
                .isInstanceOf(InvalidInputException.class);
        reports.returnWithComments(fx.reviewer(), roads, 2022, version(roads, 2022), "请补充第五部分");
        assertThat(locks.isLocked(roads, 2022)).isFalse();
        writeAndSubmit(roads, 2022);
        // When the reviewer approves and publishes
        reports.approve(fx.reviewer(), roads, 2022, version(roads, 2022));
        reports.publish(fx.reviewer(), roads, 2022, version(roads, 2022));
        // Then the portal has the frozen report and the year stays locked
        PublicReports.Document d = publicReports.published(roads, 2022).orElseThrow();
        assertThat(d.report().requests().count("new_received", "total")).isEqualTo(5);
        assertThat(d.report().published()).isNotNull();
        assertThat(d.bodyHtml()).contains("收到和处理政府信息公开申请情况").contains("结转下年度继续办理");
        assertThat(locks.isLocked(roads, 2022)).isTrue();
        assertThatThrownBy(() -> reviews.create(
                        fx.reviewer(),
                        new ReviewCaseForm(
                                roads,
                                "reconsideration",
                                "",
                                "测复〔2022〕9号",
                                "测试县人民政府",
                                "2022-06-01",
                                "",
                                "",
                                "",
                                "",
                                "")))
                .isInstanceOf(ConflictException.class);
        // And a record changed behind the lock (here written straight to the table) shows against the frozen cell
        fx.application(roads, "natural_person", "2022-07-01", "2022-07-10", "granted");
        assertThat(reports.view(fx.reviewer(), roads, 2022).findings())
                .anySatisfy(f -> assertThat(f.code() + " " + f.where())
                        .isEqualTo("changed_since_frozen requests.new_received.natural_person"));
        // And reopening needs a reason, is recorded, and unlocks the year
        assertThatThrownBy(() -> reports.reopen(fx.reviewer(), roads, 2022, version(roads, 2022), ""))
                .isInstanceOf(InvalidInputException.class);
        reports.reopen(fx.reviewer(), roads, 2022, version(roads, 2022), "更正复议案件登记");
        assertThat(locks.isLocked(roads, 2022)).isFalse();
        assertThat(reports.view(fx.reviewer(), roads, 2022).history())
                .extracting(SignOffEvent::step, SignOffEvent::reason)
                .endsWith(org.assertj.core.groups.Tuple.tuple(SignOffStep.REOPEN, "更正复议案件登记"));
        assertThat(audit.forEntity("annual_report", roads + "/2022"))
                .extracting(e -> e.action())
                .contains(
                        "annual-report.submit",
                        "annual-report.return",
                        "annual-report.approve",
                        "annual-report.publish",
                        "annual-report.reopen");
        assertThat(publicReports.published(roads, 2022)).isPresent();
    }

    @Test
    void aCarryOverMismatchWithTheImportedPreviousReportBlocksPublication() {
        // Given last year's report, published outside the platform, says 3 applications were carried forward
        AnnualReport last = publicReports.document(parks, 2022).report();
        last.findings().clear();
        last.year(2021);
        last.requests().set("carried_forward", "natural_person", 3).set("carried_forward", "total", 3);
        reports.importPublished(fx.reviewer(), parks, 2021, ReportJson.write(last));
        // When this year's report (nothing carried over) is approved
        writeAndSubmit(parks, 2022);
        reports.approve(fx.reviewer(), parks, 2022, version(parks, 2022));
        // Then publication is refused, naming the cell
        assertThat(reports.view(fx.reviewer(), parks, 2022).findings())
                .anySatisfy(f -> assertThat(f.where()).isEqualTo("requests.carried_over.natural_person"));
        assertThatThrownBy(() -> reports.publish(fx.reviewer(), parks, 2022, version(parks, 2022)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("requests.carried_over.natural_person");
        assertThat(publicReports.published(parks, 2022)).isEmpty();
    }

    @Test
    void lastYearsPublishedReportIsImportedFromItsFileForTheCarryOverCheck() throws Exception {
        // Given last year's report of a unit, published as a document (here: rendered HTML) outside the platform
        String civil = fx.unit("004", "测试民政局");
        fx.many(2, civil, "natural_person", "2019-12-20", "2020-01-08", "granted");
        AnnualReport last = publicReports.document(civil, 2019).report();
        byte[] html = documents.xhtml(last, "总体情况", "问题", "无。").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // When the reviewer imports it through the report reader
        reports.importPublished(
                fx.reviewer(),
                civil,
                2019,
                new org.gongkai.reportreading.AnnualReportReader().read(html, "民政局2019年报.html"));
        // Then this year's report is checked against it, and agrees
        ReportView v = reports.view(fx.reviewer(), civil, 2020);
        assertThat(v.previous()).isNotNull();
        assertThat(v.previous().requests().count("carried_forward", "total")).isEqualTo(2);
        assertThat(v.findings()).isEmpty();
    }

    @Test
    void theGovernmentReportWaitsForEveryUnitAndSumsTheirApprovedFigures() {
        String schools = fx.unit("003", "测试教育局");
        fx.many(2, schools, "research", "2021-04-01", "2021-04-20", "granted");
        writeAndSubmit(fx.government, 2021);
        ReportView pending = reports.view(fx.reviewer(), fx.government, 2021);
        assertThat(pending.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo("units_not_approved"));
        reports.approve(fx.reviewer(), fx.government, 2021, version(fx.government, 2021));
        assertThatThrownBy(() -> reports.publish(fx.reviewer(), fx.government, 2021, version(fx.government, 2021)))
                .isInstanceOf(ConflictException.class);
        reports.returnWithComments(fx.reviewer(), fx.government, 2021, version(fx.government, 2021), "等待各单位");
        for (String unit : java.util.List.of(roads, parks, schools)) {
            writeAndSubmit(unit, 2021);
            reports.approve(fx.reviewer(), unit, 2021, version(unit, 2021));
        }
        writeAndSubmit(fx.government, 2021);
        reports.approve(fx.reviewer(), fx.government, 2021, version(fx.government, 2021));
        reports.publish(fx.reviewer(), fx.government, 2021, version(fx.government, 2021));
        AnnualReport gov =
                publicReports.published(fx.government, 2021).orElseThrow().report();
        assertThat(gov.requests().count("granted", "research")).isEqualTo(2);
        assertThatThrownBy(() -> reports.returnWithComments(fx.reviewer(), schools, 2021, version(schools, 2021), "x"))
                .isInstanceOf(ConflictException.class);
    }
}

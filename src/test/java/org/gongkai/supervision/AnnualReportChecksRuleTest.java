package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.annualreport.AnnualReports;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.China;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.ReportJson;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Rule {@code annual-report-checks}: the annual report module's checks run again on every published report; a
 * report that disagrees with last year's report entered afterwards is named with the failed check, and the finding
 * is resolved once the entered report is corrected.
 */
@GongkaiTest
class AnnualReportChecksRuleTest {

    static final String GOVERNMENT = "001008099";
    static final String UNIT = GOVERNMENT + "011";
    static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, GOVERNMENT + "001");

    @LocalServerPort
    int port;

    @Autowired
    AnnualReports reports;

    @Autowired
    SelfInspection inspection;

    @Test
    void theDemoCountysFirstPublishedReportFailsItsCarryOverAgainstTheOldSitesReport() throws Exception {
        int first = LocalDate.now(China.ZONE).getYear() - 3;
        JsonNode culture =
                Api.json(new Api(port).get("reviewer", "/api/v1/supervision/findings?unit=" + GOVERNMENT + "018"));
        assertThat(culture.valueStream().filter(f -> f.get("code").asString().equals("annual-report-checks")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.get("message").asString())
                            .contains("已公布的 " + first + " 年度报告有 1 项校验未通过")
                            .contains("requests.carried_over.");
                    assertThat(f.get("evidence").asString())
                            .isEqualTo("/console/annual-reports/" + GOVERNMENT + "018/" + first);
                });
    }

    @Test
    void aReportFailingItsChecksIsFoundWithTheFailedChecksAndResolvedWhenItPassesAgain() throws Exception {
        int first = LocalDate.now(China.ZONE).getYear() - 3;
        AnnualReport published = reports.view(REVIEWER, UNIT, first).report();
        inspection.run("test", GOVERNMENT);
        assertThat(findings(UNIT)).isEmpty();

        importPrevious(published, first, 5);
        inspection.run("test", GOVERNMENT);
        List<String> open = findings(UNIT);
        assertThat(open).hasSize(1);
        assertThat(open.getFirst()).contains(first + " 年度报告").contains("上年结转");

        importPrevious(published, first, 0);
        SelfInspection.Outcome o = inspection.run("test", GOVERNMENT);
        assertThat(o.resolved()).isPositive();
        assertThat(findings(UNIT)).isEmpty();
    }

    private void importPrevious(AnnualReport first, int year, int off) {
        AnnualReport old = ReportJson.read(ReportJson.write(first));
        for (String c : Layouts.APPLICANT_COLUMNS) {
            old.requests().set("carried_forward", c, first.requests().count("carried_over", c) + off);
        }
        reports.importPublished(REVIEWER, UNIT, year - 1, old.year(year - 1).published(null));
    }

    private List<String> findings(String unit) throws Exception {
        return Api.json(new Api(port).get("reviewer", "/api/v1/supervision/findings?unit=" + unit))
                .valueStream()
                .filter(f -> f.get("code").asString().equals("annual-report-checks"))
                .map(f -> f.get("message").asString())
                .toList();
    }
}

package org.gongkai.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refused attempt is in the audit log as {@code denied.<action>}, whatever module refused it, written in its
 * own transaction so that the rollback of the attempt keeps it. One test per module.
 */
@GongkaiTest
class RefusalsAreRecordedTest {

    private static final String HOUSING = "001008099013";
    private static final String PAGE = "/console";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    private ConsoleSession as(String user) {
        return new ConsoleSession(port, user);
    }

    private void assertRecorded(String actor, String action, String unitCode) {
        assertThat(audit.recent(30))
                .as("%s by %s in the audit log", action, actor)
                .anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo(actor);
                    assertThat(e.action()).isEqualTo(action);
                    assertThat(e.unitCode()).isEqualTo(unitCode);
                    assertThat(e.detail()).startsWith("POST /console/");
                });
    }

    @Test
    void aHandlerApprovingAnAnnualReportIsRefusedAndRecorded() throws Exception {
        HttpResponse<String> r = as("zhujian")
                .post(
                        PAGE,
                        "/console/annual-reports/" + HOUSING + "/2024/decision",
                        Map.of("version", "1", "action", "approve"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertRecorded("zhujian", "denied.annual-report.approve", HOUSING);
    }

    @Test
    void anAuditorSavingAnnualReportTextsIsRefusedAndRecorded() throws Exception {
        HttpResponse<String> r = as("auditor")
                .post(
                        PAGE,
                        "/console/annual-reports/" + HOUSING + "/2024/texts",
                        Map.of("version", "1", "overview", "x", "problems", "x", "otherMatters", "x"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertRecorded("auditor", "denied.annual-report.save-texts", HOUSING);
    }

    @Test
    void anAuditorRecordingAReviewCaseIsRefusedAndRecorded() throws Exception {
        HttpResponse<String> r =
                as("auditor").post(PAGE, "/console/reviews", Map.of("unitCode", HOUSING, "caseNumber", "x"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertRecorded("auditor", "denied.review.change", HOUSING);
    }

    @Test
    void anAuditorChangingStatisticsIsRefusedAndRecorded() throws Exception {
        HttpResponse<String> r = as("auditor")
                .post(PAGE, "/console/annual-reports/statistics/" + HOUSING + "/2024", Map.of("licensing_items", "1"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertRecorded("auditor", "denied.admin-statistics.save", HOUSING);
    }

    @Test
    void aHandlerRebuildingTheSearchIndexIsRefusedAndRecorded() throws Exception {
        HttpResponse<String> r = as("zhujian").post(PAGE, "/console/catalog/search-rebuild", Map.of());
        assertThat(r.statusCode()).isEqualTo(403);
        assertRecorded("zhujian", "denied.search.rebuild", HOUSING);
    }

    @Test
    void aRefusalThatNamesNothingIsStillRecordedAgainstThePathAskedFor() throws Exception {
        String path = "/console/annual-reports/" + HOUSING + "/2024/cases";
        HttpResponse<String> r = as("chengguan").get(path + "?path=requests.granted.total");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(audit.recent(30)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("chengguan");
            assertThat(e.action()).isEqualTo("denied.http");
            assertThat(e.detail()).isEqualTo("GET " + path);
        });
    }
}

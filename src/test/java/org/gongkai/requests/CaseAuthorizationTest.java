package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.CaseFixture.*;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A handler cannot read or change another unit's cases (403, audited); an auditor changes nothing (409); masking. */
@GongkaiTest
class CaseAuthorizationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestWorkflow workflow;

    @Autowired
    RequestQueries queries;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    private long housingCase() {
        return handedIn(intake, LocalDate.now(clock)).id();
    }

    private long denials(long id) {
        return audit.forEntity("disclosure_request", String.valueOf(id)).stream()
                .filter(e -> e.action().startsWith("denied."))
                .count();
    }

    @Test
    void aHandlerOfAnotherUnitCannotReadTheCaseAndTheAttemptIsAudited() throws Exception {
        long id = housingCase();
        // When the town handler opens the housing bureau's case page
        var page = new Http(port).getAs("chengguan", "/console/requests/" + id);
        // Then 403, and the attempt is in the audit log
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(denials(id)).isEqualTo(1);
        assertThat(audit.forEntity("disclosure_request", String.valueOf(id)))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("chengguan"));
        // And the own unit's handler reads it
        assertThat(new Http(port).getAs("zhujian", "/console/requests/" + id).statusCode())
                .isEqualTo(200);
    }

    @Autowired
    ReplyLetters replies;

    @Test
    void aHandlerOfAnotherUnitCannotDownloadTheCasesLettersOrReleasedFilesAndEachAttemptIsAudited() throws Exception {
        long id = housingCase();
        long file = replies.upload(
                ZHUJIAN, id, new NewAttachment("资金明细.txt", "明细".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Letter reply = replies.reply(
                ZHUJIAN,
                id,
                new ReplyLetters.ReplyDraft(
                        Outcome.GRANTED, Article.A36_2, "经审查，您申请获取的政府信息予以公开，详见附件。", null, java.util.List.of(file)));
        Http http = new Http(port);
        // The town's handler gets neither the letter (PDF, DOCX) nor the released file; each try is audited
        for (String path : java.util.List.of(
                "/console/requests/letters/" + reply.id() + ".pdf",
                "/console/requests/letters/" + reply.id() + ".docx",
                "/console/requests/files/" + file)) {
            assertThat(http.getAs("chengguan", path).statusCode()).as(path).isIn(403, 404);
        }
        assertThat(denials(id)).isEqualTo(3);
        // The handling unit does
        assertThat(http.getAs("zhujian", "/console/requests/letters/" + reply.id() + ".pdf")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aHandlerOfAnotherUnitCannotChangeTheCase() {
        long id = housingCase();
        assertThatThrownBy(() ->
                        workflow.startConsultation(CHENGGUAN, id, CaseParts.ConsultationKind.THIRD_PARTY, "某公司", "x"))
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        e -> assertThat(e.refusal())
                                .isEqualTo(Refusal.of("start-consultation", "disclosure_request", id, ZHUJIAN_UNIT)));
        assertThat(queries.view(ZHUJIAN, id).request().status()).isEqualTo(Status.REGISTERED);
    }

    @Test
    void anAuditorReadsButChangesNothing() {
        long id = housingCase();
        assertThat(queries.view(AUDITOR, id).request().status()).isEqualTo(Status.REGISTERED);
        assertThatThrownBy(() -> workflow.archive(AUDITOR, id))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.refusal())
                                .isEqualTo(Refusal.of("archive", "disclosure_request", id, ZHUJIAN_UNIT)))
                .hasMessageContaining("read-only");
    }

    @Test
    void aReviewerApprovesExtensionsButDoesNotReplyForTheUnit() {
        long id = housingCase();
        workflow.extend(REVIEWER, id, 10, "档案分散，需逐卷检索");
        assertThat(queries.view(REVIEWER, id).request().status()).isEqualTo(Status.EXTENDED);
        assertThatThrownBy(() -> workflow.archive(REVIEWER, id)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void idNumbersAndPhonesAreMaskedOutsideTheHandlingUnit() throws Exception {
        long id = housingCase();
        // The reviewer's list and case page mask them
        var reviewerPage = new Http(port).getAs("reviewer", "/console/requests/" + id);
        assertThat(reviewerPage.body())
                .contains("110***********002X")
                .contains("139****5678")
                .doesNotContain("11010519491231002X");
        var reviewerList = queries.list(REVIEWER, ZHUJIAN_UNIT, null, null, 0, 500);
        assertThat(reviewerList.rows())
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> assertThat(r.idNumber()).isEqualTo("110***********002X"));
        // The handling unit sees them
        assertThat(new Http(port).getAs("zhujian", "/console/requests/" + id).body())
                .contains("11010519491231002X");
        assertThat(queries.list(ZHUJIAN, null, null, null, 0, 500).rows())
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> assertThat(r.phone()).isEqualTo("13912345678"));
    }

    @Test
    void theListShowsOnlyUnitsTheStaffMemberMaySee() {
        housingCase();
        assertThat(queries.list(CHENGGUAN, null, null, null, 0, 1000).rows())
                .allSatisfy(r -> assertThat(r.unitCode()).isEqualTo("001008099101"));
        assertThat(queries.list(CHENGGUAN, ZHUJIAN_UNIT, null, null, 0, 1000).rows())
                .isEmpty();
    }

    @Test
    void registeringACaseForAnotherUnitIsRefusedAndTheRefusalSurvivesTheRollback() throws Exception {
        var r = new ConsoleSession(port, "chengguan")
                .post(
                        "/console/requests/new",
                        "/console/requests/new",
                        java.util.Map.of("unitCode", ZHUJIAN_UNIT, "channel", "letter", "name", "张三"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(audit.recent(20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("chengguan");
            assertThat(e.action()).isEqualTo("denied.register");
            assertThat(e.unitCode()).isEqualTo(ZHUJIAN_UNIT);
        });
    }

    @Test
    void anAuditorsStepOnTheConsoleIs409WithTheReasonAndRecorded() throws Exception {
        long id = housingCase();
        var r = new ConsoleSession(port, "auditor")
                .post("/console/requests/" + id, "/console/requests/" + id + "/archive", java.util.Map.of());
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(denials(id)).isEqualTo(1);
        assertThat(queries.view(ZHUJIAN, id).request().status()).isEqualTo(Status.REGISTERED);
    }
}

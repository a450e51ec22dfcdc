package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.CaseFixture.*;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.PortalVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The applicant hands in the corrected application (条例 30) on the tracking page, after the code and secret: text
 * and files checked like an application's; the case is received that day and its 20 working days start again; the
 * handler sees the text and the files; every submission and refusal is audited.
 */
@GongkaiTest
class CorrectionUploadTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestWorkflow workflow;

    @Autowired
    RequestQueries queries;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Submitted askedToCorrect() {
        Submitted s = handedIn(intake, LocalDate.now(clock));
        workflow.requestCorrection(ZHUJIAN, s.id(), 10, "请写明所需信息的年份和项目名称");
        return s;
    }

    private long audited(String action, long id) {
        return jdbc.sql("select count(*) from audit_log where action = ? and entity_id = ?")
                .params(action, String.valueOf(id))
                .query(Long.class)
                .single();
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void theCorrectedApplicationRestartsTheClockFromTheDayItIsReceivedAndTheHandlerSeesIt() throws Exception {
        // Given a case waiting for a correction, tracked by its applicant
        Submitted s = askedToCorrect();
        PortalVisitor applicant = new PortalVisitor(port);
        HttpResponse<String> page = applicant.track(s.trackingCode(), s.secret());
        assertThat(page.body()).contains("id=\"correction-form\"").contains("请写明所需信息的年份和项目名称");
        // When the corrected text and a PDF are handed in
        HttpResponse<String> r = applicant.upload(
                "/portal/track/correction",
                Map.of("id", String.valueOf(s.id()), "correctedText", "申请公开2024年城关镇老旧小区改造项目的资金使用情况"),
                "attachments",
                Map.of("补正说明.pdf", pdf()));
        // Then the page says so and the case is registered again, received today, due 20 working days on
        LocalDate today = LocalDate.now(clock);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"correction-done\"").doesNotContain("id=\"correction-form\"");
        CaseView c = queries.view(ZHUJIAN, s.id());
        assertThat(c.request().status()).isEqualTo(Status.REGISTERED);
        assertThat(c.request().state().correction().receivedOn()).isEqualTo(today);
        assertThat(c.request().state().clock().start()).isEqualTo(today);
        assertThat(c.request().dueDate()).isEqualTo(calendar.plusWorkingDays(today, 20));
        assertThat(c.history()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(DisclosureRequest.CORRECTION_SUBMITTED);
            assertThat(e.actor()).isEqualTo(Act.APPLICANT);
        });
        // And the file is on the case for the handler, not released back to the applicant
        assertThat(c.attachments())
                .filteredOn(f -> f.source().equals(CorrectionSubmissions.SOURCE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.filename()).isEqualTo("补正说明.pdf");
                    assertThat(f.mediaType()).isEqualTo("application/pdf");
                    assertThat(f.released()).isFalse();
                });
        String casePage = new ConsoleSession(port, "zhujian")
                .get("/console/requests/" + s.id())
                .body();
        assertThat(casePage)
                .contains("申请公开2024年城关镇老旧小区改造项目的资金使用情况")
                .contains("补正说明.pdf")
                .contains("申请人补正时提交");
        // And the history on the tracking page says it in plain words; both steps are audited
        assertThat(r.body()).contains("您在网上提交了补正后的申请");
        assertThat(audited("request.correction-submitted", s.id())).isEqualTo(1);
        assertThat(audited("request.correction-files", s.id())).isEqualTo(1);
        // And a second submission is refused with the reason, audited, and changes nothing
        HttpResponse<String> again = applicant.upload(
                "/portal/track/correction",
                Map.of("id", String.valueOf(s.id()), "correctedText", "再次补正"),
                "attachments",
                Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"correction-error\"");
        assertThat(audited("denied.correction-submitted", s.id())).isEqualTo(1);
        assertThat(queries.view(ZHUJIAN, s.id()).request().state().correction().correctedText())
                .isEqualTo("申请公开2024年城关镇老旧小区改造项目的资金使用情况");
    }

    @Test
    void emptyOrWronglyTypedSubmissionsAreRefusedByFieldAndChangeNothing() throws Exception {
        Submitted s = askedToCorrect();
        PortalVisitor applicant = new PortalVisitor(port);
        applicant.track(s.trackingCode(), s.secret());
        String id = String.valueOf(s.id());
        // Neither text nor file
        HttpResponse<String> empty = applicant.upload(
                "/portal/track/correction", Map.of("id", id, "correctedText", "  "), "attachments", Map.of());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"err-correctedText\"").contains("请填写补正后的申请内容或上传补正材料");
        // A program disguised as a PDF: the type is read from the content
        HttpResponse<String> exe = applicant.upload(
                "/portal/track/correction",
                Map.of("id", id, "correctedText", "补正内容"),
                "attachments",
                Map.of("说明.pdf", "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(exe.body()).contains("id=\"err-attachments-0\"");
        // Too many files
        HttpResponse<String> many = applicant.upload(
                "/portal/track/correction",
                Map.of("id", id, "correctedText", "补正内容"),
                "attachments",
                Map.of("1.pdf", pdf(), "2.pdf", pdf(), "3.pdf", pdf(), "4.pdf", pdf(), "5.pdf", pdf(), "6.pdf", pdf()));
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(many.body()).contains("id=\"err-attachments\"");
        // Nothing changed
        CaseView c = queries.view(ZHUJIAN, s.id());
        assertThat(c.request().status()).isEqualTo(Status.CORRECTION_REQUESTED);
        assertThat(c.attachments()).noneMatch(f -> f.source().equals(CorrectionSubmissions.SOURCE));
        assertThat(audited("request.correction-submitted", s.id())).isZero();
    }

    @Test
    void onlyTheSessionThatProvedTheSecretMayHandInTheCorrection() throws Exception {
        Submitted s = askedToCorrect();
        Submitted other = askedToCorrect();
        // A visitor who tracked another case posts to this one
        PortalVisitor stranger = new PortalVisitor(port);
        stranger.track(other.trackingCode(), other.secret());
        HttpResponse<String> r = stranger.upload(
                "/portal/track/correction",
                Map.of("id", String.valueOf(s.id()), "correctedText", "冒名补正"),
                "attachments",
                Map.of());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("请写明所需信息的年份和项目名称");
        assertThat(queries.view(ZHUJIAN, s.id()).request().status()).isEqualTo(Status.CORRECTION_REQUESTED);
    }
}

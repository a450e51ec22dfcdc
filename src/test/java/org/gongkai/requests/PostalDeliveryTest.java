package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.CaseFixture.ZHUJIAN;
import static org.gongkai.requests.CaseFixture.handedIn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Letters by post: the handler sees the address to post to, records the registered mail number; a fee notice's
 * 20 days to pay run from the day it was signed for.
 */
@GongkaiTest
class PostalDeliveryTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestWorkflow workflow;

    @Autowired
    RequestQueries queries;

    @Autowired
    LetterMailing mailing;

    @Autowired
    Clock clock;

    @Test
    void theHandlerSeesTheAddressRecordsTheMailNumberAndTheApplicantSeesIt() throws Exception {
        long id = handedIn(intake, LocalDate.now(clock)).id();
        Letter ack = queries.view(ZHUJIAN, id).letters().getFirst();
        ConsoleSession console = new ConsoleSession(port, "zhujian");
        String page = "/console/requests/" + id;
        assertThat(console.get(page).body()).contains("id=\"postal-address\">示例县城关镇2号");
        String action = page + "/letters/" + ack.id() + "/mail";
        String row = "mail-" + ack.id();
        // a bad number is refused on its field, the form open again with what was typed, nothing recorded
        var bad = console.post(page, action, Map.of("mailNumber", "号码"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .containsPattern("<details id=\"" + row + "\" open")
                .containsPattern("id=\"" + row + "-mailNumber\"[^>]*value=\"号码\"[^>]*aria-invalid=\"true\"")
                .contains("id=\"err-" + row + "-mailNumber\">请填写挂号信（EMS）邮件号码")
                .contains("<a href=\"#" + row + "-mailNumber\">");
        // an empty one is asked for by its name
        assertThat(console.post(page, action, Map.of("mailNumber", "")).body())
                .contains("id=\"err-" + row + "-mailNumber\">请填写挂号信邮件号码");
        assertThat(mailing.postings(id)).isEmpty();
        // a good one is first shown for a last look (a legal act: the delivery runs from it), nothing recorded
        var preview = console.post(page, action, Map.of("mailNumber", "XA12345678901"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("办理前确认：登记邮寄", "id=\"mail-number\">XA12345678901<", "id=\"mail-address\">示例县城关镇2号")
                .contains("<input type=\"hidden\" name=\"mailNumber\" value=\"XA12345678901\">")
                .contains("id=\"do-confirm-mail\"")
                .containsPattern("id=\"do-back\" href=\"" + page + "\\?step=" + row + "&amp;mailNumber=XA12345678901");
        assertThat(mailing.postings(id)).isEmpty();
        // going back opens the form with the number kept
        assertThat(console.get(page + "?step=" + row + "&mailNumber=XA12345678901")
                        .body())
                .containsPattern("<details id=\"" + row + "\" open")
                .containsPattern("id=\"" + row + "-mailNumber\"[^>]*value=\"XA12345678901\"");
        // confirmed, it is recorded once and shown
        var ok = console.post(page, action, Map.of("mailNumber", "XA12345678901", "confirmed", "true"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).endsWith(page + "?done=mail");
        assertThat(mailing.postings(id)).containsKey(ack.id());
        assertThat(console.get(page).body()).contains("以挂号信寄出，邮件号码 XA12345678901");
        // a second recording of the same letter is refused
        assertThat(console.post(page, action, Map.of("mailNumber", "XB12345678901", "confirmed", "true"))
                        .statusCode())
                .isEqualTo(409);
        assertThat(mailing.postings(id).get(ack.id()).mailNumber()).isEqualTo("XA12345678901");
    }

    @Test
    void aFeeNoticesPaymentPeriodRunsFromTheDayItWasSignedFor() {
        LocalDate today = LocalDate.now(clock);
        // expected to be signed for in two weeks (a span with working days in it, even over a week of holidays);
        // the period is provisional when it reaches a year whose holiday notice is not loaded, never refused
        long id = handedIn(intake, today).id();
        workflow.noticeFee(ZHUJIAN, id, CaseParts.FeeBasis.PAGES, 300, today.plusDays(14));
        LocalDate expected = queries.view(ZHUJIAN, id).request().state().fee().deadline();
        // signed for today, earlier than the day first expected: the deadline moves with it
        workflow.recordFeeReceipt(ZHUJIAN, id, today);
        var fee = queries.view(ZHUJIAN, id).request().state().fee();
        assertThat(fee.receivedOn()).isEqualTo(today);
        assertThat(fee.deadline()).isBefore(expected);
        assertThat(fee.deadline())
                .isEqualTo(calendar.reckonWorkingDays(today, 20).date());
        assertThat(fee.missingYear())
                .isEqualTo(calendar.reckonWorkingDays(today, 20).missingYear());
        // a receipt in the future is refused
        assertThatThrownBy(() -> workflow.recordFeeReceipt(ZHUJIAN, id, today.plusDays(1)))
                .isInstanceOf(ConflictException.class);
        assertThat(queries.view(ZHUJIAN, id).request().state().fee().receivedOn())
                .isEqualTo(today);
    }
}

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
        // a bad number is refused by field, nothing recorded
        var bad = console.post(page, page + "/letters/" + ack.id() + "/mail", Map.of("mailNumber", "号码"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("挂号信（EMS）邮件号码");
        assertThat(mailing.postings(id)).isEmpty();
        // a good one is recorded and shown
        var ok = console.post(page, page + "/letters/" + ack.id() + "/mail", Map.of("mailNumber", "XA12345678901"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(mailing.postings(id)).containsKey(ack.id());
        assertThat(console.get(page).body()).contains("以挂号信寄出，邮件号码 XA12345678901");
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

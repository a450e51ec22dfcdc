package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.RequestFixture.*;

import java.time.LocalDate;
import org.gongkai.platform.errors.ConflictException;
import org.junit.jupiter.api.Test;

/** Art. 30: one correction notice within 7 working days; the clock restarts; no correction closes the case. */
class CorrectionRulesTest {

    private final ExplicitCalendar calendar = ExplicitCalendar.chinese2023to2025();

    @Test
    void theSeventhWorkingDayAfterReceiptIsTheLastDayToAskAcrossSpringFestival() {
        // Given an application received 2025-01-24; its 7th working day is 2025-02-10
        DisclosureRequest late = receivedOn("2025-01-24", calendar);
        // When asking on 2025-02-11, Then refused
        assertThatThrownBy(() -> late.requestCorrection(act(HANDLER, "2025-02-11", "请说明所需信息的年份"), 15, calendar))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageCode())
                .isEqualTo("error.request.correction-too-late");
        // And asking on 2025-02-10 is allowed
        DisclosureRequest inTime = receivedOn("2025-01-24", calendar);
        inTime.requestCorrection(act(HANDLER, "2025-02-10", "请说明所需信息的年份"), 15, calendar);
        assertThat(inTime.status()).isEqualTo(Status.CORRECTION_REQUESTED);
        assertThat(inTime.dueDate()).isNull();
    }

    @Test
    void theCorrectedApplicationRestartsTheTwentyDaysAndOnlyOneNoticeIsAllowed() {
        DisclosureRequest r = receivedOn("2024-09-20", calendar);
        r.requestCorrection(act(HANDLER, "2024-09-23", "请明确申请公开的具体项目名称"), 15, calendar);
        // When the corrected application arrives on 27 Sep
        r.recordCorrection(handlerOn("2024-09-27"), calendar);
        // Then the 20 days run from 27 Sep
        assertThat(r.status()).isEqualTo(Status.REGISTERED);
        assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2024-10-30"));
        // And a second correction notice is refused
        assertThatThrownBy(() -> r.requestCorrection(act(HANDLER, "2024-09-30", "再次补正"), 10, calendar))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("correction-once");
    }

    @Test
    void aCorrectionPeriodThatRunsOutClosesTheCaseAsOtherProcessingOne() {
        DisclosureRequest r = receivedOn("2024-09-20", calendar);
        r.requestCorrection(act(HANDLER, "2024-09-23", "请明确申请公开的具体项目名称"), 5, calendar);
        LocalDate deadline = r.state().correction().deadline();
        assertThat(deadline).isEqualTo(LocalDate.parse("2024-09-29"));
        // (the make-up Sunday 29 Sep is the 5th working day) When the job runs on the deadline itself, nothing happens
        assertThat(r.closeIfExpired(new Act("system", null, null, deadline, null)))
                .isFalse();
        // When it runs a week later
        assertThat(r.closeIfExpired(new Act("system", null, null, LocalDate.parse("2024-10-08"), null)))
                .isTrue();
        // Then it is closed as 其他处理 1 on the day after the period
        assertThat(r.status()).isEqualTo(Status.CLOSED);
        assertThat(r.state().reply().outcome()).isEqualTo(Outcome.OTHER_NO_CORRECTION);
        assertThat(r.state().reply().date()).isEqualTo(LocalDate.parse("2024-09-30"));
    }
}

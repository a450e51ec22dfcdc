package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.RequestFixture.*;

import java.time.LocalDate;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.requests.CaseParts.FeeBasis;
import org.junit.jupiter.api.Test;

/** No reply twice, no second extension, no reply from outside the unit, fees paid or the case closes. */
class TransitionGuardsTest {

    private final ExplicitCalendar calendar = ExplicitCalendar.chinese2023to2025();

    @Test
    void aCaseIsRepliedOnceWithAnArticleItsOutcomeAllows() {
        DisclosureRequest r = receivedOn("2024-09-27", calendar);
        assertThatThrownBy(() -> r.reply(handlerOn("2024-10-10"), Outcome.GRANTED, Article.A38, ReviewPolicy.DEFAULT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("article-not-for-outcome");
        r.reply(handlerOn("2024-10-10"), Outcome.GRANTED, Article.A36_2, ReviewPolicy.DEFAULT);
        assertThat(r.status()).isEqualTo(Status.REPLIED);
        assertThatThrownBy(() -> r.reply(handlerOn("2024-10-11"), Outcome.GRANTED, Article.A36_2, ReviewPolicy.DEFAULT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already-replied");
    }

    @Test
    void onlyTheHandlingUnitReplies() {
        DisclosureRequest r = receivedOn("2024-09-27", calendar);
        assertThatThrownBy(() -> r.reply(
                        act(OTHER_HANDLER, "2024-10-10", null), Outcome.GRANTED, Article.A36_2, ReviewPolicy.DEFAULT))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> r.reply(
                        act(REVIEWER, "2024-10-10", null), Outcome.GRANTED, Article.A36_2, ReviewPolicy.DEFAULT))
                .isInstanceOf(ForbiddenException.class);
        assertThat(r.status()).isEqualTo(Status.REGISTERED);
    }

    @Test
    void oneExtensionOfAtMostTwentyDaysApprovedByAReviewerWithAReason() {
        DisclosureRequest r = receivedOn("2024-09-27", calendar);
        assertThatThrownBy(() -> r.extend(act(HANDLER, "2024-10-20", "需要更多时间"), 20, calendar))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> r.extend(act(REVIEWER, "2024-10-20", "需要更多时间"), 21, calendar))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.extend(act(REVIEWER, "2024-10-20", " "), 10, calendar))
                .hasMessageContaining("reason-required");
        assertThatThrownBy(() -> r.extend(act(REVIEWER, "2024-10-31", "逾期后延期"), 10, calendar))
                .hasMessageContaining("extension-after-due");
        r.extend(act(REVIEWER, "2024-10-20", "需要更多时间"), 10, calendar);
        assertThatThrownBy(() -> r.extend(act(REVIEWER, "2024-10-21", "再延一次"), 5, calendar))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("extension-once");
    }

    @Test
    void aPaidFeeResumesTheClockAndAnUnpaidOneClosesTheCaseAsOtherProcessingTwo() {
        // Given a fee notice on 2024-10-08, received by the applicant on 2024-10-09
        DisclosureRequest paid = receivedOn("2024-09-27", calendar);
        paid.noticeFee(handlerOn("2024-10-08"), FeeBasis.PAGES, 250, 4700, LocalDate.parse("2024-10-09"), calendar);
        assertThat(paid.state().fee().deadline()).isEqualTo(LocalDate.parse("2024-11-05"));
        // When paid on 2024-10-11 (9, 10, 11: 3 working days of pause)
        paid.recordFeePaid(handlerOn("2024-10-11"), calendar);
        assertThat(paid.status()).isEqualTo(Status.REGISTERED);
        assertThat(paid.dueDate()).isEqualTo(calendar.plusWorkingDays(LocalDate.parse("2024-10-30"), 3));

        DisclosureRequest unpaid = receivedOn("2024-09-27", calendar);
        unpaid.noticeFee(handlerOn("2024-10-08"), FeeBasis.PAGES, 250, 4700, LocalDate.parse("2024-10-09"), calendar);
        assertThat(unpaid.closeIfExpired(new Act("system", null, null, LocalDate.parse("2024-11-07"), null)))
                .isTrue();
        assertThat(unpaid.state().reply().outcome()).isEqualTo(Outcome.OTHER_UNPAID_FEE);
        assertThat(unpaid.status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void everyStepIsRecordedWithWhoWhenAndWhy() {
        DisclosureRequest r = receivedOn("2024-09-27", calendar);
        r.extend(act(REVIEWER, "2024-10-20", "需调取档案"), 10, calendar);
        assertThat(r.pendingEvents())
                .extracting(RequestEvent::action, RequestEvent::actor, RequestEvent::to, RequestEvent::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("register", "zhujian", Status.REGISTERED, null),
                        org.assertj.core.groups.Tuple.tuple("extend", "reviewer", Status.EXTENDED, "需调取档案"));
    }
}

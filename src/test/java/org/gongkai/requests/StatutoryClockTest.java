package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.RequestFixture.*;

import java.time.LocalDate;
import java.util.Set;
import org.gongkai.requests.CaseParts.ConsultationKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The reply clock of art. 31 and 33: receipt by channel, 20 working days, pauses, extension, missing years. */
class StatutoryClockTest {

    private final ExplicitCalendar calendar = ExplicitCalendar.chinese2023to2025();

    @Nested
    class DueDate {
        @Test
        void isTheTwentiethWorkingDayAfterReceiptAcrossNationalDayAndMakeUpSaturday() {
            // Given an application handed in on the Friday before National Day 2024
            DisclosureRequest r = receivedOn("2024-09-27", calendar);
            // Then the 29 Sep and 12 Oct make-up days count and 1–7 Oct do not
            assertThat(r.status()).isEqualTo(Status.REGISTERED);
            assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2024-10-30"));
        }

        @Test
        void crossesTheSpringFestival() {
            assertThat(receivedOn("2025-01-20", calendar).dueDate()).isEqualTo(LocalDate.parse("2025-02-21"));
        }

        @Test
        void crossesTheNewYear() {
            assertThat(receivedOn("2023-12-29", calendar).dueDate()).isEqualTo(LocalDate.parse("2024-01-29"));
        }
    }

    @Nested
    class Receipt {
        @Test
        void anOnlineApplicationHasNoReceiptDateUntilAHandlerConfirmsIt() {
            // Given an online submission
            DisclosureRequest r = DisclosureRequest.submit(
                    intake(Channel.ONLINE),
                    Act.applicant(java.time.Clock.fixed(
                            java.time.Instant.parse("2024-09-20T02:00:00Z"), java.time.ZoneId.of("Asia/Shanghai"))),
                    calendar);
            assertThat(r.status()).isEqualTo(Status.AWAITING_CONFIRMATION);
            assertThat(r.state().receiptDate()).isNull();
            assertThat(r.dueDate()).isNull();
            // When a handler confirms it a week later
            r.confirm(handlerOn("2024-09-27"), calendar);
            // Then the confirmation date is the receipt date
            assertThat(r.state().receiptDate()).isEqualTo(LocalDate.parse("2024-09-27"));
            assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2024-10-30"));
        }

        @Test
        void registeredMailCountsFromTheDaySignedFor() {
            DisclosureRequest r =
                    DisclosureRequest.submit(intake(Channel.REGISTERED_MAIL), handlerOn("2025-01-20"), calendar);
            assertThat(r.state().receiptDate()).isEqualTo(LocalDate.parse("2025-01-20"));
            assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2025-02-21"));
        }
    }

    @Nested
    class Pauses {
        @Test
        void aConsultationMovesTheDueDateByTheWorkingDaysItTook() {
            // Given a case received 2024-09-27 (due 2024-10-30); the make-up Saturday 12 Oct counts
            DisclosureRequest r = receivedOn("2024-09-27", calendar);
            // When a third party is consulted from 8 Oct to 15 Oct (9, 10, 11, Sat 12 make-up, 14, 15: 6 days)
            r.startConsultation(handlerOn("2024-10-08"), ConsultationKind.THIRD_PARTY, "某公司", calendar);
            assertThat(r.status()).isEqualTo(Status.CONSULTATION);
            assertThat(r.state().consultation().deadline()).isEqualTo(LocalDate.parse("2024-10-28"));
            r.endConsultation(handlerOn("2024-10-15"), calendar);
            // Then the due date moves by 6 working days
            assertThat(r.status()).isEqualTo(Status.REGISTERED);
            assertThat(r.state().clock().pausedDays()).isEqualTo(6);
            assertThat(r.dueDate()).isEqualTo(calendar.plusWorkingDays(LocalDate.parse("2024-10-30"), 6));
            assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2024-11-07"));
        }

        @Test
        void anExtensionOfTwentyDaysGivesTheFortiethWorkingDay() {
            DisclosureRequest r = receivedOn("2024-09-27", calendar);
            r.extend(act(REVIEWER, "2024-10-28", "需调取多个部门档案"), 20, calendar);
            assertThat(r.status()).isEqualTo(Status.EXTENDED);
            assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2024-11-27"));
            assertThat(r.state().extension().approvedBy()).isEqualTo("reviewer");
        }
    }

    @Nested
    class MissingYear {
        @Test
        void aDueDateInAYearWithoutCalendarIsProvisionalAndNamesTheYear() {
            // Given a calendar that knows 2025 but not 2026
            ExplicitCalendar only2025 = new ExplicitCalendar(Set.of(2025), Set.of(), Set.of());
            // When an application arrives in mid-December 2025
            DisclosureRequest r = receivedOn("2025-12-15", only2025);
            // Then the due date is provisional: 12 working days in December, then 2026 on the statutory holidays
            // (1 January off) and weekends: 2, 5-9, 12, 13 January
            assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2026-01-13"));
            assertThat(r.state().clock().provisional()).isTrue();
            assertThat(r.certainDueDate()).isNull();
            assertThat(r.state().clock().missingYear()).isEqualTo(2026);
            // And once the 2026 calendar is there, the due date appears
            ExplicitCalendar with2026 = new ExplicitCalendar(
                    Set.of(2025, 2026),
                    ExplicitCalendar.dates("2026-01-01", "2026-01-02"),
                    ExplicitCalendar.dates("2026-01-04"));
            assertThat(r.recomputeDueDate(with2026)).isTrue();
            assertThat(r.state().clock().missingYear()).isNull();
            assertThat(r.dueDate()).isEqualTo(LocalDate.parse("2026-01-13"));
            assertThat(r.certainDueDate()).isEqualTo(LocalDate.parse("2026-01-13"));
        }

        /** Only 2025 loaded; the 2026 notice, once loaded, takes 1 and 2 January off with no make-up day. */
        private final ExplicitCalendar only2025 = new ExplicitCalendar(Set.of(2025), Set.of(), Set.of());

        private final ExplicitCalendar with2026 =
                new ExplicitCalendar(Set.of(2025, 2026), ExplicitCalendar.dates("2026-01-01", "2026-01-02"), Set.of());

        @Test
        void aCorrectionPeriodReachingAYearWithoutCalendarIsProvisionalNotRefused() {
            // Given an application of Monday 15 December 2025 and no 2026 calendar
            DisclosureRequest r = receivedOn("2025-12-15", only2025);
            // When the handler asks for a correction within 15 working days the same day
            r.requestCorrection(act(HANDLER, "2025-12-15", "请写明小区名称"), 15, only2025);
            // Then 12 working days in December, then 2 (1 January off on the statutory holidays), 5 and 6 January
            assertThat(r.state().correction().deadline()).isEqualTo(LocalDate.parse("2026-01-06"));
            assertThat(r.state().correction().missingYear()).isEqualTo(2026);
            assertThat(r.stepDeadlineMissingYear()).isEqualTo(2026);
            // And with the 2026 notice, 2 January is off too: the deadline moves a day and is certain
            assertThat(r.recomputeDeadlines(with2026)).isTrue();
            assertThat(r.state().correction().deadline()).isEqualTo(LocalDate.parse("2026-01-07"));
            assertThat(r.state().correction().provisional()).isFalse();
            assertThat(r.stepDeadlineMissingYear()).isNull();
        }

        @Test
        void consultationAndFeePeriodsReachingAYearWithoutCalendarAreProvisional() {
            DisclosureRequest consulted = receivedOn("2025-12-15", only2025);
            consulted.startConsultation(
                    act(HANDLER, "2025-12-15", null), ConsultationKind.THIRD_PARTY, "某公司", only2025);
            // 15 working days: 12 in December, then 2, 5 and 6 January
            assertThat(consulted.state().consultation().deadline()).isEqualTo(LocalDate.parse("2026-01-06"));
            assertThat(consulted.state().consultation().missingYear()).isEqualTo(2026);
            DisclosureRequest charged = receivedOn("2025-12-15", only2025);
            charged.noticeFee(
                    act(HANDLER, "2025-12-15", null),
                    CaseParts.FeeBasis.PAGES,
                    300,
                    100,
                    LocalDate.parse("2025-12-17"),
                    only2025);
            // 20 working days after 17 December: 10 in December, then 2, 5-9, 12-15 January
            assertThat(charged.state().fee().deadline()).isEqualTo(LocalDate.parse("2026-01-15"));
            assertThat(charged.state().fee().missingYear()).isEqualTo(2026);
            // A provisional period never closes a case: it waits until the notice makes it certain
            assertThat(charged.closeIfExpired(act(HANDLER, "2026-01-16", null))).isFalse();
            assertThat(charged.recomputeDeadlines(with2026)).isTrue();
            assertThat(charged.state().fee().deadline()).isEqualTo(LocalDate.parse("2026-01-16"));
            assertThat(charged.state().fee().provisional()).isFalse();
            assertThat(consulted.recomputeDeadlines(with2026)).isTrue();
            assertThat(consulted.state().consultation().deadline()).isEqualTo(LocalDate.parse("2026-01-07"));
        }

        @Test
        void aPauseCrossingIntoAYearWithoutCalendarIsCountedProvisionallyAndCountedAgainLater() {
            // Given a consultation from 15 December 2025 that ends on Friday 9 January 2026, no 2026 calendar
            DisclosureRequest r = receivedOn("2025-12-15", only2025);
            r.startConsultation(act(HANDLER, "2025-12-15", null), ConsultationKind.THIRD_PARTY, "某公司", only2025);
            r.endConsultation(act(HANDLER, "2026-01-09", null), only2025);
            // Then the pause counts 12 December days and 2, 5-9 January: 18, provisionally, never refused
            ReplyClock c = r.state().clock();
            assertThat(c.pausedDays()).isEqualTo(18);
            assertThat(c.provisionalPauses()).hasSize(1);
            assertThat(c.provisional()).isTrue();
            assertThat(r.dueDate())
                    .isEqualTo(only2025.reckonWorkingDays(LocalDate.parse("2025-12-15"), 38)
                            .date());
            // And with the 2026 notice (2 January off) the pause is 17 days and the due date certain
            assertThat(r.recomputeDeadlines(with2026)).isTrue();
            c = r.state().clock();
            assertThat(c.pausedDays()).isEqualTo(17);
            assertThat(c.provisionalPauses()).isEmpty();
            assertThat(r.certainDueDate()).isEqualTo(with2026.plusWorkingDays(LocalDate.parse("2025-12-15"), 37));
        }
    }
}

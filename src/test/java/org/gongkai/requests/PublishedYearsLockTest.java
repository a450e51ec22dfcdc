package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.CaseFixture.ZHUJIAN;
import static org.gongkai.requests.CaseFixture.ZHUJIAN_UNIT;
import static org.gongkai.requests.CaseFixture.form;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.periods.ReportingPeriodLocks;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Once a unit's annual report for a year is submitted or published, its cases in that year stay as reported. */
class PublishedYearsLockTest {

    private static final LocalDate D2025 = LocalDate.of(2025, 3, 3);
    private static final LocalDate D2026 = LocalDate.of(2026, 3, 2);

    @Nested
    class WhatCounts {

        private final ReportedYears years = new ReportedYears((unit, year) -> year == 2025);

        @Test
        void aChangeThatLeavesTheCountedFieldsAloneIsAllowedInALockedYear() {
            ReportedYears.Counted same = new ReportedYears.Counted(D2025, null, null);
            years.requireOpen(ZHUJIAN_UNIT, same, same);
        }

        @Test
        void aReplyInAnOpenYearToACaseReceivedInALockedYearIsAllowed() {
            // the locked report counted it as carried forward; the reply counts in the next year
            ReportedYears.Counted before = new ReportedYears.Counted(D2025, null, null);
            ReportedYears.Counted after = new ReportedYears.Counted(D2025, D2026, Outcome.GRANTED);
            assertThat(years.isOpen(ZHUJIAN_UNIT, before, after)).isTrue();
        }

        @Test
        void aReplyDatedInALockedYearIsRefusedNamingTheYear() {
            ReportedYears.Counted before = new ReportedYears.Counted(LocalDate.of(2024, 12, 2), null, null);
            ReportedYears.Counted after = new ReportedYears.Counted(LocalDate.of(2024, 12, 2), D2025, Outcome.GRANTED);
            assertThatThrownBy(() -> years.requireOpen(ZHUJIAN_UNIT, before, after))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("2025");
        }

        @Test
        void movingAReceiptDateOutOfALockedYearIsRefused() {
            assertThat(years.isOpen(
                            ZHUJIAN_UNIT,
                            new ReportedYears.Counted(D2025, null, null),
                            new ReportedYears.Counted(D2026, null, null)))
                    .isFalse();
        }

        @Test
        void aCaseEntirelyInOpenYearsIsAllowed() {
            assertThat(years.isOpen(
                            ZHUJIAN_UNIT,
                            ReportedYears.Counted.NONE,
                            new ReportedYears.Counted(D2026, D2026, Outcome.GRANTED)))
                    .isTrue();
        }
    }

    @Nested
    @GongkaiTest
    class WithTheDemoCountysPublishedReports {

        @Autowired
        ReportingPeriodLocks locks;

        @Autowired
        RequestIntake intake;

        @Test
        void registeringAnApplicationBackDatedIntoAPublishedYearIsRefusedOnTheReceiptDate() {
            // Given the demo county's 2025 reports are published, so 2025 is locked for the housing bureau
            assertThat(locks.isLocked(ZHUJIAN_UNIT, 2025)).isTrue();
            // When a handler registers a letter received in 2025 (as seen from early 2026)
            assertThatThrownBy(() -> intake.register(
                            ZHUJIAN, form(ZHUJIAN_UNIT, "in_person"), LocalDate.of(2025, 12, 30), List.of()))
                    // Then the receipt date is refused, naming the locked year
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields())
                                    .anySatisfy(f -> assertThat(f.field()).isEqualTo("receiptDate")));
        }
    }
}

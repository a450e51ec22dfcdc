package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deadline that needs a year whose notice is not loaded is flagged, never guessed from weekends. */
class MissingCalendarYearTest {

    private static final NoticeCalendar BUNDLED = new NoticeCalendar(BundledNotices.load());

    @Test
    void givenTheBundledYears_thenExactly2019To2026AreLoaded() {
        assertThat(BUNDLED.notices().keySet()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(BUNDLED.isLoaded(2027))
                .as("holiday-cn's 2027 file is empty: no notice yet")
                .isFalse();
    }

    @Test
    void givenADeadlineReachingAnUnloadedYear_whenCounting_thenTheYearIsNamed() {
        assertThatThrownBy(() -> BUNDLED.plusWorkingDays(LocalDate.parse("2026-12-10"), 20))
                .isInstanceOfSatisfying(
                        MissingCalendarYearException.class,
                        e -> assertThat(e.year()).isEqualTo(2027));
        assertThatThrownBy(() -> BUNDLED.isWorkingDay(LocalDate.parse("2027-03-01")))
                .isInstanceOfSatisfying(
                        MissingCalendarYearException.class,
                        e -> assertThat(e.year()).isEqualTo(2027));
        assertThatThrownBy(() -> BUNDLED.plusWorkingDays(LocalDate.parse("2018-06-01"), 1))
                .isInstanceOfSatisfying(
                        MissingCalendarYearException.class,
                        e -> assertThat(e.year()).isEqualTo(2018));
    }

    @Test
    void givenTheLastDaysOfALoadedYear_whenTheNextYearsNoticeIsMissing_thenTheirOwnYearsNoticeDecides() {
        // a deadline that stays inside 2026 is computed from the 2026 notice; reaching 2027 is flagged
        assertThat(BUNDLED.isWorkingDay(LocalDate.parse("2026-12-28"))).isTrue();
        assertThat(BUNDLED.plusWorkingDays(LocalDate.parse("2026-12-01"), 20)).isEqualTo("2026-12-29");
        assertThatThrownBy(() -> BUNDLED.plusWorkingDays(LocalDate.parse("2026-12-21"), 9))
                .isInstanceOfSatisfying(
                        MissingCalendarYearException.class,
                        e -> assertThat(e.year()).isEqualTo(2027));
    }

    @Test
    void givenTheNextYearsNoticeMovesALateDecemberDay_whenItIsLoaded_thenItsEntryOverrides() {
        List<HolidayNotice> notices = new ArrayList<>(BundledNotices.load());
        notices.add(new HolidayNotice(
                2027,
                "test",
                List.of(),
                List.of(
                        new CalendarDay(LocalDate.parse("2026-12-31"), true, "元旦"),
                        new CalendarDay(LocalDate.parse("2027-01-01"), true, "元旦"))));
        NoticeCalendar calendar = new NoticeCalendar(notices);
        assertThat(BUNDLED.isWorkingDay(LocalDate.parse("2026-12-31"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-31"))).isFalse();
    }

    @Test
    void givenTheMissingYearIsLoadedLater_whenCountingAgain_thenTheDeadlineIsComputed() {
        List<HolidayNotice> notices = new ArrayList<>(BundledNotices.load());
        notices.add(new HolidayNotice(
                2027, "test", List.of(), List.of(new CalendarDay(LocalDate.parse("2027-01-01"), true, "元旦"))));
        NoticeCalendar calendar = new NoticeCalendar(notices);
        // 2026-12-10 (Thu) + 20: Dec 11,14..18,21..25,28..31 = 15, Jan 1 off, Jan 4..8 = 20
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-12-10"), 20)).isEqualTo("2027-01-08");
    }
}

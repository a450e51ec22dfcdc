package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holidays are off even on weekdays; make-up days are worked even on weekends; other weekends are off. */
class HolidaysAndMakeUpDaysTest {

    private static final NoticeCalendar CALENDAR = new NoticeCalendar(BundledNotices.load());

    @Test
    void givenTheNationalDayHoliday_whenAskingAboutAWeekdayInIt_thenItIsOff() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-10-01")))
                .as("Tuesday, National Day")
                .isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-10-07")))
                .as("Monday in the holiday")
                .isFalse();
    }

    @Test
    void givenAMakeUpSaturday_whenAskingAboutIt_thenItIsAWorkingDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-10-12")))
                .as("Saturday 调休")
                .isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-02-04")))
                .as("Sunday 调休")
                .isTrue();
        assertThat(CALENDAR.noticeDay(LocalDate.parse("2024-10-12"))).hasValueSatisfying(d -> {
            assertThat(d.makeUpWorkingDay()).isTrue();
            assertThat(d.name()).isEqualTo("国庆节");
        });
    }

    @Test
    void givenAnOrdinaryWeekend_whenAskingAboutIt_thenItIsOffAndAnOrdinaryWeekdayIsWorked() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-11-16"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-11-17"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-11-18"))).isTrue();
        assertThat(CALENDAR.noticeDay(LocalDate.parse("2024-11-18"))).isEmpty();
    }

    @Test
    void givenAMakeUpSaturdayInsideThePeriod_whenCounting_thenItCountsAsAWorkingDay() {
        // Fri 2024-10-11, Sat 2024-10-12 is worked (调休): the first working day after Friday is that Saturday
        assertThat(CALENDAR.plusWorkingDays(LocalDate.parse("2024-10-11"), 1)).isEqualTo("2024-10-12");
        // an ordinary Friday: the next working day is Monday
        assertThat(CALENDAR.plusWorkingDays(LocalDate.parse("2024-11-15"), 1)).isEqualTo("2024-11-18");
    }

    @Test
    void givenZeroDays_whenCounting_thenTheDateItselfComesBack() {
        assertThat(CALENDAR.plusWorkingDays(LocalDate.parse("2024-10-01"), 0)).isEqualTo("2024-10-01");
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.parse("2024-10-01"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenTheExtendedSpringFestivalOf2020_whenAskingAboutIt_thenTheSecondNoticeApplies() {
        // the 2020 notice was amended (COVID-19): 2020-01-31 and 2020-02-01 became holidays
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2020-01-31"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2020-02-03"))).isTrue();
    }

    @Test
    void givenADecemberDayInTheNextYearsNotice_whenBothYearsAreLoaded_thenTheNextYearsNoticeDecides() {
        // the 2019 notice makes Saturday 2018-12-29 a working day and Monday 2018-12-31 a holiday
        HolidayNotice y2018 = new HolidayNotice(
                2018, "test", List.of(), List.of(new CalendarDay(LocalDate.parse("2018-10-01"), true, "国庆节")));
        List<HolidayNotice> notices = new java.util.ArrayList<>(BundledNotices.load());
        notices.add(y2018);
        NoticeCalendar calendar = new NoticeCalendar(notices);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2018-12-29"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2018-12-31"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2018-12-28"))).isTrue();
    }
}

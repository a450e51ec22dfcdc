package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTest {

    @Test
    void everyStatutoryHolidayComputedIsAnOffDayOfTheSameFestivalInEveryRealNotice() {
        // Given the State Council's notices 2019-2026, which arrange the statutory days (and add bridge days)
        List<HolidayNotice> notices = BundledNotices.load();
        assertThat(notices).hasSizeGreaterThanOrEqualTo(8);
        for (HolidayNotice notice : notices) {
            // When the statutory holidays of that year are computed from the law alone
            Map<LocalDate, String> statutory = StatutoryHolidays.of(notice.year());
            // Then each one is an off day in the notice, under the same festival's name
            Map<LocalDate, String> offDays = notice.days().stream()
                    .filter(CalendarDay::offDay)
                    .collect(Collectors.toMap(CalendarDay::date, CalendarDay::name));
            statutory.forEach((date, name) -> assertThat(offDays.get(date))
                    .as("%s %s in the %d notice", date, name, notice.year())
                    .contains(name));
        }
    }

    @Test
    void theLawsDaysOfAYearWithoutANoticeComeFromTheLunarCalendarAndTheSun() {
        // 2027: New Year's Eve 5 February, 春节 6-8 February, 清明 5 April, 端午 9 June, 中秋 15 September
        Map<LocalDate, String> y2027 = StatutoryHolidays.of(2027);
        assertThat(y2027)
                .containsEntry(LocalDate.of(2027, 2, 5), "春节")
                .containsEntry(LocalDate.of(2027, 2, 8), "春节")
                .containsEntry(LocalDate.of(2027, 4, 5), "清明节")
                .containsEntry(LocalDate.of(2027, 5, 2), "劳动节")
                .containsEntry(LocalDate.of(2027, 6, 9), "端午节")
                .containsEntry(LocalDate.of(2027, 9, 15), "中秋节")
                .containsEntry(LocalDate.of(2027, 10, 3), "国庆节")
                .doesNotContainKey(LocalDate.of(2027, 2, 9));
        // 13 days a year since the 2024 revision: 元旦 1, 春节 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3
        assertThat(y2027).hasSize(13);
        // before it, 11 (春节 3, 劳动节 1), unless two festivals fall on one day (中秋 on 1 October 2020)
        assertThat(StatutoryHolidays.of(2019)).hasSize(11);
        assertThat(StatutoryHolidays.of(2020)).hasSize(10).containsKey(LocalDate.of(2020, 10, 1));
    }

    @Test
    void aDateReckonedPastTheLoadedYearsIsProvisionalAndCountsOnlyTheLawsHolidays() {
        // Given the bundled calendar (up to 2026) and a Monday in late December 2026
        NoticeCalendar calendar = new NoticeCalendar(BundledNotices.load());
        LocalDate monday = LocalDate.of(2026, 12, 21);
        // When 20 working days are reckoned: 8 in December, then 2027 with 1 January off
        WorkingCalendar.Reckoning due = calendar.reckonWorkingDays(monday, 20);
        // Then the date is 19 January 2027, provisional for lack of the 2027 notice
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(due.provisional()).isTrue();
        assertThat(due.missingYear()).isEqualTo(2027);
        // And a count inside the loaded years is certain and equals the strict count
        WorkingCalendar.Reckoning inside = calendar.reckonWorkingDays(LocalDate.of(2026, 9, 21), 20);
        assertThat(inside.provisional()).isFalse();
        assertThat(inside.date()).isEqualTo(calendar.plusWorkingDays(LocalDate.of(2026, 9, 21), 20));
        // And the 2027 Spring Festival week is skipped: from 1 February, 20 working days end on 3 March
        assertThat(calendar.reckonWorkingDays(LocalDate.of(2027, 2, 1), 20).date())
                .isEqualTo(LocalDate.of(2027, 3, 3));
    }
}

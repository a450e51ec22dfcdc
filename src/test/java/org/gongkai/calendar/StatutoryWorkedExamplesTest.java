package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of ogi-rules §1 hold on the bundled calendar. */
class StatutoryWorkedExamplesTest {

    private static final NoticeCalendar CALENDAR = new NoticeCalendar(BundledNotices.load());

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2024-09-27, 20, 2024-10-30",
        "2024-09-27, 40, 2024-11-27",
        "2025-01-20, 20, 2025-02-21",
        "2025-01-24, 7, 2025-02-10",
        "2023-12-29, 20, 2024-01-29",
        "2026-09-25, 20, 2026-10-29"
    })
    void givenAReceiptDay_whenCountingWorkingDays_thenTheDueDateIsTheStatutoryOne(
            LocalDate receipt, int n, LocalDate due) {
        assertThat(CALENDAR.plusWorkingDays(receipt, n)).isEqualTo(due);
    }

    @ParameterizedTest(name = "({0}, {2}] holds {1} working days")
    @CsvSource({"2024-09-27, 20, 2024-10-30", "2025-01-20, 20, 2025-02-21", "2023-12-29, 20, 2024-01-29"})
    void givenAReceiptDayAndItsDueDate_whenCountingBetween_thenTheCountIsN(LocalDate from, int n, LocalDate to) {
        assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(n);
        assertThat(CALENDAR.workingDaysBetween(to, from)).isEqualTo(-n);
    }
}

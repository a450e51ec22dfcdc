package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo history was made by the rules: every outcome occurs, dates agree with the calendar, letters exist. */
@GongkaiTest
class RequestsDemoTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void everyOutcomeOfTheTaxonomyOccursInThePastYears() {
        List<String> outcomes = jdbc.sql("select distinct outcome from disclosure_request where outcome is not null "
                        + "and reply_date < date '2026-01-01'")
                .query(String.class)
                .list();
        assertThat(outcomes)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Outcome.values()).map(Outcome::key).toList());
    }

    @Test
    void theDemoHasCasesInTheMainStatesAndCarriesCasesOverTheYearEnd() {
        List<String> statuses = jdbc.sql("select distinct status from disclosure_request")
                .query(String.class)
                .list();
        assertThat(statuses).contains("AWAITING_CONFIRMATION", "REGISTERED", "REPLIED", "CLOSED", "ARCHIVED");
        long carried = jdbc.sql("select count(*) from disclosure_request where extract(year from receipt_date) "
                        + "< extract(year from reply_date)")
                .query(Long.class)
                .single();
        assertThat(carried).isPositive();
    }

    @Test
    void dueDatesAreWhatTheCalendarGivesAndEveryReplyHasItsLetter() {
        // certain due dates are the calendar's count; provisional ones (a year without its notice) its reckoning
        var rows = jdbc.sql("select clock_start, paused_days, extension_days, due_date, calendar_missing_year "
                        + "from disclosure_request where due_date is not null")
                .query()
                .listOfRows();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            LocalDate start = ((java.sql.Date) row.get("clock_start")).toLocalDate();
            int days = 20 + (Integer) row.get("paused_days") + (Integer) row.get("extension_days");
            assertThat(((java.sql.Date) row.get("due_date")).toLocalDate())
                    .isEqualTo(
                            row.get("calendar_missing_year") == null
                                    ? calendar.plusWorkingDays(start, days)
                                    : calendar.reckonWorkingDays(start, days).date());
        });
        long repliedWithoutLetter = jdbc.sql("select count(*) from disclosure_request r where r.outcome is not null "
                        + "and r.outcome not in ('other_no_correction', 'other_unpaid_fee') and not exists "
                        + "(select 1 from request_letter l where l.request_id = r.id)")
                .query(Long.class)
                .single();
        assertThat(repliedWithoutLetter).isZero();
        long duplicateNumbers = jdbc.sql("select count(*) - count(distinct letter_no) from request_letter")
                .query(Long.class)
                .single();
        assertThat(duplicateNumbers).isZero();
    }
}

package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The time-limit rule type on the real 2025 calendar (the week of 9 June has five working days; 31 May – 2 June is
 * the Dragon Boat holiday): more than N working days, more than N days, and due within N working days.
 */
@GongkaiTest
class WorkingDaysRuleTest {

    static final LocalDate MONDAY = LocalDate.of(2025, 6, 9);

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    List<SelfInspectionRule> rules;

    @Test
    void moreThanNWorkingDaysCountsWorkingDaysOnlyAndGivesTheCount() {
        // written Friday 30 May; the 20th working day after it (the holiday skipped) is Monday 30 June
        LocalDate written = LocalDate.of(2025, 5, 30);
        assertThat(found(WorkingDaysRule.Measure.OLDER_THAN_WORKING_DAYS, 20, written, LocalDate.of(2025, 6, 28)))
                .isEmpty();
        assertThat(found(WorkingDaysRule.Measure.OLDER_THAN_WORKING_DAYS, 20, written, LocalDate.of(2025, 6, 30)))
                .isEmpty();
        assertThat(found(WorkingDaysRule.Measure.OLDER_THAN_WORKING_DAYS, 20, written, LocalDate.of(2025, 7, 1)))
                .singleElement()
                .satisfies(d -> assertThat(d.args()).containsExactly(21));
    }

    @Test
    void moreThanNDaysCountsCalendarDays() {
        LocalDate due = LocalDate.of(2025, 6, 13);
        assertThat(found(WorkingDaysRule.Measure.OLDER_THAN_DAYS, 0, due, due)).isEmpty();
        assertThat(found(WorkingDaysRule.Measure.OLDER_THAN_DAYS, 0, due, due.plusDays(1)))
                .singleElement()
                .satisfies(d -> assertThat(d.args()).containsExactly(1));
    }

    @Test
    void dueWithinNWorkingDaysFromTodayNotBefore() {
        assertThat(found(WorkingDaysRule.Measure.DUE_WITHIN_WORKING_DAYS, 3, MONDAY, MONDAY))
                .hasSize(1);
        assertThat(found(WorkingDaysRule.Measure.DUE_WITHIN_WORKING_DAYS, 3, MONDAY, MONDAY.plusDays(3)))
                .hasSize(1);
        assertThat(found(WorkingDaysRule.Measure.DUE_WITHIN_WORKING_DAYS, 3, MONDAY, MONDAY.plusDays(4)))
                .isEmpty();
        assertThat(found(WorkingDaysRule.Measure.DUE_WITHIN_WORKING_DAYS, 3, MONDAY, MONDAY.minusDays(1)))
                .isEmpty();
        // from Thursday 29 May, three working days are Friday 30 May, Tuesday 3 and Wednesday 4 June
        LocalDate thursday = LocalDate.of(2025, 5, 29);
        assertThat(found(WorkingDaysRule.Measure.DUE_WITHIN_WORKING_DAYS, 3, thursday, LocalDate.of(2025, 6, 4)))
                .hasSize(1);
        assertThat(found(WorkingDaysRule.Measure.DUE_WITHIN_WORKING_DAYS, 3, thursday, LocalDate.of(2025, 6, 5)))
                .isEmpty();
    }

    @Test
    void theFourTimeLimitRulesAreOfThisType() {
        assertThat(rules.stream().filter(r -> r instanceof WorkingDaysRule).map(SelfInspectionRule::code))
                .containsExactlyInAnyOrder(
                        "late-publication", "application-unconfirmed", "application-overdue", "application-due-soon");
    }

    private List<SelfInspectionRule.Detection> found(
            WorkingDaysRule.Measure measure, int limit, LocalDate from, LocalDate to) {
        WorkingDaysRule rule = new WorkingDaysRule(
                "test",
                Severity.LOW,
                limit,
                measure,
                (scope, n) ->
                        List.of(new WorkingDaysRule.Dated("u", "s", "/console/x", from, to, days -> List.of(days))),
                calendar);
        return rule.inspect(new SelfInspectionRule.Scope(Set.of("u"), MONDAY));
    }
}

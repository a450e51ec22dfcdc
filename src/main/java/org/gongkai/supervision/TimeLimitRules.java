package org.gongkai.supervision;

import java.util.List;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.catalog.CatalogInspection;
import org.gongkai.requests.RequestInspection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The time-limit rules of the self-inspection, each a {@link WorkingDaysRule} over one port question. */
@Configuration
class TimeLimitRules {

    /** Proactive items published more than 20 working days after they were formed or changed (条例 art. 26). */
    @Bean
    WorkingDaysRule latePublicationRule(CatalogInspection catalog, WorkingCalendar calendar) {
        return new WorkingDaysRule(
                "late-publication",
                Severity.MEDIUM,
                20,
                WorkingDaysRule.Measure.OLDER_THAN_WORKING_DAYS,
                // items published at least limit + 1 calendar days late: a superset the calendar refines
                (scope, limit) -> catalog.publishedAfter(scope.units(), limit + 1).stream()
                        .map(i -> new WorkingDaysRule.Dated(
                                i.unitCode(),
                                "item:" + i.id(),
                                Evidence.item(i.id()),
                                i.writtenOn(),
                                i.publishedOn(),
                                days -> List.of(
                                        i.title(),
                                        i.writtenOn().toString(),
                                        i.publishedOn().toString(),
                                        days)))
                        .toList(),
                calendar);
    }

    /**
     * Applications awaiting confirmation (登记) for more than two working days: the clock of 条例 art. 31 starts on
     * receipt, so an application left unconfirmed hides a running deadline.
     */
    @Bean
    WorkingDaysRule unconfirmedApplicationRule(RequestInspection requests, WorkingCalendar calendar) {
        return new WorkingDaysRule(
                "application-unconfirmed",
                Severity.MEDIUM,
                2,
                WorkingDaysRule.Measure.OLDER_THAN_WORKING_DAYS,
                (scope, limit) ->
                        requests
                                .awaitingConfirmationSince(
                                        scope.units(), scope.today().minusDays(limit + 1))
                                .stream()
                                .map(c -> new WorkingDaysRule.Dated(
                                        c.unitCode(),
                                        "request:" + c.id(),
                                        Evidence.request(c.id()),
                                        c.submittedOn(),
                                        scope.today(),
                                        days -> List.of(
                                                c.trackingCode(),
                                                c.submittedOn().toString(),
                                                days)))
                                .toList(),
                calendar);
    }

    /** Applications whose reply is overdue (条例 art. 33: 20 working days, extended by at most 20). */
    @Bean
    WorkingDaysRule applicationOverdueRule(RequestInspection requests, WorkingCalendar calendar) {
        return new WorkingDaysRule(
                "application-overdue",
                Severity.HIGH,
                0,
                WorkingDaysRule.Measure.OLDER_THAN_DAYS,
                (scope, limit) -> due(requests, scope, scope.today().minusDays(limit + 1)),
                calendar);
    }

    /** Applications falling due within three working days (条例 art. 33), a warning before they are overdue. */
    @Bean
    WorkingDaysRule applicationDueSoonRule(RequestInspection requests, WorkingCalendar calendar) {
        return new WorkingDaysRule(
                "application-due-soon",
                Severity.LOW,
                3,
                WorkingDaysRule.Measure.DUE_WITHIN_WORKING_DAYS,
                // N working days never span more than 2N + 14 calendar days (the longest holiday is 8 days)
                (scope, limit) -> due(requests, scope, scope.today().plusDays(2L * limit + 14)).stream()
                        .map(d -> new WorkingDaysRule.Dated(
                                d.unitCode(), d.subject(), d.evidence(), d.to(), d.from(), d.args()))
                        .toList(),
                calendar);
    }

    /** Running cases due by a day, dated from their due date to today. */
    private static List<WorkingDaysRule.Dated> due(
            RequestInspection requests, SelfInspectionRule.Scope scope, java.time.LocalDate by) {
        return requests.runningDueBy(scope.units(), by).stream()
                .map(c -> new WorkingDaysRule.Dated(
                        c.unitCode(),
                        "request:" + c.id(),
                        Evidence.request(c.id()),
                        c.dueDate(),
                        scope.today(),
                        days -> List.of(c.trackingCode(), c.dueDate().toString())))
                .toList();
    }
}

package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.requests.RequestInspection;
import org.springframework.stereotype.Component;

/** Applications falling due within three working days (条例 art. 33), a warning before they are overdue. */
@Component
class ApplicationDueSoonRule implements SelfInspectionRule {

    static final int WITHIN = 3;
    private final RequestInspection requests;
    private final WorkingCalendar calendar;

    ApplicationDueSoonRule(RequestInspection requests, WorkingCalendar calendar) {
        this.requests = requests;
        this.calendar = calendar;
    }

    @Override
    public String code() {
        return "application-due-soon";
    }

    @Override
    public Severity severity() {
        return Severity.LOW;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        LocalDate by;
        try {
            by = calendar.plusWorkingDays(scope.today(), WITHIN);
        } catch (MissingCalendarYearException e) {
            by = scope.today().plusDays(WITHIN);
        }
        return requests.runningDueBy(scope.units(), by).stream()
                .filter(c -> !c.dueDate().isBefore(scope.today()))
                .map(c -> Detection.of(
                        c.unitCode(),
                        "request:" + c.id(),
                        Evidence.request(c.id()),
                        c.trackingCode(),
                        c.dueDate().toString()))
                .toList();
    }
}

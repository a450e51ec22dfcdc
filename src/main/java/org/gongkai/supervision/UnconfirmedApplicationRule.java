package org.gongkai.supervision;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.requests.RequestInspection;
import org.springframework.stereotype.Component;

/**
 * Applications awaiting confirmation (登记) for more than two working days: the clock of 条例 art. 31 starts on
 * receipt, so an application left unconfirmed hides a running deadline.
 */
@Component
class UnconfirmedApplicationRule implements SelfInspectionRule {

    static final int LIMIT = 2;
    private final RequestInspection requests;
    private final WorkingCalendar calendar;

    UnconfirmedApplicationRule(RequestInspection requests, WorkingCalendar calendar) {
        this.requests = requests;
        this.calendar = calendar;
    }

    @Override
    public String code() {
        return "application-unconfirmed";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        List<Detection> out = new ArrayList<>();
        for (RequestInspection.CaseRef c :
                requests.awaitingConfirmationSince(scope.units(), scope.today().minusDays(LIMIT + 1))) {
            try {
                int days = calendar.workingDaysBetween(c.submittedOn(), scope.today());
                if (days > LIMIT) {
                    out.add(Detection.of(
                            c.unitCode(),
                            "request:" + c.id(),
                            Evidence.request(c.id()),
                            c.trackingCode(),
                            c.submittedOn().toString(),
                            days));
                }
            } catch (MissingCalendarYearException e) {
                // judged once the year's calendar is loaded
            }
        }
        return out;
    }
}

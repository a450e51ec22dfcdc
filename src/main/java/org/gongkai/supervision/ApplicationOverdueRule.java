package org.gongkai.supervision;

import java.util.List;
import org.gongkai.requests.RequestInspection;
import org.springframework.stereotype.Component;

/** Applications whose reply is overdue (条例 art. 33: 20 working days, extended by at most 20). */
@Component
class ApplicationOverdueRule implements SelfInspectionRule {

    private final RequestInspection requests;

    ApplicationOverdueRule(RequestInspection requests) {
        this.requests = requests;
    }

    @Override
    public String code() {
        return "application-overdue";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        return requests.runningDueBy(scope.units(), scope.today().minusDays(1)).stream()
                .map(c -> Detection.of(
                        c.unitCode(),
                        "request:" + c.id(),
                        Evidence.request(c.id()),
                        c.trackingCode(),
                        c.dueDate().toString()))
                .toList();
    }
}

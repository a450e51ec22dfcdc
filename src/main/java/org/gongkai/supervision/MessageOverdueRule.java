package org.gongkai.supervision;

import java.util.List;
import org.gongkai.messages.MessageInspection;
import org.springframework.stereotype.Component;

/** Public messages a unit has not answered by the reply date the government set. */
@Component
class MessageOverdueRule implements SelfInspectionRule {

    private final MessageInspection messages;

    MessageOverdueRule(MessageInspection messages) {
        this.messages = messages;
    }

    @Override
    public String code() {
        return "message-overdue";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        return messages.unansweredPastDue(scope.units(), scope.today()).stream()
                .map(m -> Detection.of(
                        m.unitCode(),
                        "message:" + m.id(),
                        Evidence.message(m.id()),
                        m.trackingCode(),
                        m.dueDate().toString()))
                .toList();
    }
}

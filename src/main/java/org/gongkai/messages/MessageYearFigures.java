package org.gongkai.messages;

import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.gongkai.annualreport.YearFigures;
import org.gongkai.messages.MessageRepository.UnitYear;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 1's message figures of a government's year: received, answered, answered publicly, answered on time
 * (messages not yet routed to a unit count for the government).
 */
@Component
class MessageYearFigures implements YearFigures {

    private final MessageRepository messages;
    private final UnitDirectory units;

    MessageYearFigures(MessageRepository messages, UnitDirectory units) {
        this.messages = messages;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(String governmentCode, int year) {
        Set<String> inside =
                units.subtree(governmentCode).stream().map(Unit::code).collect(Collectors.toSet());
        List<UnitYear> now = of(year, inside);
        List<UnitYear> before = of(year - 1, inside);
        boolean hadBefore = !before.isEmpty();
        return List.of(
                figure("messages.received", now, before, hadBefore, UnitYear::received),
                figure("messages.answered", now, before, hadBefore, UnitYear::answered),
                figure("messages.answered-publicly", now, before, hadBefore, UnitYear::answeredPublicly),
                figure("messages.on-time", now, before, hadBefore, UnitYear::onTime));
    }

    private List<UnitYear> of(int year, Set<String> inside) {
        return messages.counts(year).stream()
                .filter(u -> u.unitCode() == null || inside.contains(u.unitCode()))
                .toList();
    }

    private static Figure figure(
            String key, List<UnitYear> now, List<UnitYear> before, boolean hadBefore, ToLongFunction<UnitYear> f) {
        return new Figure(
                "messages",
                key,
                now.stream().mapToLong(f).sum(),
                hadBefore ? before.stream().mapToLong(f).sum() : null);
    }
}

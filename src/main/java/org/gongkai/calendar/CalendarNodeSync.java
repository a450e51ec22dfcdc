package org.gongkai.calendar;

import org.gongkai.platform.nodes.NodeSignals;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every node's calendar current: a notice imported in the console of one node is stored in the database and
 * signalled (channel {@value #CHANNEL}); the other nodes re-read their sources, as they do when signals may have
 * been missed. The dates reckoned on the calendar are recomputed once, by the importing node
 * ({@link CalendarChanged}).
 */
@Component
class CalendarNodeSync {

    static final String CHANNEL = "calendar";
    private final NodeSignals signals;

    CalendarNodeSync(NodeSignals signals, CalendarService calendar) {
        this.signals = signals;
        signals.listen(CHANNEL, year -> calendar.reload(), since -> calendar.reload());
    }

    @EventListener
    void on(CalendarChanged changed) {
        signals.send(CHANNEL, Integer.toString(changed.year()));
    }
}

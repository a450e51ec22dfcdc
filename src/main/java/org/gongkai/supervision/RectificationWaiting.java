package org.gongkai.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.WaitingWork;
import org.springframework.stereotype.Component;

/** Rectification tasks past their deadline: on the unit's console home, and per unit on the office's. */
@Component
class RectificationWaiting implements WaitingWork {

    private final Rectification rectification;

    RectificationWaiting(Rectification rectification) {
        this.rectification = rectification;
    }

    @Override
    public List<Waiting> waiting(StaffMember viewer, Set<String> units) {
        List<Waiting> out = new ArrayList<>();
        rectification.overdue(units).forEach((unit, n) -> out.add(new Waiting("rectification-overdue", unit, n)));
        return out;
    }
}

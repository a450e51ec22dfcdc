package org.gongkai.supervision;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.catalog.CatalogInspection;
import org.springframework.stereotype.Component;

/**
 * Proactive items published more than 20 working days after they were formed or changed (条例 art. 26). The
 * catalogue returns items published at least 21 calendar days late (a superset), the calendar decides.
 */
@Component
class LatePublicationRule implements SelfInspectionRule {

    static final int LIMIT = 20;
    private final CatalogInspection catalog;
    private final WorkingCalendar calendar;

    LatePublicationRule(CatalogInspection catalog, WorkingCalendar calendar) {
        this.catalog = catalog;
        this.calendar = calendar;
    }

    @Override
    public String code() {
        return "late-publication";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        List<Detection> out = new ArrayList<>();
        for (CatalogInspection.ItemRef i : catalog.publishedAfter(scope.units(), LIMIT + 1)) {
            try {
                int days = calendar.workingDaysBetween(i.writtenOn(), i.publishedOn());
                if (days > LIMIT) {
                    out.add(Detection.of(
                            i.unitCode(),
                            "item:" + i.id(),
                            Evidence.item(i.id()),
                            i.title(),
                            i.writtenOn().toString(),
                            i.publishedOn().toString(),
                            days));
                }
            } catch (MissingCalendarYearException e) {
                // a year without its holiday notice is never guessed: the item is judged once it is loaded
            }
        }
        return out;
    }
}

package org.gongkai.requests;

import org.gongkai.calendar.CalendarChanged;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Due dates reckoned past the loaded calendar (provisional) are computed again as soon as a year's notice is
 * loaded, and every night: the cases whose date moved are stored and the recomputation recorded.
 */
@Component
public class ProvisionalDueDates {

    private final RequestRepository requests;
    private final RequestWorkflow workflow;
    private final WorkingCalendar calendar;
    private final AuditLog audit;

    ProvisionalDueDates(
            RequestRepository requests, RequestWorkflow workflow, WorkingCalendar calendar, AuditLog audit) {
        this.requests = requests;
        this.workflow = workflow;
        this.calendar = calendar;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void onCalendarChanged(CalendarChanged changed) {
        int n = recompute();
        audit.record(AuditEvent.by(ExpiryJob.SYSTEM, "requests.due-dates.recompute")
                .on("calendar_year", String.valueOf(changed.year()))
                .detail("changed=" + n));
    }

    /** Recomputes every provisional due date; returns how many changed. */
    @Transactional
    public int recompute() {
        int changed = 0;
        for (long id : requests.missingCalendar()) {
            DisclosureRequest r = requests.findForUpdate(id).orElseThrow();
            if (r.recomputeDueDate(calendar)) {
                workflow.store(r);
                changed++;
            }
        }
        return changed;
    }
}

package org.gongkai.requests;

import org.gongkai.calendar.CalendarChanged;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Due dates and step deadlines (correction, consultation, fee payment, paused days) reckoned past the loaded
 * calendar (provisional) are computed again as soon as a year's notice is loaded or a calendar is edited, and every
 * night: the cases whose dates moved are stored, each with its new dates in the audit log, and the recomputation
 * recorded.
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

    /** Recomputes every provisional due date and step deadline; returns how many cases changed. */
    @Transactional
    public int recompute() {
        int changed = 0;
        for (long id : requests.missingCalendar()) {
            DisclosureRequest r = requests.findForUpdate(id).orElseThrow();
            if (r.recomputeDeadlines(calendar)) {
                workflow.store(r);
                audit.record(AuditEvent.by(ExpiryJob.SYSTEM, "requests.deadlines.recompute")
                        .on("disclosure_request", String.valueOf(id))
                        .inUnit(r.intake().unitCode())
                        .detail(deadlines(r.state())));
                changed++;
            }
        }
        return changed;
    }

    /** The case's dates after the recomputation, each marked when still provisional. */
    private static String deadlines(DisclosureRequest.State s) {
        StringBuilder b = new StringBuilder();
        if (s.clock() != null) {
            b.append("due=").append(s.clock().dueDate()).append(mark(s.clock().missingYear()));
        }
        if (s.correction() != null) {
            b.append(" correction=")
                    .append(s.correction().deadline())
                    .append(mark(s.correction().missingYear()));
        }
        if (s.consultation() != null) {
            b.append(" consultation=")
                    .append(s.consultation().deadline())
                    .append(mark(s.consultation().missingYear()));
        }
        if (s.fee() != null) {
            b.append(" fee=").append(s.fee().deadline()).append(mark(s.fee().missingYear()));
        }
        return b.toString().strip();
    }

    private static String mark(Integer missingYear) {
        return missingYear == null ? "" : " (provisional " + missingYear + ")";
    }
}

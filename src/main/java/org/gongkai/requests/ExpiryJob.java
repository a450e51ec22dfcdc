package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes cases whose correction period (其他处理 1) or fee payment period (其他处理 2) ran out, and recomputes due
 * dates that were unknown for lack of a calendar year. Runs every night at 00:05 (Beijing time) on one node
 * ({@link ExpirySchedule}) and can be called directly. A closure that would change a published (locked) year is left for
 * the disclosure office to reopen that year.
 */
@Component
public class ExpiryJob {

    static final String SYSTEM = "system";
    private final RequestRepository requests;
    private final RequestWorkflow workflow;
    private final ProvisionalDueDates provisional;
    private final ReportedYears reportedYears;
    private final Clock clock;

    ExpiryJob(
            RequestRepository requests,
            RequestWorkflow workflow,
            ProvisionalDueDates provisional,
            ReportedYears reportedYears,
            Clock clock) {
        this.requests = requests;
        this.workflow = workflow;
        this.provisional = provisional;
        this.reportedYears = reportedYears;
        this.clock = clock;
    }

    /** Every government's cases; returns how many were closed. */
    @Transactional
    public int closeExpired() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int closed = 0;
        for (long id : requests.expiredWaiting(today)) {
            DisclosureRequest r = requests.findForUpdate(id).orElseThrow();
            ReportedYears.Counted before = ReportedYears.Counted.of(r);
            if (r.closeIfExpired(new Act(SYSTEM, null, now, today, null))
                    && reportedYears.isOpen(r.intake().unitCode(), before, ReportedYears.Counted.of(r))) {
                workflow.store(r);
                closed++;
            }
        }
        provisional.recompute();
        return closed;
    }
}

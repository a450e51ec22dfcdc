package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.WaitingWork;
import org.springframework.stereotype.Component;

/** Annual reports returned with comments (for the unit), and submitted ones awaiting a reviewer's approval. */
@Component
class ReportsWaiting implements WaitingWork {

    private final ReportCounts counts;

    ReportsWaiting(ReportCounts counts) {
        this.counts = counts;
    }

    @Override
    public List<Waiting> waiting(StaffMember viewer, Set<String> units) {
        List<Waiting> out = new ArrayList<>();
        counts.byUnit(units, ReportStatus.RETURNED).forEach((u, n) -> out.add(new Waiting("report-returned", u, n)));
        if (viewer.isReviewer()) {
            counts.byUnit(units, ReportStatus.SUBMITTED)
                    .forEach((u, n) -> out.add(new Waiting("report-approval", u, n)));
        }
        return out;
    }
}

package org.gongkai.annualreport;

import java.util.List;
import java.util.Set;
import org.gongkai.org.Unit;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;

/**
 * One unit-year report as staff see it: its sign-off record, the report (frozen once submitted, else computed
 * live), the failed checks, the text of sections 1, 5 and 6 (the platform's draft where staff wrote none yet),
 * the previous year's published report if any, the sign-off steps the viewer may take now and the history.
 */
public record ReportView(
        Unit unit,
        ReportRecord record,
        AnnualReport report,
        List<Finding> findings,
        String overview,
        String problems,
        String otherMatters,
        AnnualReport previous,
        boolean live,
        boolean government,
        Set<SignOffStep> steps,
        List<SignOffEvent> history) {

    public boolean publishable() {
        return findings.isEmpty();
    }

    /** Whether the viewer may edit the texts now (the form is shown). */
    public boolean mayEditTexts() {
        return steps.contains(SignOffStep.SAVE_TEXTS);
    }

    public boolean maySubmit() {
        return steps.contains(SignOffStep.SUBMIT);
    }

    /** The reviewer's decisions the viewer may take now, in workflow order (the decision form's buttons). */
    public List<SignOffStep> decisions() {
        return steps.stream().filter(SignOffStep::isDecision).toList();
    }

    /** The reviewer's comment while the report is returned for changes, else null. */
    public String returnComment() {
        return record.status().returned() ? record.comment() : null;
    }
}

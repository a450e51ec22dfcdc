package org.gongkai.annualreport;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a report's sign-off, each with the states it may be taken from, the state it leads to and who may
 * take it: the report's editors (a handler of the unit, or the disclosure office for a government's report) or
 * the disclosure office's reviewers. {@link ReportSignOff#allowedSteps} is the one place that decides.
 */
public enum SignOffStep {
    SAVE_TEXTS(EnumSet.of(ReportStatus.DRAFT, ReportStatus.RETURNED), null, Taker.EDITOR),
    SUBMIT(EnumSet.of(ReportStatus.DRAFT, ReportStatus.RETURNED), ReportStatus.SUBMITTED, Taker.EDITOR),
    APPROVE(EnumSet.of(ReportStatus.SUBMITTED), ReportStatus.APPROVED, Taker.REVIEWER),
    RETURN(EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED), ReportStatus.RETURNED, Taker.REVIEWER),
    PUBLISH(EnumSet.of(ReportStatus.APPROVED), ReportStatus.PUBLISHED, Taker.REVIEWER),
    REOPEN(EnumSet.of(ReportStatus.PUBLISHED), ReportStatus.DRAFT, Taker.REVIEWER);

    /** Who may take a step. */
    enum Taker {
        EDITOR,
        REVIEWER
    }

    private final Set<ReportStatus> from;
    private final ReportStatus to;
    private final Taker taker;

    SignOffStep(Set<ReportStatus> from, ReportStatus to, Taker taker) {
        this.from = from;
        this.to = to;
        this.taker = taker;
    }

    public boolean allowedFrom(ReportStatus status) {
        return from.contains(status);
    }

    /** The state the step leads to; a step that changes no state (saving the texts) stays where it is. */
    public ReportStatus to(ReportStatus current) {
        return to == null ? current : to;
    }

    Taker taker() {
        return taker;
    }

    /** A reviewer's decision on the report (a button of the decision form), as opposed to the editors' steps. */
    public boolean isDecision() {
        return taker == Taker.REVIEWER;
    }

    /** Bundle key of the step's name. */
    public String messageKey() {
        return "annualreport.step." + name();
    }

    /** The audit log's action for the step. */
    public String auditAction() {
        return "annual-report." + formValue();
    }

    /** The value the console's forms post for the step. */
    public String formValue() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<SignOffStep> ofFormValue(String value) {
        return Arrays.stream(values()).filter(s -> s.formValue().equals(value)).findFirst();
    }
}

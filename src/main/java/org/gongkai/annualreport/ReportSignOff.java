package org.gongkai.annualreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.ProblemException;
import org.gongkai.platform.errors.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The sign-off of one unit-year report as guarded transitions: {@link #submit}, {@link #approve},
 * {@link #returnWithComments}, {@link #publish}, {@link #reopen} (and saving the texts while it is a draft). Each
 * step is allowed only from its states and to its takers ({@link #allowedSteps}), and is recorded with who, when
 * and why. The one who submitted a report does not approve it. A publication after a reopening is a correction:
 * the report keeps its first publication date and the correction is recorded with the reopening's reason.
 */
public final class ReportSignOff {

    private ReportRecord record;
    private final boolean government;
    private final List<SignOffEvent> history;
    private final List<SignOffEvent> newEvents = new ArrayList<>();

    private ReportSignOff(ReportRecord record, boolean government, List<SignOffEvent> history) {
        this.record = record;
        this.government = government;
        this.history = List.copyOf(history);
    }

    /** The sign-off as stored, with its recorded history (oldest first). */
    public static ReportSignOff restore(ReportRecord record, boolean government, List<SignOffEvent> history) {
        return new ReportSignOff(record, government, history);
    }

    /** The steps this staff member may take now; the guards of every step and the console's buttons use it. */
    public Set<SignOffStep> allowedSteps(StaffMember actor) {
        Set<SignOffStep> steps = EnumSet.noneOf(SignOffStep.class);
        for (SignOffStep step : SignOffStep.values()) {
            if (refusal(step, actor).isEmpty()) {
                steps.add(step);
            }
        }
        return steps;
    }

    /**
     * Why this staff member may not take the step now (403 for the wrong person, 409 for the wrong state or the one
     * who submitted approving); the problem names what was refused, so the web edge records it in the audit log.
     */
    public Optional<ProblemException> refusal(SignOffStep step, StaffMember actor) {
        Refusal refused = Refusal.of(
                step.auditAction(),
                AnnualReports.ENTITY,
                AnnualReports.key(record.unitCode(), record.year()),
                record.unitCode());
        if (!mayTake(step.taker(), actor)) {
            return Optional.of(new ForbiddenException(
                    refused, step.isDecision() ? "annualreport.error.reviewer-only" : "error.forbidden"));
        }
        if (!step.allowedFrom(record.status())) {
            return Optional.of(new ConflictException(
                    refused,
                    "annualreport.error.not-allowed-in-state",
                    new DefaultMessageSourceResolvable(step.messageKey()),
                    new DefaultMessageSourceResolvable(record.status().messageKey())));
        }
        if (step == SignOffStep.APPROVE && actor.username().equals(record.submittedBy())) {
            return Optional.of(new ConflictException(refused, "annualreport.error.own-submission"));
        }
        return Optional.empty();
    }

    public void saveTexts(SignOffAct act, String overview, String problems, String otherMatters) {
        require(SignOffStep.SAVE_TEXTS, act);
        record = record.withTexts(clean(overview), clean(problems), clean(otherMatters));
    }

    /** Submits the texts with the figures frozen now ({@code frozenJson}); every text section must be written. */
    public void submit(SignOffAct act, String frozenJson) {
        require(SignOffStep.SUBMIT, act);
        List<FieldProblem> missing = new ArrayList<>();
        if (record.overview() == null) {
            missing.add(new FieldProblem("overview", "annualreport.error.text-missing"));
        }
        if (record.problems() == null) {
            missing.add(new FieldProblem("problems", "annualreport.error.text-missing"));
        }
        if (record.otherMatters() == null) {
            missing.add(new FieldProblem("otherMatters", "annualreport.error.text-missing"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        ReportStatus from = record.status();
        record = record.submitted(frozenJson, act.actor(), act.at());
        recordStep(SignOffStep.SUBMIT, act, from, false);
    }

    public void approve(SignOffAct act) {
        require(SignOffStep.APPROVE, act);
        ReportStatus from = record.status();
        record = record.approved(act.actor(), act.at());
        recordStep(SignOffStep.APPROVE, act, from, false);
    }

    /** Sends the report back to its editors; the comment is the reason and is shown to them. */
    public void returnWithComments(SignOffAct act) {
        require(SignOffStep.RETURN, act);
        if (act.reason() == null) {
            throw InvalidInputException.of("comment", "annualreport.error.comment-missing");
        }
        ReportStatus from = record.status();
        record = record.returned(act.reason());
        recordStep(SignOffStep.RETURN, act, from, false);
    }

    /**
     * Publishes on the act's date. The first publication dates the report; a publication after a reopening is
     * recorded as a correction on that date, with the reopening's reason, and the report keeps its first date.
     *
     * @return the report's publication date
     */
    public LocalDate publish(SignOffAct act) {
        require(SignOffStep.PUBLISH, act);
        Optional<LocalDate> first = firstPublication();
        boolean correction = first.isPresent();
        SignOffAct recorded = correction ? act.because(lastReason(SignOffStep.REOPEN)) : act;
        ReportStatus from = record.status();
        LocalDate published = first.orElse(act.on());
        record = record.published(act.actor(), published);
        recordStep(SignOffStep.PUBLISH, recorded, from, correction);
        return published;
    }

    /** Reopens a published report for correction, with the reason; the published version stays online. */
    public void reopen(SignOffAct act) {
        require(SignOffStep.REOPEN, act);
        if (act.reason() == null) {
            throw InvalidInputException.of("reason", "annualreport.error.reason-missing");
        }
        ReportStatus from = record.status();
        record = record.reopened();
        recordStep(SignOffStep.REOPEN, act, from, false);
    }

    /** The date the report was first published, if it ever was. */
    public Optional<LocalDate> firstPublication() {
        return history().stream()
                .filter(e -> e.step() == SignOffStep.PUBLISH)
                .map(SignOffEvent::onDate)
                .findFirst();
    }

    /** Every recorded step, oldest first, including those not yet stored. */
    public List<SignOffEvent> history() {
        List<SignOffEvent> all = new ArrayList<>(history);
        all.addAll(newEvents);
        return List.copyOf(all);
    }

    /** Steps taken since the sign-off was loaded, not yet stored; emptied. */
    public List<SignOffEvent> drainEvents() {
        List<SignOffEvent> drained = List.copyOf(newEvents);
        newEvents.clear();
        return drained;
    }

    public ReportRecord record() {
        return record;
    }

    public boolean government() {
        return government;
    }

    private void require(SignOffStep step, SignOffAct act) {
        Optional<ProblemException> refused = refusal(step, act.staff());
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    private boolean mayTake(SignOffStep.Taker taker, StaffMember actor) {
        return switch (taker) {
            case EDITOR -> actor.mayChange() && (!government || actor.role() == Role.REVIEWER);
            case REVIEWER -> actor.role() == Role.REVIEWER;
        };
    }

    private String lastReason(SignOffStep step) {
        List<SignOffEvent> all = history();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).step() == step) {
                return all.get(i).reason();
            }
        }
        return null;
    }

    private void recordStep(SignOffStep step, SignOffAct act, ReportStatus from, boolean correction) {
        newEvents.add(new SignOffEvent(
                step, act.actor(), act.at(), act.on(), from, record.status(), act.reason(), correction));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.gongkai.requests;

import static org.gongkai.requests.Status.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.requests.CaseParts.Consultation;
import org.gongkai.requests.CaseParts.ConsultationKind;
import org.gongkai.requests.CaseParts.Correction;
import org.gongkai.requests.CaseParts.Extension;
import org.gongkai.requests.CaseParts.FeeBasis;
import org.gongkai.requests.CaseParts.FeeNotice;
import org.gongkai.requests.CaseParts.Reply;

/**
 * An application for disclosure (依申请公开) and its statutory path. Every change is a guarded transition that
 * records who, when and why; a step not allowed in the current state is refused with the reason (409), a step by
 * someone without the authority for it is refused as forbidden (403).
 */
public final class DisclosureRequest {

    /** The history's key for a corrected application the applicant handed in on the portal. */
    public static final String CORRECTION_SUBMITTED = "correction-submitted";

    private final Intake intake;
    private Status status;
    private LocalDate receiptDate;
    private ReplyClock clock;
    private Status statusBeforePause;
    private Correction correction;
    private Consultation consultation;
    private Extension extension;
    private FeeNotice fee;
    private Reply reply;
    private LocalDate archivedOn;
    private ReplyReview review;
    private final List<RequestEvent> newEvents = new ArrayList<>();

    /** What was submitted, fixed at intake. */
    public record Intake(
            Long id,
            String trackingCode,
            String secretHash,
            String unitCode,
            Channel channel,
            Applicant applicant,
            String description,
            String delivery,
            Instant submittedAt) {}

    /** The recorded state of a case, as stored. */
    public record State(
            Status status,
            LocalDate receiptDate,
            ReplyClock clock,
            Status statusBeforePause,
            Correction correction,
            Consultation consultation,
            Extension extension,
            FeeNotice fee,
            Reply reply,
            LocalDate archivedOn,
            ReplyReview review) {}

    private DisclosureRequest(Intake intake, State s) {
        this.intake = intake;
        this.status = s.status();
        this.receiptDate = s.receiptDate();
        this.clock = s.clock();
        this.statusBeforePause = s.statusBeforePause();
        this.correction = s.correction();
        this.consultation = s.consultation();
        this.extension = s.extension();
        this.fee = s.fee();
        this.reply = s.reply();
        this.archivedOn = s.archivedOn();
        this.review = s.review();
    }

    public static DisclosureRequest restore(Intake intake, State state) {
        return new DisclosureRequest(intake, state);
    }

    /**
     * A new application. Internet, fax and email submissions wait for confirmation; otherwise {@code act.on()} is
     * the receipt date the channel gives (handed in, signed for, confirmed) and the clock starts.
     */
    public static DisclosureRequest submit(Intake intake, Act act, WorkingCalendar calendar) {
        DisclosureRequest r = new DisclosureRequest(
                intake, new State(AWAITING_CONFIRMATION, null, null, null, null, null, null, null, null, null, null));
        if (intake.channel().awaitsConfirmation() && act.staff() == null) {
            r.record("submit", act, null, null);
        } else {
            r.receiptDate = act.on();
            r.clock = ReplyClock.startingOn(act.on(), calendar);
            r.transition("register", act, REGISTERED, intake.channel().key());
        }
        return r;
    }

    /** Art. 31: the day both sides confirm an internet, fax or email application is its receipt date. */
    public void confirm(Act act, WorkingCalendar calendar) {
        require(RequestStep.CONFIRM, act);
        receiptDate = act.on();
        clock = ReplyClock.startingOn(act.on(), calendar);
        transition(RequestStep.CONFIRM.action(), act, REGISTERED, null);
    }

    /** Art. 30: once, within 7 working days of receipt, naming what to correct and a period to do it in. */
    public void requestCorrection(Act act, int periodDays, WorkingCalendar calendar) {
        require(RequestStep.REQUEST_CORRECTION, act);
        LocalDate lastDay = calendar.reckonWorkingDays(receiptDate, StatutoryPeriods.CORRECTION_WINDOW)
                .date();
        if (act.on().isAfter(lastDay)) {
            throw new ConflictException("error.request.correction-too-late", lastDay.toString());
        }
        if (periodDays < 1 || periodDays > 60) {
            throw new ConflictException("error.request.correction-period");
        }
        requireReason(act);
        correction = new Correction(act.on(), null, act.reason(), null, null, periodDays, null).recomputed(calendar);
        clock = null;
        transition(
                RequestStep.REQUEST_CORRECTION.action(),
                act,
                CORRECTION_REQUESTED,
                "deadline=" + correction.deadline() + provisionalMark(correction.missingYear()));
    }

    /** Art. 30: the 20 working days start again from the day the corrected application is received. */
    public void recordCorrection(Act act, WorkingCalendar calendar) {
        require(RequestStep.RECORD_CORRECTION, act);
        if (act.on().isBefore(correction.requestedOn()) || act.on().isAfter(correction.deadline())) {
            throw new ConflictException(
                    "error.request.correction-date",
                    correction.requestedOn().toString(),
                    correction.deadline().toString());
        }
        correction = correction.receivedOn(act.on(), null);
        clock = ReplyClock.startingOn(act.on(), calendar);
        transition(RequestStep.RECORD_CORRECTION.action(), act, REGISTERED, null);
    }

    /**
     * Art. 30: the applicant hands in the corrected application on the portal (text, files or both), within the
     * period; it is received that day and the 20 working days start again from it. The history records it as the
     * applicant's; the text stays on the case for the handler.
     */
    public void submitCorrection(Act act, String correctedText, WorkingCalendar calendar) {
        if (!Act.APPLICANT.equals(act.actor())) {
            throw new ForbiddenException("error.request.correction-applicant-only");
        }
        RuntimeException refused = stateRefusal(RequestStep.RECORD_CORRECTION);
        if (refused != null) {
            throw refused;
        }
        if (act.on().isAfter(correction.deadline())) {
            throw new ConflictException(
                    "error.request.correction-period-over",
                    correction.deadline().toString());
        }
        correction = correction.receivedOn(act.on(), correctedText);
        clock = ReplyClock.startingOn(act.on(), calendar);
        transition(CORRECTION_SUBMITTED, act, REGISTERED, null);
    }

    /** Art. 32, 34: consulting a third party or another agency pauses the clock; they have 15 working days. */
    public void startConsultation(Act act, ConsultationKind kind, String party, WorkingCalendar calendar) {
        require(RequestStep.START_CONSULTATION, act);
        consultation = new Consultation(kind, party, act.on(), null, null, null).recomputed(calendar);
        pause(act);
        transition(
                RequestStep.START_CONSULTATION.action(),
                act,
                CONSULTATION,
                kind + " " + party + " deadline=" + consultation.deadline()
                        + provisionalMark(consultation.missingYear()));
    }

    public void endConsultation(Act act, WorkingCalendar calendar) {
        require(RequestStep.END_CONSULTATION, act);
        requireNotBefore(act, consultation.startedOn());
        consultation = new Consultation(
                consultation.kind(),
                consultation.party(),
                consultation.startedOn(),
                consultation.deadline(),
                act.on(),
                consultation.missingYear());
        resume(act, RequestStep.END_CONSULTATION.action(), calendar);
    }

    /** Art. 33: one extension of at most 20 working days, approved by a reviewer with a reason, before the due date. */
    public void extend(Act act, int days, WorkingCalendar calendar) {
        require(RequestStep.EXTEND, act);
        if (days < 1 || days > StatutoryPeriods.MAX_EXTENSION) {
            throw new ConflictException("error.request.extension-days", StatutoryPeriods.MAX_EXTENSION);
        }
        requireReason(act);
        if (clock.dueDate() != null && act.on().isAfter(clock.dueDate())) {
            throw new ConflictException(
                    "error.request.extension-after-due", clock.dueDate().toString());
        }
        extension = new Extension(days, act.actor(), act.reason(), act.on());
        clock = clock.extendedBy(days, calendar);
        transition(RequestStep.EXTEND.action(), act, EXTENDED, days + "");
    }

    /** Fee measures: the notice pauses the clock; payable within 20 working days after it was received. */
    public void noticeFee(
            Act act, FeeBasis basis, int quantity, int amount, LocalDate receivedOn, WorkingCalendar calendar) {
        require(RequestStep.FEE_NOTICE, act);
        if (amount <= 0) {
            throw new ConflictException("error.request.fee-zero");
        }
        if (receivedOn.isBefore(act.on())) {
            throw new ConflictException("error.request.fee-received-before-notice");
        }
        fee = new FeeNotice(basis, quantity, amount, act.on(), receivedOn, null, null, null).recomputed(calendar);
        pause(act);
        transition(
                RequestStep.FEE_NOTICE.action(),
                act,
                FEE_NOTICE,
                basis + " " + quantity + " " + amount + " deadline=" + fee.deadline()
                        + provisionalMark(fee.missingYear()));
    }

    /**
     * The applicant received the fee notice on {@code receivedOn} (the registered mail's receipt): the 20 working
     * days to pay run from that day, not from the day first expected.
     */
    public void recordFeeReceipt(Act act, LocalDate receivedOn, WorkingCalendar calendar) {
        require(RequestStep.FEE_RECEIVED, act);
        if (receivedOn.isBefore(fee.noticeOn()) || receivedOn.isAfter(act.on())) {
            throw new ConflictException(
                    "error.request.fee-receipt-date",
                    fee.noticeOn().toString(),
                    act.on().toString());
        }
        fee = new FeeNotice(fee.basis(), fee.quantity(), fee.amount(), fee.noticeOn(), receivedOn, null, null, null)
                .recomputed(calendar);
        transition(
                RequestStep.FEE_RECEIVED.action(),
                act,
                FEE_NOTICE,
                "received=" + receivedOn + " deadline=" + fee.deadline() + provisionalMark(fee.missingYear()));
    }

    public void recordFeePaid(Act act, WorkingCalendar calendar) {
        require(RequestStep.FEE_PAID, act);
        requireNotBefore(act, fee.noticeOn());
        if (act.on().isAfter(fee.deadline())) {
            throw new ConflictException(
                    "error.request.fee-paid-late", fee.deadline().toString());
        }
        fee = new FeeNotice(
                fee.basis(),
                fee.quantity(),
                fee.amount(),
                fee.noticeOn(),
                fee.receivedOn(),
                fee.deadline(),
                act.on(),
                fee.missingYear());
        resume(act, RequestStep.FEE_PAID.action(), calendar);
    }

    /**
     * Art. 36: exactly one outcome and the provision it rests on, by the handling unit, once. Where the government's
     * {@code policy} puts the outcome under review, only a reply a reviewer approved for this outcome and provision.
     */
    public void reply(Act act, Outcome outcome, Article article, ReviewPolicy policy) {
        require(RequestStep.REPLY, act);
        requireOutcome(outcome, article);
        RuntimeException unapproved = approvalRefusal(outcome, article, policy);
        if (unapproved != null) {
            throw unapproved;
        }
        reply = new Reply(act.on(), outcome, article, act.actor());
        transition(RequestStep.REPLY.action(), act, REPLIED, outcome.key() + " " + article);
    }

    /** Why a reply with this outcome may not be sent yet under {@code policy}, or null. */
    public RuntimeException approvalRefusal(Outcome outcome, Article article, ReviewPolicy policy) {
        if (!policy.requires(outcome) || (review != null && review.approves(outcome, article))) {
            return null;
        }
        if (review != null && review.pending()) {
            return new ConflictException("error.request.review-pending");
        }
        return new ConflictException("error.request.reply-needs-approval", new MessageKey("outcome." + outcome.key()));
    }

    /** The handler submits the reply for approval; the clock keeps running meanwhile. */
    public void submitReview(Act act, Outcome outcome, Article article, String body) {
        require(RequestStep.SUBMIT_REVIEW, act);
        requireOutcome(outcome, article);
        review = ReplyReview.submitted(outcome, article, body, act.reason(), act);
        transition(RequestStep.SUBMIT_REVIEW.action(), act.because(null), status, outcome.key() + " " + article);
    }

    /** A reviewer, not the handler who submitted it, approves the submitted reply. */
    public void approveReply(Act act) {
        require(RequestStep.APPROVE_REPLY, act);
        review = review.decided(ReplyReview.Decision.APPROVED, act);
        transition(
                RequestStep.APPROVE_REPLY.action(),
                act,
                status,
                review.outcome().key() + " " + review.article());
    }

    /** A reviewer returns the submitted reply with a reason; the handler may change it and submit again. */
    public void returnReply(Act act) {
        require(RequestStep.RETURN_REPLY, act);
        requireReason(act);
        review = review.decided(ReplyReview.Decision.RETURNED, act);
        transition(
                RequestStep.RETURN_REPLY.action(), act, status, review.outcome().key());
    }

    private static void requireOutcome(Outcome outcome, Article article) {
        if (outcome.isClosureByExpiry()) {
            throw new ConflictException("error.request.outcome-by-expiry-only");
        }
        if (!outcome.allows(article)) {
            throw new ConflictException("error.request.article-not-for-outcome");
        }
    }

    /**
     * Closes a case whose correction or fee period ran out by {@code today} (其他处理 1 / 2). The closure counts on the
     * first day after the period, whenever the job runs. Returns whether the case was closed.
     */
    public boolean closeIfExpired(Act act) {
        if (status == CORRECTION_REQUESTED
                && !correction.provisional()
                && act.on().isAfter(correction.deadline())) {
            close(act.on(correction.deadline().plusDays(1)), Outcome.OTHER_NO_CORRECTION, Article.A30);
            return true;
        }
        if (status == FEE_NOTICE && !fee.provisional() && act.on().isAfter(fee.deadline())) {
            close(act.on(fee.deadline().plusDays(1)), Outcome.OTHER_UNPAID_FEE, Article.A42);
            return true;
        }
        return false;
    }

    public void archive(Act act) {
        require(RequestStep.ARCHIVE, act);
        archivedOn = act.on();
        transition(RequestStep.ARCHIVE.action(), act, ARCHIVED, null);
    }

    /** Recomputes the due date, e.g. once the missing year's calendar is loaded. Returns whether it changed. */
    public boolean recomputeDueDate(WorkingCalendar calendar) {
        if (clock == null) {
            return false;
        }
        ReplyClock again = clock.recomputed(calendar);
        boolean changed = !again.equals(clock);
        clock = again;
        return changed;
    }

    /**
     * Recomputes the provisional step deadlines (correction, consultation, fee) and the due date, e.g. once the
     * missing year's notice is loaded or a calendar was edited. Returns whether any of them changed.
     */
    public boolean recomputeDeadlines(WorkingCalendar calendar) {
        boolean changed = false;
        if (correction != null && correction.provisional()) {
            Correction again = correction.recomputed(calendar);
            changed |= !again.equals(correction);
            correction = again;
        }
        if (consultation != null && consultation.provisional()) {
            Consultation again = consultation.recomputed(calendar);
            changed |= !again.equals(consultation);
            consultation = again;
        }
        if (fee != null && fee.provisional()) {
            FeeNotice again = fee.recomputed(calendar);
            changed |= !again.equals(fee);
            fee = again;
        }
        return recomputeDueDate(calendar) || changed;
    }

    /** Whether a step deadline or the due date is reckoned past the loaded calendar. */
    public boolean hasProvisionalDeadline() {
        return (clock != null && clock.provisional())
                || (correction != null && correction.provisional())
                || (consultation != null && consultation.provisional())
                || (fee != null && fee.provisional());
    }

    /** The first year without its notice that a step deadline (correction, consultation, fee) reaches, or null. */
    public Integer stepDeadlineMissingYear() {
        return stepDeadlineMissingYear(state());
    }

    /** The first year without its notice that a step deadline of {@code s} reaches, or null. */
    static Integer stepDeadlineMissingYear(State s) {
        Integer year = null;
        for (Integer y : new Integer[] {
            s.correction() == null ? null : s.correction().missingYear(),
            s.consultation() == null ? null : s.consultation().missingYear(),
            s.fee() == null ? null : s.fee().missingYear()
        }) {
            if (y != null && (year == null || y < year)) {
                year = y;
            }
        }
        return year;
    }

    private static String provisionalMark(Integer missingYear) {
        return missingYear == null ? "" : " provisional=" + missingYear;
    }

    private void close(Act act, Outcome outcome, Article article) {
        reply = new Reply(act.on(), outcome, article, act.actor());
        transition("close-expired", act.because(outcome.key()), CLOSED, outcome.key());
    }

    private void pause(Act act) {
        statusBeforePause = status;
        clock = clock.pausedOn(act.on());
    }

    private void resume(Act act, String action, WorkingCalendar calendar) {
        clock = clock.resumedOn(act.on(), calendar);
        Status back = statusBeforePause;
        statusBeforePause = null;
        transition(action, act, back, "paused=" + clock.pausedDays());
    }

    /**
     * The steps {@code actor} may take now: the ones the case's state allows ({@link #openSteps()}) that the actor
     * has the authority for. The case page shows exactly these; each transition checks the same policy.
     */
    public Set<RequestStep> allowedSteps(StaffMember actor) {
        EnumSet<RequestStep> allowed = EnumSet.noneOf(RequestStep.class);
        for (RequestStep step : RequestStep.values()) {
            if (refusal(step, actor) == null) {
                allowed.add(step);
            }
        }
        return allowed;
    }

    /** The steps the case's state allows now, whoever acts. */
    public Set<RequestStep> openSteps() {
        EnumSet<RequestStep> open = EnumSet.noneOf(RequestStep.class);
        for (RequestStep step : RequestStep.values()) {
            if (stateRefusal(step) == null) {
                open.add(step);
            }
        }
        return open;
    }

    /** Throws why {@code actor} may not take the step now (403 or 409), before anything is prepared for it. */
    public void requireAllowed(RequestStep step, StaffMember actor) {
        RuntimeException refused = refusal(step, actor);
        if (refused != null) {
            throw refused;
        }
    }

    private void require(RequestStep step, Act act) {
        RuntimeException refused = refusal(step, act.staff());
        if (refused != null) {
            throw refused;
        }
    }

    /** Why {@code actor} may not take the step now (403 for lack of authority, 409 for the state), or null. */
    private RuntimeException refusal(RequestStep step, StaffMember actor) {
        RuntimeException byActor = actorRefusal(step, actor);
        return byActor != null ? byActor : stateRefusal(step);
    }

    /** Art. 33: a reviewer approves an extension; every other step is the handling unit's. Auditors only read. */
    private RuntimeException actorRefusal(RequestStep step, StaffMember actor) {
        if (actor != null && !actor.mayChange()) {
            return new ConflictException("error.request.read-only");
        }
        if (step.supervisory()) {
            if (actor == null || !actor.isReviewer()) {
                return new ForbiddenException(
                        step == RequestStep.EXTEND
                                ? "error.request.extension-needs-reviewer"
                                : "error.request.approval-needs-reviewer");
            }
            return step != RequestStep.EXTEND
                            && review != null
                            && actor.username().equals(review.submittedBy())
                    ? new ForbiddenException("error.request.review-own")
                    : null;
        }
        if (actor == null || !intake.unitCode().equals(actor.unitCode())) {
            return new ForbiddenException("error.request.handling-unit-only");
        }
        return null;
    }

    /** Once-only steps (art. 30 correction, art. 33 extension, the fee notice, the reply), then the state. */
    private RuntimeException stateRefusal(RequestStep step) {
        String onceOnly = switch (step) {
            case REQUEST_CORRECTION -> correction != null ? "error.request.correction-once" : null;
            case EXTEND -> extension != null ? "error.request.extension-once" : null;
            case FEE_NOTICE -> fee != null ? "error.request.fee-once" : null;
            case REPLY -> reply != null ? "error.request.already-replied" : null;
            case SUBMIT_REVIEW ->
                reply != null
                        ? "error.request.already-replied"
                        : review != null && review.pending() ? "error.request.review-pending" : null;
            case APPROVE_REPLY, RETURN_REPLY ->
                review == null || !review.pending() ? "error.request.no-review-pending" : null;
            default -> null;
        };
        if (onceOnly != null) {
            return new ConflictException(onceOnly);
        }
        if (!step.from().contains(status)) {
            return new ConflictException(
                    "error.request.not-allowed-in-state",
                    new MessageKey("action." + step.action()),
                    new MessageKey("status." + status));
        }
        return null;
    }

    private static void requireReason(Act act) {
        if (act.reason() == null || act.reason().isBlank()) {
            throw new ConflictException("error.request.reason-required");
        }
    }

    private static void requireNotBefore(Act act, LocalDate start) {
        if (act.on().isBefore(start)) {
            throw new ConflictException("error.request.date-before-start", start.toString());
        }
    }

    private void transition(String action, Act act, Status to, String detail) {
        Status from = status;
        status = to;
        newEvents.add(new RequestEvent(action, act.actor(), act.at(), act.on(), from, to, act.reason(), detail));
    }

    private void record(String action, Act act, String reason, String detail) {
        newEvents.add(new RequestEvent(action, act.actor(), act.at(), act.on(), null, status, reason, detail));
    }

    /** Events since the case was loaded, not yet stored. */
    public List<RequestEvent> pendingEvents() {
        return List.copyOf(newEvents);
    }

    /** Events since the case was loaded, to be stored with it; clears them. */
    public List<RequestEvent> drainEvents() {
        List<RequestEvent> out = List.copyOf(newEvents);
        newEvents.clear();
        return out;
    }

    public Intake intake() {
        return intake;
    }

    public State state() {
        return new State(
                status,
                receiptDate,
                clock,
                statusBeforePause,
                correction,
                consultation,
                extension,
                fee,
                reply,
                archivedOn,
                review);
    }

    public Status status() {
        return status;
    }

    /** The due date, certain or provisional ({@link ReplyClock#provisional()}). */
    public LocalDate dueDate() {
        return clock == null ? null : clock.dueDate();
    }

    /** The due date only when it is certain: what a letter may state. */
    public LocalDate certainDueDate() {
        return clock == null ? null : clock.certainDueDate();
    }
}

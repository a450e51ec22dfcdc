package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.fees.FeeMethod;
import org.gongkai.fees.FeePolicy;
import org.gongkai.fees.FeeQuote;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.requests.CaseParts.ConsultationKind;
import org.gongkai.requests.CaseParts.FeeBasis;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps staff take on a case. Each loads the case locked, checks who may act, applies the guarded transition,
 * stores the new state with its history and writes the audit log, in one transaction.
 */
@Service
public class RequestWorkflow {

    private final RequestRepository requests;
    private final RequestAccess access;
    private final WorkingCalendar calendar;
    private final FeePolicy fees;
    private final AuditLog audit;
    private final ReportedYears reportedYears;
    private final Notices notices;
    private final Clock clock;

    RequestWorkflow(
            RequestRepository requests,
            RequestAccess access,
            WorkingCalendar calendar,
            FeePolicy fees,
            AuditLog audit,
            ReportedYears reportedYears,
            Notices notices,
            Clock clock) {
        this.notices = notices;
        this.requests = requests;
        this.access = access;
        this.calendar = calendar;
        this.fees = fees;
        this.audit = audit;
        this.reportedYears = reportedYears;
        this.clock = clock;
    }

    @Transactional
    public void confirm(StaffMember staff, long id) {
        take(staff, id, new StepOrder.Confirm());
    }

    @Transactional
    public void requestCorrection(StaffMember staff, long id, int periodDays, String whatToCorrect) {
        take(staff, id, new StepOrder.RequestCorrection(periodDays, whatToCorrect));
    }

    @Transactional
    public void recordCorrection(StaffMember staff, long id, LocalDate receivedOn) {
        take(staff, id, new StepOrder.RecordCorrection(receivedOn));
    }

    @Transactional
    public void startConsultation(StaffMember staff, long id, ConsultationKind kind, String party, String reason) {
        take(staff, id, new StepOrder.StartConsultation(kind, party, reason));
    }

    @Transactional
    public void endConsultation(StaffMember staff, long id, String reason) {
        take(staff, id, new StepOrder.EndConsultation(reason));
    }

    /** Approved by a reviewer (or administrator) with a reason. */
    @Transactional
    public void extend(StaffMember staff, long id, int days, String reason) {
        take(staff, id, new StepOrder.Extend(days, reason));
    }

    /** The amount follows the fee measures: by count across the applicant's month, or by pages, never both. */
    @Transactional
    public void noticeFee(StaffMember staff, long id, FeeBasis basis, int pages, LocalDate receivedOn) {
        take(staff, id, new StepOrder.FeeNotice(basis, pages, receivedOn));
    }

    @Transactional
    public void recordFeeReceipt(StaffMember staff, long id, LocalDate receivedOn) {
        take(staff, id, new StepOrder.FeeReceived(receivedOn));
    }

    @Transactional
    public void recordFeePaid(StaffMember staff, long id, LocalDate paidOn) {
        take(staff, id, new StepOrder.FeePaid(paidOn));
    }

    /** A reviewer approves the reply submitted for review (never the handler who submitted it). */
    @Transactional
    public void approveReply(StaffMember staff, long id, String note) {
        take(staff, id, new StepOrder.ApproveReply(note));
    }

    /** A reviewer returns the reply submitted for review, with the reason. */
    @Transactional
    public void returnReply(StaffMember staff, long id, String reason) {
        take(staff, id, new StepOrder.ReturnReply(reason));
    }

    @Transactional
    public void archive(StaffMember staff, long id) {
        take(staff, id, new StepOrder.Archive());
    }

    /** Takes the step: the transition, the stored state with its history, the audit log and the step's notice. */
    @Transactional
    public void take(StaffMember staff, long id, StepOrder order) {
        change(staff, id, order.step(), transition(staff, order));
    }

    /**
     * What taking the step would do, without doing it: the same checks and the same transition, applied to a copy
     * of the case that is thrown away; the notice the step issues is rendered but neither numbered nor stored.
     * Refusals are thrown (and audited) as the step itself would be.
     */
    @Transactional(readOnly = true)
    public StepPreview preview(StaffMember staff, long id, StepOrder order) {
        DisclosureRequest r = requests.find(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        access.requireChange(staff, r, order.step().action());
        ReportedYears.Counted before = ReportedYears.Counted.of(r);
        try {
            transition(staff, order).accept(r);
        } catch (ForbiddenException e) {
            throw access.deny(staff, r, order.step().action(), e.messageCode());
        }
        reportedYears.requireOpen(r.intake().unitCode(), before, ReportedYears.Counted.of(r));
        var letter = notices.preview(order.step(), r, LocalDate.now(clock));
        return new StepPreview(
                order.step(),
                r.state().status(),
                r.state().clock(),
                letter.map(Notices.Drafted::kind).orElse(null),
                letter.map(Notices.Drafted::xhtml).orElse(null));
    }

    /** The guarded transition of the case that the order asks for. */
    private Consumer<DisclosureRequest> transition(StaffMember staff, StepOrder order) {
        Consumer<DisclosureRequest> step = guarded(staff, order);
        return r -> {
            if (!order.problems().isEmpty()) {
                throw new InvalidInputException(order.problems());
            }
            step.accept(r);
        };
    }

    private Consumer<DisclosureRequest> guarded(StaffMember staff, StepOrder order) {
        return switch (order) {
            case StepOrder.Confirm o -> r -> r.confirm(Act.by(staff, clock, null), calendar);
            case StepOrder.RequestCorrection o ->
                r -> r.requestCorrection(Act.by(staff, clock, o.note()), o.periodDays(), calendar);
            case StepOrder.RecordCorrection o ->
                r -> r.recordCorrection(Act.by(staff, clock, null).on(notFuture(o.receivedOn())), calendar);
            case StepOrder.StartConsultation o ->
                r -> r.startConsultation(
                        Act.by(staff, clock, o.reason()), o.kind(), o.party().strip(), calendar);
            case StepOrder.EndConsultation o -> r -> r.endConsultation(Act.by(staff, clock, o.reason()), calendar);
            case StepOrder.Extend o -> r -> r.extend(Act.by(staff, clock, o.reason()), o.days(), calendar);
            case StepOrder.FeeNotice o -> r -> noticeFee(staff, r, o);
            case StepOrder.FeeReceived o ->
                r -> r.recordFeeReceipt(
                        Act.by(staff, clock, null),
                        o.receivedOn() == null ? LocalDate.now(clock) : o.receivedOn(),
                        calendar);
            case StepOrder.FeePaid o ->
                r -> r.recordFeePaid(Act.by(staff, clock, null).on(notFuture(o.paidOn())), calendar);
            case StepOrder.ApproveReply o -> r -> r.approveReply(Act.by(staff, clock, o.note()));
            case StepOrder.ReturnReply o -> r -> r.returnReply(Act.by(staff, clock, o.reason()));
            case StepOrder.Archive o -> r -> r.archive(Act.by(staff, clock, null));
        };
    }

    private void noticeFee(StaffMember staff, DisclosureRequest r, StepOrder.FeeNotice o) {
        int quantity = o.basis() == FeeBasis.PAGES
                ? o.pages()
                : requests.ordinalInMonth(
                        r.intake().applicant().identityKey(),
                        r.state().receiptDate(),
                        r.intake().id());
        FeeQuote quote = fees.quote(
                o.basis() == FeeBasis.PAGES ? FeeMethod.BY_PAGES : FeeMethod.BY_COUNT,
                Math.max(quantity, o.basis() == FeeBasis.PAGES ? 0 : 1),
                r.intake().applicant().type().key());
        int amount = (int) quote.netYuan();
        LocalDate received = o.receivedOn() == null ? LocalDate.now(clock) : o.receivedOn();
        r.noticeFee(Act.by(staff, clock, null), o.basis(), quantity, amount, received, calendar);
    }

    /**
     * Loads the case, checks that the staff member sees it and may change anything, applies the step (whose guard
     * is the case's {@link DisclosureRequest#allowedSteps policy}) and stores it; every refusal of authority is
     * audited.
     */
    DisclosureRequest change(StaffMember staff, long id, RequestStep step, Consumer<DisclosureRequest> apply) {
        DisclosureRequest r =
                requests.findForUpdate(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        access.requireChange(staff, r, step.action());
        ReportedYears.Counted before = ReportedYears.Counted.of(r);
        try {
            apply.accept(r);
        } catch (ForbiddenException e) {
            throw access.deny(staff, r, step.action(), e.messageCode());
        }
        reportedYears.requireOpen(r.intake().unitCode(), before, ReportedYears.Counted.of(r));
        store(r);
        notices.after(step, r, LocalDate.now(clock), staff.username());
        return r;
    }

    void store(DisclosureRequest r) {
        var events = r.pendingEvents();
        requests.update(r);
        for (RequestEvent e : events) {
            audit.record(AuditEvent.by(e.actor(), "request." + e.action())
                    .on("disclosure_request", String.valueOf(r.intake().id()))
                    .inUnit(r.intake().unitCode())
                    .because(e.reason())
                    .detail(e.detail()));
        }
    }

    private LocalDate notFuture(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            throw new ConflictException("error.request.date-in-future");
        }
        return date;
    }
}

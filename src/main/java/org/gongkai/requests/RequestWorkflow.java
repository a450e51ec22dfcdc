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
        change(staff, id, RequestStep.CONFIRM, r -> r.confirm(Act.by(staff, clock, null), calendar));
    }

    @Transactional
    public void requestCorrection(StaffMember staff, long id, int periodDays, String whatToCorrect) {
        change(
                staff,
                id,
                RequestStep.REQUEST_CORRECTION,
                r -> r.requestCorrection(Act.by(staff, clock, whatToCorrect), periodDays, calendar));
    }

    @Transactional
    public void recordCorrection(StaffMember staff, long id, LocalDate receivedOn) {
        change(
                staff,
                id,
                RequestStep.RECORD_CORRECTION,
                r -> r.recordCorrection(Act.by(staff, clock, null).on(notFuture(receivedOn)), calendar));
    }

    @Transactional
    public void startConsultation(StaffMember staff, long id, ConsultationKind kind, String party, String reason) {
        if (kind == null || party == null || party.isBlank()) {
            throw new ConflictException("error.request.consultation-party");
        }
        change(
                staff,
                id,
                RequestStep.START_CONSULTATION,
                r -> r.startConsultation(Act.by(staff, clock, reason), kind, party.strip(), calendar));
    }

    @Transactional
    public void endConsultation(StaffMember staff, long id, String reason) {
        change(staff, id, RequestStep.END_CONSULTATION, r -> r.endConsultation(Act.by(staff, clock, reason), calendar));
    }

    /** Approved by a reviewer (or administrator) with a reason. */
    @Transactional
    public void extend(StaffMember staff, long id, int days, String reason) {
        change(staff, id, RequestStep.EXTEND, r -> r.extend(Act.by(staff, clock, reason), days, calendar));
    }

    /** The amount follows the fee measures: by count across the applicant's month, or by pages, never both. */
    @Transactional
    public void noticeFee(StaffMember staff, long id, FeeBasis basis, int pages, LocalDate receivedOn) {
        change(staff, id, RequestStep.FEE_NOTICE, r -> {
            int quantity = basis == FeeBasis.PAGES
                    ? pages
                    : requests.ordinalInMonth(
                            r.intake().applicant().identityKey(), r.state().receiptDate(), id);
            FeeQuote quote = fees.quote(
                    basis == FeeBasis.PAGES ? FeeMethod.BY_PAGES : FeeMethod.BY_COUNT,
                    Math.max(quantity, basis == FeeBasis.PAGES ? 0 : 1),
                    r.intake().applicant().type().key());
            int amount = (int) quote.netYuan();
            LocalDate received = receivedOn == null ? LocalDate.now(clock) : receivedOn;
            r.noticeFee(Act.by(staff, clock, null), basis, quantity, amount, received, calendar);
        });
    }

    @Transactional
    public void recordFeeReceipt(StaffMember staff, long id, LocalDate receivedOn) {
        change(
                staff,
                id,
                RequestStep.FEE_RECEIVED,
                r -> r.recordFeeReceipt(
                        Act.by(staff, clock, null), receivedOn == null ? LocalDate.now(clock) : receivedOn, calendar));
    }

    @Transactional
    public void recordFeePaid(StaffMember staff, long id, LocalDate paidOn) {
        change(
                staff,
                id,
                RequestStep.FEE_PAID,
                r -> r.recordFeePaid(Act.by(staff, clock, null).on(notFuture(paidOn)), calendar));
    }

    @Transactional
    public void archive(StaffMember staff, long id) {
        change(staff, id, RequestStep.ARCHIVE, r -> r.archive(Act.by(staff, clock, null)));
    }

    /**
     * Checks, without changing anything, that the staff member may take the step now (e.g. before showing what an
     * irreversible step will do); refusals are thrown and audited as the step itself would be.
     */
    @Transactional(readOnly = true)
    public void requireStep(StaffMember staff, long id, RequestStep step) {
        DisclosureRequest r = requests.find(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        access.requireChange(staff, r, step.action());
        try {
            r.requireAllowed(step, staff);
        } catch (ForbiddenException e) {
            throw access.deny(staff, r, step.action(), e.messageCode());
        }
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

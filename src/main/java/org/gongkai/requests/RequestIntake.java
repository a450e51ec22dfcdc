package org.gongkai.requests;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.periods.ReportingPeriodLocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in applications: from the public (portal form and API; they wait for confirmation) and from staff for
 * letters, visits, faxes and emails (received on the date the channel gives). Invalid input stores nothing. The
 * caller answers only after this method returns, i.e. after the transaction committed.
 */
@Service
public class RequestIntake {

    private final RequestRepository requests;
    private final Attachments attachments;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final ReportedYears reportedYears;
    private final Notices notices;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RequestIntake(
            RequestRepository requests,
            Attachments attachments,
            UnitDirectory units,
            WorkingCalendar calendar,
            AuditLog audit,
            ReportedYears reportedYears,
            Notices notices,
            Clock clock) {
        this.notices = notices;
        this.requests = requests;
        this.attachments = attachments;
        this.units = units;
        this.calendar = calendar;
        this.audit = audit;
        this.reportedYears = reportedYears;
        this.clock = clock;
    }

    /** A submission by the applicant (internet, or email/fax channels declared by the API client). */
    @Transactional
    public Submitted submit(IntakeForm raw, List<NewAttachment> files) {
        return submit(raw, files, List.of());
    }

    /** As {@link #submit(IntakeForm, List)}, with problems the caller found in the body (e.g. unknown fields). */
    @Transactional
    public Submitted submit(IntakeForm raw, List<NewAttachment> files, List<FieldProblem> bodyProblems) {
        List<FieldProblem> problems = new ArrayList<>(IntakeRules.check(raw, true));
        problems.addAll(bodyProblems);
        IntakeForm form = IntakeRules.clean(raw);
        problems.addAll(attachments.check(files));
        requireKnownUnit(form, problems);
        return store(form, files, Act.applicant(clock));
    }

    /**
     * Staff registration of an application that came in person, by letter, fax or email; {@code receiptDate} is
     * the day handed in, signed for or confirmed (art. 31), not after today.
     */
    @Transactional
    public Submitted register(StaffMember staff, IntakeForm raw, LocalDate receiptDate, List<NewAttachment> files) {
        List<FieldProblem> problems = new ArrayList<>(IntakeRules.check(raw, false));
        IntakeForm form = IntakeRules.clean(raw);
        if (!staff.mayChange()) {
            throw new ConflictException("error.request.read-only");
        }
        boolean known = IntakeRules.lookupable(form.unitCode())
                && units.find(form.unitCode()).isPresent();
        if (known && !units.maySee(staff, form.unitCode())) {
            throw new ForbiddenException(
                    Refusal.of("register", "disclosure_request", null, form.unitCode()), "error.forbidden");
        }
        LocalDate today = LocalDate.now(clock);
        if (receiptDate == null || receiptDate.isAfter(today) || receiptDate.isBefore(today.minusYears(1))) {
            problems.add(new FieldProblem("receiptDate", "error.intake.receipt-date"));
        } else if (known
                && !reportedYears.isOpen(
                        form.unitCode(),
                        ReportedYears.Counted.NONE,
                        new ReportedYears.Counted(receiptDate, null, null))) {
            problems.add(ReportingPeriodLocks.locked("receiptDate", form.unitCode(), receiptDate.getYear()));
        }
        problems.addAll(attachments.check(files));
        requireKnownUnit(form, problems);
        return store(form, files, Act.by(staff, clock, null).on(receiptDate));
    }

    /**
     * Refuses the form when anything is wrong: an unknown unit alone is 404 (as before); with other problems it is
     * named among them (400), so that no problem hides another.
     */
    private void requireKnownUnit(IntakeForm form, List<FieldProblem> problems) {
        String code = form.unitCode();
        boolean flagged = problems.stream().anyMatch(p -> p.field().equals("unitCode"));
        boolean unknown = !flagged
                && code != null
                && !code.isEmpty()
                && (!IntakeRules.lookupable(code) || units.find(code).isEmpty());
        if (unknown && problems.isEmpty()) {
            throw new NotFoundException("error.unit-not-found", code);
        }
        if (unknown) {
            problems.add(0, new FieldProblem("unitCode", "error.unit-not-found", code));
        }
        if (!unknown && !flagged && code != null && !code.isEmpty()) {
            units.find(code)
                    .filter(u -> !u.active())
                    .ifPresent(u -> problems.add(0, new FieldProblem("unitCode", "error.unit-inactive", u.name())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Submitted store(IntakeForm form, List<NewAttachment> files, Act act) {
        String trackingCode = TrackingCodes.newTrackingCode(LocalDate.now(clock).getYear(), random);
        String secret = TrackingCodes.newSecret(random);
        DisclosureRequest.Intake intake = new DisclosureRequest.Intake(
                null,
                trackingCode,
                TrackingCodes.hash(secret),
                form.unitCode(),
                Channel.fromKey(form.channel()).orElseThrow(),
                IntakeRules.applicantOf(form),
                form.description().strip(),
                form.delivery(),
                act.at());
        DisclosureRequest request = DisclosureRequest.submit(intake, act, calendar);
        List<RequestEvent> events = request.pendingEvents();
        long id = requests.insert(request);
        attachments.store(id, "applicant", files, act.actor(), false);
        for (RequestEvent e : events) {
            audit.record(AuditEvent.by(act.actor(), "request." + e.action())
                    .on("disclosure_request", String.valueOf(id))
                    .inUnit(form.unitCode())
                    .because(e.reason())
                    .detail(trackingCode));
        }
        if (request.status() == Status.REGISTERED) {
            requests.find(id).ifPresent(r -> notices.acknowledge(r, act.on(), act.actor()));
        }
        return new Submitted(id, trackingCode, secret, request.status());
    }
}

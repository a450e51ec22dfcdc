package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a reply: the handling unit records a callback (回访) with its date and note; the applicant, with the
 * tracking code and secret, rates the handling once. Both audited; the office sees the counts per unit.
 */
@Service
public class FollowUps {

    public static final int NOTE_MAX = 1000;
    private final RequestRepository requests;
    private final RequestAccess access;
    private final FollowUpStore store;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    FollowUps(
            RequestRepository requests,
            RequestAccess access,
            FollowUpStore store,
            UnitDirectory units,
            AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.access = access;
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A case can be followed up once it was answered (replied or archived after a reply). */
    static boolean answered(DisclosureRequest r) {
        return r.state().reply() != null && (r.status() == Status.REPLIED || r.status() == Status.ARCHIVED);
    }

    /** Whether the applicant may rate the case now (it was answered). */
    @Transactional(readOnly = true)
    public boolean mayRate(long id) {
        return requests.find(id).map(FollowUps::answered).orElse(false);
    }

    /** Whether the staff member may record a callback on the case now (its handling unit, after the reply). */
    public boolean mayCallBack(StaffMember staff, DisclosureRequest r) {
        return staff.mayChange() && staff.unitCode().equals(r.intake().unitCode()) && answered(r);
    }

    @Transactional
    public FollowUp recordCallback(StaffMember staff, long id, LocalDate on, String note) {
        DisclosureRequest r = requests.find(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        access.requireChange(staff, r, "callback");
        if (!staff.unitCode().equals(r.intake().unitCode())) {
            throw access.deny(staff, r, "callback", "error.request.handling-unit-only");
        }
        if (!answered(r)) {
            throw new ConflictException("error.followup.not-replied");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (on == null || on.isAfter(today) || on.isBefore(r.state().reply().date())) {
            problems.add(new FieldProblem(
                    "callbackOn",
                    "error.followup.date",
                    r.state().reply().date().toString(),
                    today.toString()));
        }
        if (note == null || note.isBlank() || note.length() > NOTE_MAX) {
            problems.add(new FieldProblem("callbackNote", "error.followup.note", NOTE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FollowUp f =
                new FollowUp(0, id, FollowUp.Kind.CALLBACK, null, on, note.strip(), staff.username(), clock.instant());
        store.insert(f);
        audit.record(AuditEvent.by(staff.username(), "request.callback")
                .on("disclosure_request", String.valueOf(id))
                .inUnit(r.intake().unitCode())
                .detail("on=" + on));
        return f;
    }

    /** The applicant's rating, once, for a case they tracked with its code and secret. */
    @Transactional
    public FollowUp rate(long id, Integer rating, String comment) {
        DisclosureRequest r = requests.find(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        if (!answered(r)) {
            throw new ConflictException("error.followup.not-replied");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (rating == null || rating < 1 || rating > 5) {
            problems.add(new FieldProblem("rating", "error.followup.rating"));
        }
        if (comment != null && comment.length() > NOTE_MAX) {
            problems.add(new FieldProblem("comment", "error.followup.comment", NOTE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        FollowUp f = new FollowUp(
                0, id, FollowUp.Kind.RATING, rating, LocalDate.now(clock), note, Act.APPLICANT, clock.instant());
        if (!store.insert(f)) {
            throw new ConflictException("error.followup.rated");
        }
        audit.record(AuditEvent.by(Act.APPLICANT, "request.rating")
                .on("disclosure_request", String.valueOf(id))
                .inUnit(r.intake().unitCode())
                .detail("rating=" + rating));
        return f;
    }

    @Transactional(readOnly = true)
    public List<FollowUp> forRequest(long id) {
        return store.forRequest(id);
    }

    /** Per unit the staff member sees: replies in the period, callbacks, ratings and the average rating. */
    @Transactional(readOnly = true)
    public List<FollowUp.Counts> counts(StaffMember staff, LocalDate from, LocalDate to) {
        Set<String> visible = units.visibleUnitCodes(staff);
        return store.counts(visible, from, to);
    }
}

package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.text.TextRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading cases: console lists and case pages (scoped and masked), deadlines, and the applicant's view. */
@Service
@Transactional(readOnly = true)
public class RequestQueries {

    /** The deadlines view looks this many working days ahead. */
    public static final int DUE_SOON = 3;

    private static final int RUNNING_HORIZON_YEARS = 10;

    private final RequestRepository requests;
    private final LetterStore letters;
    private final AttachmentStore files;
    private final RequestAccess access;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final CaseLetters caseLetters;
    private final Clock clock;

    RequestQueries(
            RequestRepository requests,
            LetterStore letters,
            AttachmentStore files,
            RequestAccess access,
            UnitDirectory units,
            WorkingCalendar calendar,
            CaseLetters caseLetters,
            Clock clock) {
        this.caseLetters = caseLetters;
        this.requests = requests;
        this.letters = letters;
        this.files = files;
        this.access = access;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
    }

    public record Page(List<RequestSummary> rows, long total) {}

    /** Cases in the units this staff member may see; ID numbers and phones masked outside the handling unit. */
    public Page list(StaffMember staff, String unitCode, Status status, Integer year, int page, int size) {
        Set<String> visible = units.visibleUnitCodes(staff);
        Set<String> scope = unitCode == null || unitCode.isBlank()
                ? visible
                : visible.contains(unitCode) ? Set.of(unitCode) : Set.of();
        RequestFilter filter = new RequestFilter(scope, status, year, size, Math.max(0, page) * size);
        List<RequestSummary> rows = requests.search(filter).stream()
                .map(r -> access.seesPersonalData(staff, r.unitCode()) ? r : r.masked())
                .toList();
        return new Page(rows, requests.count(filter));
    }

    public CaseView view(StaffMember staff, long id) {
        DisclosureRequest r = requests.find(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        access.requireVisible(staff, r, "view");
        return new CaseView(
                r,
                requests.history(id),
                letters.forRequest(id),
                files.forRequest(id),
                access.seesPersonalData(staff, r.intake().unitCode()));
    }

    /** The case with this tracking code, as {@link #view} gives it; 404 for an unknown code. */
    public CaseView viewByCode(StaffMember staff, String trackingCode) {
        String code = TrackingCodes.normaliseCode(trackingCode == null ? "" : trackingCode);
        long id = requests.findByTrackingCode(code)
                .map(r -> r.intake().id())
                .orElseThrow(() -> new NotFoundException("error.request.not-found", code));
        return view(staff, id);
    }

    public record Deadlines(
            LocalDate today,
            LocalDate horizon,
            List<RequestSummary> overdue,
            List<RequestSummary> dueSoon,
            List<RequestSummary> missingCalendar,
            Integer horizonMissingYear) {}

    /** Cases whose clock runs and that are overdue or due within 3 working days, across the visible units. */
    public Deadlines deadlines(StaffMember staff) {
        Set<String> visible = units.visibleUnitCodes(staff);
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon;
        Integer missing = null;
        try {
            horizon = calendar.plusWorkingDays(today, DUE_SOON);
        } catch (MissingCalendarYearException e) {
            horizon = today.plusDays(DUE_SOON);
            missing = e.year();
        }
        List<RequestSummary> due = requests.dueBy(visible, horizon).stream()
                .map(r -> access.seesPersonalData(staff, r.unitCode()) ? r : r.masked())
                .toList();
        return new Deadlines(
                today,
                horizon,
                due.stream().filter(r -> r.dueDate().isBefore(today)).toList(),
                due.stream().filter(r -> !r.dueDate().isBefore(today)).toList(),
                requests.withMissingCalendar(visible),
                missing);
    }

    /** Every case whose clock runs in the units the viewer sees, whatever its due date (for workload charts). */
    public List<RequestSummary> running(StaffMember staff) {
        return requests
                .dueBy(units.visibleUnitCodes(staff), LocalDate.now(clock).plusYears(RUNNING_HORIZON_YEARS))
                .stream()
                .map(RequestSummary::masked)
                .toList();
    }

    /** The applicant's own case, if the secret matches; nothing else. */
    public Optional<TrackView> track(String trackingCode, String secret) {
        String code = TrackingCodes.normaliseCode(trackingCode);
        if (code.length() > 20 || TextRules.hasForbidden(code, false) || TextRules.hasForbidden(secret, false)) {
            return Optional.empty();
        }
        return requests.findByTrackingCode(code)
                .filter(r -> TrackingCodes.matches(secret, r.intake().secretHash()))
                .map(this::trackView);
    }

    /**
     * The applicant's view of a case whose code and secret were already proven in this session (through
     * {@link #track}); the caller keeps that proof.
     */
    public Optional<TrackView> tracked(long requestId) {
        return requests.find(requestId).map(this::trackView);
    }

    private TrackView trackView(DisclosureRequest r) {
        long id = r.intake().id();
        return new TrackView(
                id,
                r.intake().trackingCode(),
                r.intake().unitCode(),
                r.status(),
                r.state().receiptDate(),
                r.dueDate(),
                r.state().clock() != null && r.state().clock().isPaused(),
                letters.forRequest(id).stream().filter(Letter::released).toList(),
                files.forRequest(id).stream().filter(StoredAttachment::released).toList(),
                r.state(),
                requests.history(id),
                r.state().fee() == null
                        ? null
                        : caseLetters.settingsFor(r.intake().unitCode()).feePayment());
    }

    public Optional<Letter> letter(long id) {
        return letters.find(id);
    }

    public Optional<StoredAttachment> attachment(long id) {
        return files.find(id);
    }

    public byte[] attachmentContent(long id) {
        return files.content(id);
    }
}

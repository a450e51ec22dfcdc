package org.gongkai.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.periods.ReportingPeriodLocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff actions on catalogue items. Each checks who may act (own units only; auditors read only), changes the
 * item through its guarded transitions, records the change in the audit log and announces it.
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class) // refusals are checked before any change, and audited
public class CatalogWorkflow {

    static final String ENTITY = "catalog_item";

    private final CatalogRepository items;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ReportingPeriodLocks locks;

    CatalogWorkflow(
            CatalogRepository items,
            UnitDirectory units,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            ReportingPeriodLocks locks) {
        this.items = items;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.locks = locks;
    }

    /** Publications, withdrawals and validity changes count in a year's annual report: not once it is published. */
    private void requireOpenYear(String unitCode, int year) {
        locks.requireOpen(unitCode, year);
    }

    public CatalogItem create(StaffMember staff, ItemContent content) {
        requireChanger(staff);
        units.require(content.unitCode());
        requireUnit(staff, content.unitCode());
        content.validate(today());
        CatalogItem item = items.insert(CatalogItem.draft(content, staff.username()));
        record(staff, "catalog.create", item, null, content.title());
        return item;
    }

    public CatalogItem revise(StaffMember staff, long id, ItemContent content) {
        CatalogItem item = change(staff, id);
        content.validate(today());
        item.revise(content);
        items.update(item);
        record(staff, "catalog.revise", item, null, content.title());
        return item;
    }

    public CatalogItem submit(StaffMember staff, long id) {
        CatalogItem item = change(staff, id);
        item.submit();
        items.update(item);
        record(staff, "catalog.submit", item, null, null);
        return item;
    }

    /**
     * The secrecy review (保密审查) passes: the item is published on {@code publishedOn} (today when null) under the
     * next index number of its unit and year. A back-dated publication date records an item published before the
     * platform was used; it cannot be in the future or before the item was written.
     */
    public CatalogItem approve(StaffMember staff, long id, String note, LocalDate publishedOn) {
        CatalogItem item = change(staff, id);
        LocalDate on = publishedOn == null ? today() : publishedOn;
        if (on.isAfter(today()) || on.isBefore(item.content().writtenOn())) {
            throw InvalidInputException.of("publishedOn", "catalog.error.published-date");
        }
        if (item.status() != ItemStatus.PENDING_REVIEW) {
            throw new ConflictException("catalog.error.not-pending");
        }
        if (staff.username().equals(item.author())) {
            throw new ForbiddenException("catalog.error.own-review");
        }
        requireOpenYear(item.unitCode(), on.getYear());
        IndexNumber number =
                new IndexNumber(item.unitCode(), on.getYear(), items.nextSerial(item.unitCode(), on.getYear()));
        item.approve(staff.username(), Instant.now(clock), on, number, blankToNull(note));
        items.update(item);
        record(staff, "catalog.approve", item, note, number.toString());
        events.publishEvent(new CatalogItemChanged(item.id()));
        return item;
    }

    public CatalogItem sendBack(StaffMember staff, long id, String note) {
        CatalogItem item = change(staff, id);
        item.sendBack(staff.username(), Instant.now(clock), note);
        items.update(item);
        record(staff, "catalog.send-back", item, note, null);
        return item;
    }

    public CatalogItem withdraw(StaffMember staff, long id, String reason) {
        CatalogItem item = change(staff, id);
        if (item.publishedOn() != null) {
            requireOpenYear(item.unitCode(), item.publishedOn().getYear());
        }
        item.withdraw(reason);
        items.update(item);
        record(staff, "catalog.withdraw", item, reason, item.indexNumber().toString());
        events.publishEvent(new CatalogItemChanged(item.id()));
        return item;
    }

    public CatalogItem endValidity(StaffMember staff, long id, Validity validity, LocalDate on, String repealedBy) {
        CatalogItem item = change(staff, id);
        if (on != null) {
            requireOpenYear(item.unitCode(), on.getYear());
        }
        item.endValidity(validity, on, repealedBy, today());
        items.update(item);
        record(staff, "catalog.validity", item, repealedBy, validity + " " + on);
        events.publishEvent(new CatalogItemChanged(item.id()));
        return item;
    }

    /** Links a published interpretation to the document it explains; both pages then point to each other. */
    public void linkInterpretation(StaffMember staff, long documentId, long interpretationId) {
        CatalogItem document = change(staff, documentId);
        CatalogItem interpretation = change(staff, interpretationId);
        if (interpretation.content().docType() != DocumentType.INTERPRETATION
                || document.content().docType() == DocumentType.INTERPRETATION) {
            throw InvalidInputException.of("interpretationId", "catalog.error.not-interpretation");
        }
        if (items.interpretationsOf(documentId).stream().anyMatch(i -> i.id() == interpretationId)) {
            return;
        }
        items.link(documentId, interpretationId);
        record(staff, "catalog.link-interpretation", document, null, "interpretation " + interpretationId);
        events.publishEvent(new CatalogItemChanged(documentId));
        events.publishEvent(new CatalogItemChanged(interpretationId));
    }

    /** Attaches a PDF or DOCX; its text is extracted for search. */
    public Attachment attach(StaffMember staff, long id, String filename, byte[] content) {
        CatalogItem item = change(staff, id);
        if (item.status() == ItemStatus.WITHDRAWN) {
            throw new ConflictException("catalog.error.withdrawn");
        }
        AttachmentReader.Read read = AttachmentReader.read(filename, content);
        Attachment a = new Attachment(
                null,
                id,
                read.filename(),
                read.mediaType(),
                content.length,
                content,
                read.text(),
                staff.username(),
                Instant.now(clock));
        long attachmentId = items.addAttachment(a);
        record(staff, "catalog.attach", item, null, read.filename());
        events.publishEvent(new CatalogItemChanged(id));
        return new Attachment(
                attachmentId,
                id,
                a.filename(),
                a.mediaType(),
                a.sizeBytes(),
                null,
                a.extractedText(),
                a.uploadedBy(),
                a.uploadedAt());
    }

    /** Loads an item the staff member may change. */
    private CatalogItem change(StaffMember staff, long id) {
        requireChanger(staff);
        return load(staff, id);
    }

    /** Loads an item the staff member may see; a refusal is audited. */
    public CatalogItem load(StaffMember staff, long id) {
        CatalogItem item = items.find(id).orElseThrow(() -> new NotFoundException("catalog.error.not-found", id));
        if (!units.maySee(staff, item.unitCode())) {
            throw new ForbiddenException(Refusal.of("catalog.view", ENTITY, id, item.unitCode()), "error.forbidden");
        }
        return item;
    }

    private void requireUnit(StaffMember staff, String unitCode) {
        if (!units.maySee(staff, unitCode)) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    private static void requireChanger(StaffMember staff) {
        if (!staff.mayChange()) {
            throw new ForbiddenException("catalog.error.read-only");
        }
    }

    private void record(StaffMember staff, String action, CatalogItem item, String reason, String detail) {
        audit.record(AuditEvent.by(staff.username(), action)
                .on(ENTITY, Long.toString(item.id()))
                .inUnit(item.unitCode())
                .because(reason)
                .detail(detail));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

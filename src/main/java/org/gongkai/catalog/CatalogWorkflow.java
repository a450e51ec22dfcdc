package org.gongkai.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.LimitProperties;
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
 * Staff actions on catalogue items. Each loads the item (own units only; a refusal is audited), applies the item's
 * guarded transition ({@link CatalogItem#allowedSteps}), stores it with its history, writes the audit log and
 * announces the change.
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
    private final LimitProperties limits;
    private final CatalogColumns columns;

    CatalogWorkflow(
            CatalogRepository items,
            UnitDirectory units,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            ReportingPeriodLocks locks,
            LimitProperties limits,
            CatalogColumns columns) {
        this.items = items;
        this.columns = columns;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.locks = locks;
        this.limits = limits;
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
        columns.requireKnown(content);
        CatalogItem draft = CatalogItem.draft(content, staff, now());
        List<CatalogItemEvent> steps = draft.pendingEvents();
        return audited(items.insert(draft), steps);
    }

    public CatalogItem revise(StaffMember staff, long id, ItemContent content) {
        CatalogItem item = change(staff, id);
        content.validate(today());
        columns.requireKnown(content);
        item.revise(staff, now(), content);
        return save(item);
    }

    public CatalogItem submit(StaffMember staff, long id) {
        CatalogItem item = change(staff, id);
        item.submit(staff, now());
        return save(item);
    }

    /**
     * The secrecy review (保密审查) passes: the item is published on {@code publishedOn} (today when null) under the
     * next index number of its unit and year, unless that year's annual report is published. Interpretations and
     * their documents go out together (同步): an interpretation whose document is not yet published waits, approved;
     * a document waits for the interpretations drafted with it to pass their review, and its publication publishes
     * them in the same transaction.
     */
    public CatalogItem approve(StaffMember staff, long id, String note, LocalDate publishedOn) {
        CatalogItem item = change(staff, id);
        LocalDate on = publishedOn == null ? today() : publishedOn;
        if (awaitsDocument(item)) {
            item.approveToAwaitDocument(staff, now(), blankToNull(note));
            return save(item);
        }
        List<CatalogItem> together = items.interpretationsOf(id);
        if (item.allowedSteps(staff).contains(CatalogStep.APPROVE)
                && together.stream().anyMatch(i -> UNREVIEWED.contains(i.status()))) {
            throw new ConflictException("catalog.error.interpretation-unreviewed");
        }
        item.approve(staff, now(), on, today(), blankToNull(note), year -> number(item, year));
        announce(save(item));
        for (CatalogItem interpretation : together) {
            if (interpretation.status() == ItemStatus.APPROVED) {
                interpretation.publishWithDocument(
                        staff, now(), item.publishedOn(), year -> number(interpretation, year));
                announce(save(interpretation));
            }
        }
        return item;
    }

    private static final Set<ItemStatus> UNREVIEWED = Set.of(ItemStatus.DRAFT, ItemStatus.PENDING_REVIEW);

    /** An interpretation explaining a document that has not passed its own review yet. */
    private boolean awaitsDocument(CatalogItem item) {
        return item.content().docType() == DocumentType.INTERPRETATION
                && item.status() == ItemStatus.PENDING_REVIEW
                && items.documentsExplainedBy(item.id()).stream()
                        .anyMatch(d -> UNREVIEWED.contains(d.status()) || d.status() == ItemStatus.APPROVED);
    }

    private IndexNumber number(CatalogItem item, int year) {
        requireOpenYear(item.unitCode(), year);
        return new IndexNumber(item.unitCode(), year, items.nextSerial(item.unitCode(), year));
    }

    public CatalogItem sendBack(StaffMember staff, long id, String note) {
        CatalogItem item = change(staff, id);
        item.sendBack(staff, now(), note);
        return save(item);
    }

    public CatalogItem withdraw(StaffMember staff, long id, String reason) {
        CatalogItem item = change(staff, id);
        if (item.publishedOn() != null) {
            requireOpenYear(item.unitCode(), item.publishedOn().getYear());
        }
        item.withdraw(staff, now(), reason);
        return announce(save(item));
    }

    public CatalogItem endValidity(StaffMember staff, long id, Validity validity, LocalDate on, String repealedBy) {
        CatalogItem item = change(staff, id);
        if (on != null) {
            requireOpenYear(item.unitCode(), on.getYear());
        }
        item.endValidity(staff, now(), validity, on, repealedBy, today());
        return announce(save(item));
    }

    /**
     * Links an interpretation to the document it explains; both pages then point to each other. Linked while both
     * are drafts, they are published together.
     */
    public void linkInterpretation(StaffMember staff, long documentId, long interpretationId) {
        CatalogItem document = change(staff, documentId);
        CatalogItem interpretation = change(staff, interpretationId);
        if (items.interpretationsOf(documentId).stream().anyMatch(i -> i.id() == interpretationId)) {
            return;
        }
        document.linkInterpretation(staff, now(), interpretation);
        items.link(documentId, interpretationId);
        announce(save(document));
        events.publishEvent(new CatalogItemChanged(interpretationId));
    }

    /** Attaches a PDF or DOCX; its text is extracted for search. */
    public Attachment attach(StaffMember staff, long id, String filename, byte[] content) {
        CatalogItem item = change(staff, id);
        AttachmentReader.Read read = AttachmentReader.read(filename, content);
        return store(item, staff, read.filename(), read.mediaType(), content, read.text(), null);
    }

    /**
     * Attaches an interpretation's image, video or sound with its text alternative: the type by content must suit
     * the form (images for graphic, video for video, sound for audio; images for any), within the size limit.
     */
    public Attachment attachMedia(StaffMember staff, long id, String filename, byte[] content, String description) {
        CatalogItem item = change(staff, id);
        if (item.content().docType() != DocumentType.INTERPRETATION) {
            throw InvalidInputException.of("file", "catalog.error.media-not-interpretation");
        }
        MediaReader.Read read = MediaReader.read(
                item.content().interpretationForm(),
                filename,
                content,
                description,
                limits.interpretationMedia().toBytes());
        return store(
                item, staff, read.filename(), read.type().mediaType(), content, read.description(), read.description());
    }

    private Attachment store(
            CatalogItem item,
            StaffMember staff,
            String filename,
            String mediaType,
            byte[] content,
            String text,
            String description) {
        item.attach(staff, now(), filename);
        Attachment a = new Attachment(
                null,
                item.id(),
                filename,
                mediaType,
                content.length,
                content,
                text,
                staff.username(),
                now(),
                description);
        long attachmentId = items.addAttachment(a);
        announce(save(item));
        return new Attachment(
                attachmentId,
                item.id(),
                filename,
                mediaType,
                a.sizeBytes(),
                null,
                text,
                a.uploadedBy(),
                a.uploadedAt(),
                description);
    }

    /** Stores the item with its new history and writes each step to the audit log. */
    private CatalogItem save(CatalogItem item) {
        List<CatalogItemEvent> steps = item.pendingEvents();
        items.update(item);
        return audited(item, steps);
    }

    private CatalogItem audited(CatalogItem item, List<CatalogItemEvent> steps) {
        for (CatalogItemEvent e : steps) {
            audit.record(AuditEvent.by(e.actor(), "catalog." + e.action())
                    .on(ENTITY, Long.toString(item.id()))
                    .inUnit(item.unitCode())
                    .because(e.reason())
                    .detail(e.detail()));
        }
        return item;
    }

    private CatalogItem announce(CatalogItem item) {
        events.publishEvent(new CatalogItemChanged(item.id()));
        return item;
    }

    /** Loads an item to change; whether this staff member may take the step is the item's policy. */
    private CatalogItem change(StaffMember staff, long id) {
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

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

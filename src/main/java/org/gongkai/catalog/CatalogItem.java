package org.gongkai.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;

/**
 * A catalogue item (主动公开目录条目) and its life cycle: a draft is submitted for the pre-publication secrecy
 * review (保密审查), approved by a second person — which publishes it under a new index number — or sent back;
 * a published item can be withdrawn, and a regulation or normative document can lose its validity. Every step is
 * a guarded transition ({@link #allowedSteps}) recorded with who, when and why ({@link CatalogItemEvent}).
 */
public final class CatalogItem {

    private final Long id;
    private ItemContent content;
    private ItemStatus status;
    private final String author;
    private String reviewer;
    private Instant reviewedAt;
    private String reviewNote;
    private IndexNumber indexNumber;
    private LocalDate publishedOn;
    private Validity validity;
    private LocalDate validityChangedOn;
    private String repealedBy;
    private String withdrawnReason;
    private final List<CatalogItemEvent> newEvents = new ArrayList<>();

    private CatalogItem(Long id, ItemContent content, ItemStatus status, String author) {
        this.id = id;
        this.content = content;
        this.status = status;
        this.author = author;
    }

    /** A new draft written by {@code author} at {@code at}. */
    public static CatalogItem draft(ItemContent content, StaffMember author, Instant at) {
        CatalogItem item = new CatalogItem(null, content, ItemStatus.DRAFT, author.username());
        item.newEvents.add(
                new CatalogItemEvent("create", author.username(), at, null, ItemStatus.DRAFT, null, content.title()));
        return item;
    }

    /**
     * An item published on the old website, brought over as it was (迁移): published on its own date under the
     * index number it had (or a new one), with its validity; the importer is recorded as author and reviewer, and
     * its history starts with the import.
     */
    static CatalogItem imported(ImportedItem row, IndexNumber number, StaffMember importer, Instant at, String source) {
        CatalogItem item = new CatalogItem(null, row.content(), ItemStatus.PUBLISHED, importer.username());
        item.reviewer = importer.username();
        item.reviewedAt = at;
        item.indexNumber = number;
        item.publishedOn = row.publishedOn();
        item.validity = row.validity();
        item.validityChangedOn = row.validityChangedOn();
        item.repealedBy = row.repealedBy();
        item.newEvents.add(new CatalogItemEvent(
                "import", importer.username(), at, null, ItemStatus.PUBLISHED, null, source + " · " + number));
        return item;
    }

    /** Rebuilds a stored item (persistence only). */
    public static CatalogItem restore(
            long id,
            ItemContent content,
            ItemStatus status,
            String author,
            String reviewer,
            Instant reviewedAt,
            String reviewNote,
            IndexNumber indexNumber,
            LocalDate publishedOn,
            Validity validity,
            LocalDate validityChangedOn,
            String repealedBy,
            String withdrawnReason) {
        CatalogItem item = new CatalogItem(id, content, status, author);
        item.reviewer = reviewer;
        item.reviewedAt = reviewedAt;
        item.reviewNote = reviewNote;
        item.indexNumber = indexNumber;
        item.publishedOn = publishedOn;
        item.validity = validity;
        item.validityChangedOn = validityChangedOn;
        item.repealedBy = repealedBy;
        item.withdrawnReason = withdrawnReason;
        return item;
    }

    /** Copies the item with its database id. */
    CatalogItem withId(long newId) {
        CatalogItem copy = restore(
                newId,
                content,
                status,
                author,
                reviewer,
                reviewedAt,
                reviewNote,
                indexNumber,
                publishedOn,
                validity,
                validityChangedOn,
                repealedBy,
                withdrawnReason);
        copy.newEvents.addAll(newEvents);
        return copy;
    }

    /**
     * The steps {@code actor} may take now: those the item's status allows that the actor has the authority for
     * (auditors only read; the author does not review their own item). The console item page shows exactly these;
     * each transition checks the same policy.
     */
    public Set<CatalogStep> allowedSteps(StaffMember actor) {
        EnumSet<CatalogStep> allowed = EnumSet.noneOf(CatalogStep.class);
        for (CatalogStep step : CatalogStep.values()) {
            if (refusal(step, actor) == null) {
                allowed.add(step);
            }
        }
        return allowed;
    }

    void revise(StaffMember by, Instant at, ItemContent newContent) {
        require(CatalogStep.REVISE, by);
        if (!newContent.unitCode().equals(content.unitCode())) {
            throw new ConflictException("catalog.error.unit-fixed");
        }
        this.content = newContent;
        record(CatalogStep.REVISE, by, at, null, newContent.title());
    }

    void submit(StaffMember by, Instant at) {
        require(CatalogStep.SUBMIT, by);
        reviewNote = null;
        transition(CatalogStep.SUBMIT, by, at, ItemStatus.PENDING_REVIEW, null, null);
    }

    /**
     * The secrecy review passes and the item is published on {@code on} under the number {@code numbering} gives
     * for that year (taken only once every check passed). The author may not approve their own item: the review
     * needs a second person (保密审查). A back-dated publication date records an item published before the
     * platform was used; it cannot be in the future or before the item was written.
     */
    void approve(
            StaffMember by,
            Instant at,
            LocalDate on,
            LocalDate today,
            String note,
            IntFunction<IndexNumber> numbering) {
        require(CatalogStep.APPROVE, by);
        if (on.isAfter(today) || on.isBefore(content.writtenOn())) {
            throw InvalidInputException.of("publishedOn", "catalog.error.published-date");
        }
        IndexNumber number = numbering.apply(on.getYear());
        reviewer = by.username();
        reviewedAt = at;
        reviewNote = note;
        indexNumber = number;
        publishedOn = on;
        if (content.docType().hasValidity()) {
            validity = Validity.VALID;
        }
        transition(CatalogStep.APPROVE, by, at, ItemStatus.PUBLISHED, note, number.toString());
    }

    /**
     * The secrecy review of an interpretation passes while the document it explains is not yet published: it
     * waits, approved, to be published with the document ({@link #publishWithDocument}).
     */
    void approveToAwaitDocument(StaffMember by, Instant at, String note) {
        require(CatalogStep.APPROVE, by);
        reviewer = by.username();
        reviewedAt = at;
        reviewNote = note;
        ItemStatus from = status;
        status = ItemStatus.APPROVED;
        newEvents.add(new CatalogItemEvent("approve-held", by.username(), at, from, status, note, null));
    }

    /** Published together with the document it explains, on the document's date, under its own index number. */
    void publishWithDocument(StaffMember by, Instant at, LocalDate on, IntFunction<IndexNumber> numbering) {
        require(CatalogStep.PUBLISH_WITH_DOCUMENT, by);
        IndexNumber number = numbering.apply(on.getYear());
        indexNumber = number;
        publishedOn = on;
        if (content.docType().hasValidity()) {
            validity = Validity.VALID;
        }
        transition(CatalogStep.PUBLISH_WITH_DOCUMENT, by, at, ItemStatus.PUBLISHED, null, number.toString());
    }

    void sendBack(StaffMember by, Instant at, String note) {
        require(CatalogStep.SEND_BACK, by);
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "catalog.error.note-required");
        }
        reviewer = by.username();
        reviewedAt = at;
        reviewNote = note.strip();
        transition(CatalogStep.SEND_BACK, by, at, ItemStatus.DRAFT, reviewNote, null);
    }

    void withdraw(StaffMember by, Instant at, String reason) {
        require(CatalogStep.WITHDRAW, by);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "catalog.error.reason-required");
        }
        withdrawnReason = reason.strip();
        transition(CatalogStep.WITHDRAW, by, at, ItemStatus.WITHDRAWN, withdrawnReason, indexNumber.toString());
    }

    /** A regulation or normative document expires (失效) or is repealed (废止) on a date. */
    void endValidity(
            StaffMember by, Instant at, Validity newValidity, LocalDate on, String repealingDocument, LocalDate today) {
        require(CatalogStep.END_VALIDITY, by);
        if (newValidity == null || newValidity == Validity.VALID) {
            throw InvalidInputException.of("validity", "catalog.error.validity-choice");
        }
        if (on == null || on.isAfter(today) || on.isBefore(publishedOn)) {
            throw InvalidInputException.of("on", "catalog.error.validity-date");
        }
        if (newValidity == Validity.REPEALED && (repealingDocument == null || repealingDocument.isBlank())) {
            throw InvalidInputException.of("repealedBy", "catalog.error.repealed-by-required");
        }
        validity = newValidity;
        validityChangedOn = on;
        repealedBy = repealingDocument == null || repealingDocument.isBlank() ? null : repealingDocument.strip();
        record(CatalogStep.END_VALIDITY, by, at, repealedBy, newValidity + " " + on);
    }

    /** Links a published interpretation to this document; the link itself is stored by the repository. */
    void linkInterpretation(StaffMember by, Instant at, CatalogItem interpretation) {
        require(CatalogStep.LINK_INTERPRETATION, by);
        if (interpretation.content().docType() != DocumentType.INTERPRETATION) {
            throw InvalidInputException.of("interpretationId", "catalog.error.not-interpretation");
        }
        record(CatalogStep.LINK_INTERPRETATION, by, at, null, interpretation.title());
    }

    /** Records an attachment (stored by the repository) on an item that is not withdrawn. */
    void attach(StaffMember by, Instant at, String filename) {
        require(CatalogStep.ATTACH, by);
        record(CatalogStep.ATTACH, by, at, null, filename);
    }

    private void require(CatalogStep step, StaffMember actor) {
        RuntimeException refused = refusal(step, actor);
        if (refused != null) {
            throw refused;
        }
    }

    /** Why {@code actor} may not take the step now, or null: authority first (403), then the item (409, 400). */
    private RuntimeException refusal(CatalogStep step, StaffMember actor) {
        if (!actor.mayChange()) {
            return new ForbiddenException("catalog.error.read-only");
        }
        if (step.isReview() && actor.username().equals(author)) {
            return new ForbiddenException("catalog.error.own-review");
        }
        if (!step.from().contains(status)) {
            return new ConflictException(
                    switch (step) {
                        case REVISE -> "catalog.error.only-drafts-editable";
                        case SUBMIT -> "catalog.error.not-draft";
                        case APPROVE, SEND_BACK -> "catalog.error.not-pending";
                        case PUBLISH_WITH_DOCUMENT -> "catalog.error.not-approved";
                        case WITHDRAW -> "catalog.error.not-published";
                        case END_VALIDITY -> "catalog.error.no-validity";
                        case LINK_INTERPRETATION -> "catalog.error.link-withdrawn";
                        case ATTACH -> "catalog.error.withdrawn";
                    });
        }
        return switch (step) {
            case END_VALIDITY ->
                !content.docType().hasValidity()
                        ? new ConflictException("catalog.error.no-validity")
                        : validity != Validity.VALID ? new ConflictException("catalog.error.already-ended") : null;
            case LINK_INTERPRETATION ->
                content.docType() == DocumentType.INTERPRETATION
                        ? InvalidInputException.of("interpretationId", "catalog.error.not-interpretation")
                        : null;
            default -> null;
        };
    }

    private void transition(CatalogStep step, StaffMember by, Instant at, ItemStatus to, String reason, String detail) {
        ItemStatus from = status;
        status = to;
        newEvents.add(new CatalogItemEvent(step.action(), by.username(), at, from, to, reason, detail));
    }

    private void record(CatalogStep step, StaffMember by, Instant at, String reason, String detail) {
        newEvents.add(new CatalogItemEvent(step.action(), by.username(), at, null, status, reason, detail));
    }

    /** Steps since the item was loaded, not yet stored. */
    public List<CatalogItemEvent> pendingEvents() {
        return List.copyOf(newEvents);
    }

    /** Steps since the item was loaded, to be stored with it; clears them. */
    public List<CatalogItemEvent> drainEvents() {
        List<CatalogItemEvent> out = List.copyOf(newEvents);
        newEvents.clear();
        return out;
    }

    /** Published proactively: visible on the portal, in search and in feeds. */
    public boolean isPublic() {
        return status == ItemStatus.PUBLISHED && content.mode() == DisclosureMode.PROACTIVE;
    }

    /** Whether the item is in force on a date (only meaningful for regulations and normative documents). */
    public boolean inForceOn(LocalDate date) {
        if (validity == null || publishedOn == null || publishedOn.isAfter(date)) {
            return false;
        }
        return validity.inForce() || validityChangedOn.isAfter(date);
    }

    public Long id() {
        return id;
    }

    public ItemContent content() {
        return content;
    }

    public ItemStatus status() {
        return status;
    }

    public String author() {
        return author;
    }

    public String reviewer() {
        return reviewer;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public IndexNumber indexNumber() {
        return indexNumber;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Validity validity() {
        return validity;
    }

    public LocalDate validityChangedOn() {
        return validityChangedOn;
    }

    public String repealedBy() {
        return repealedBy;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public String unitCode() {
        return content.unitCode();
    }

    public String title() {
        return content.title();
    }
}

package org.gongkai.catalog;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;

/**
 * A catalogue item (主动公开目录条目) and its life cycle: a draft is submitted for the pre-publication secrecy
 * review (保密审查), approved by a second person — which publishes it under a new index number — or sent back;
 * a published item can be withdrawn, and a regulation or normative document can lose its validity.
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

    private CatalogItem(Long id, ItemContent content, ItemStatus status, String author) {
        this.id = id;
        this.content = content;
        this.status = status;
        this.author = author;
    }

    /** A new draft written by {@code author}. */
    public static CatalogItem draft(ItemContent content, String author) {
        return new CatalogItem(null, content, ItemStatus.DRAFT, author);
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
        return restore(
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
    }

    void revise(ItemContent newContent) {
        if (status != ItemStatus.DRAFT) {
            throw new ConflictException("catalog.error.only-drafts-editable");
        }
        if (!newContent.unitCode().equals(content.unitCode())) {
            throw new ConflictException("catalog.error.unit-fixed");
        }
        this.content = newContent;
    }

    void submit() {
        if (status != ItemStatus.DRAFT) {
            throw new ConflictException("catalog.error.not-draft");
        }
        status = ItemStatus.PENDING_REVIEW;
        reviewNote = null;
    }

    /**
     * The secrecy review passes and the item is published under {@code number}. The author may not approve their
     * own item: the review needs a second person (保密审查).
     */
    void approve(String by, Instant at, LocalDate on, IndexNumber number, String note) {
        if (status != ItemStatus.PENDING_REVIEW) {
            throw new ConflictException("catalog.error.not-pending");
        }
        if (by.equals(author)) {
            throw new ForbiddenException("catalog.error.own-review");
        }
        status = ItemStatus.PUBLISHED;
        reviewer = by;
        reviewedAt = at;
        reviewNote = note;
        indexNumber = number;
        publishedOn = on;
        if (content.docType().hasValidity()) {
            validity = Validity.VALID;
        }
    }

    void sendBack(String by, Instant at, String note) {
        if (status != ItemStatus.PENDING_REVIEW) {
            throw new ConflictException("catalog.error.not-pending");
        }
        if (by.equals(author)) {
            throw new ForbiddenException("catalog.error.own-review");
        }
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "catalog.error.note-required");
        }
        status = ItemStatus.DRAFT;
        reviewer = by;
        reviewedAt = at;
        reviewNote = note.strip();
    }

    void withdraw(String reason) {
        if (status != ItemStatus.PUBLISHED) {
            throw new ConflictException("catalog.error.not-published");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "catalog.error.reason-required");
        }
        status = ItemStatus.WITHDRAWN;
        withdrawnReason = reason.strip();
    }

    /** A regulation or normative document expires (失效) or is repealed (废止) on a date. */
    void endValidity(Validity newValidity, LocalDate on, String repealingDocument, LocalDate today) {
        if (status != ItemStatus.PUBLISHED || !content.docType().hasValidity()) {
            throw new ConflictException("catalog.error.no-validity");
        }
        if (validity != Validity.VALID) {
            throw new ConflictException("catalog.error.already-ended");
        }
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

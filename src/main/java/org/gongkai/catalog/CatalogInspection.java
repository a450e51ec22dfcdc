package org.gongkai.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the disclosure office's self-inspection reads from the catalogue, each question answered in one set-based
 * query over the units given (published proactive items only, unless said otherwise).
 */
public interface CatalogInspection {

    /** A published item as evidence: its id, unit, title, when written and published. */
    record ItemRef(long id, String unitCode, String title, LocalDate writtenOn, LocalDate publishedOn) {}

    /** A unit's column: how many items are published in it now and the latest publication date (null if none). */
    record ColumnActivity(String unitCode, String column, long published, LocalDate lastPublished) {}

    /** A standard-catalogue entry (标准目录事项) of a unit. */
    record EntryRef(long id, String unitCode, String title) {}

    /** An item with the text of its body and attachments, to look for personal numbers in. */
    record ItemText(ItemRef item, String text) {}

    /** Every column of these units that has ever held an item. */
    List<ColumnActivity> columns(Collection<String> units);

    /** Items published at least {@code minDays} calendar days after they were written (a superset to refine). */
    List<ItemRef> publishedAfter(Collection<String> units, int minDays);

    /**
     * Valid regulations, normative documents and policies without an interpretation, or whose interpretation
     * was published later than the document itself; {@code interpretedLate} tells which.
     */
    record Uninterpreted(ItemRef item, boolean interpretedLate) {}

    List<Uninterpreted> withoutSynchronousInterpretation(Collection<String> units);

    /** Items whose body or attachment text holds a run of at least 11 digits (candidates for ID or mobile numbers). */
    List<ItemText> withLongDigitRuns(Collection<String> units);

    /** Items whose body refers to an attachment (附件) while none is attached. */
    List<ItemRef> attachmentMissing(Collection<String> units);

    /** Standard-catalogue entries under which nothing is published. */
    List<EntryRef> entriesWithNothingPublished(Collection<String> units);

    /** Items whose body contains {@code text} (such as the portal's path), with their body, to look for links in. */
    List<ItemText> bodiesContaining(Collection<String> units, String text);

    /** Of these index numbers, those of items the portal shows (published, proactive). */
    Set<String> publicIndexNumbers(Collection<String> indexNumbers);

    /** Of these attachment ids, those the portal serves: stored with their content, of an item the portal shows. */
    Set<Long> servedAttachments(Collection<Long> attachmentIds);

    /** An attachment of a published item whose stored file is missing (no content, or less than its recorded size). */
    record AttachmentRef(ItemRef item, long attachmentId, String filename) {}

    List<AttachmentRef> attachmentsWithoutContent(Collection<String> units);
}

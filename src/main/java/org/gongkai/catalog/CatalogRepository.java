package org.gongkai.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where catalogue items, their attachments and their interpretation links are kept. */
public interface CatalogRepository {

    /** Stores a new item with its first history entry; returns it with its id. */
    CatalogItem insert(CatalogItem item);

    /** Stores the changed item and appends its new history entries. */
    void update(CatalogItem item);

    /** Stores an item imported as published, with every field and its history; returns its id. */
    long insertImported(CatalogItem item);

    /** Moves a unit's index-number sequence of a year past {@code serial}, so an imported number is never given. */
    void reserveSerial(String unitCode, int year, int serial);

    /** Which of these index numbers the catalogue already holds. */
    java.util.Set<String> existingIndexNumbers(Collection<String> indexNumbers);

    /** The item's history, oldest first. */
    List<CatalogItemEvent> history(long itemId);

    Optional<CatalogItem> find(long id);

    Optional<CatalogItem> findByIndexNumber(String indexNumber);

    /** The next serial of a unit's index numbers in a year; never returns the same number twice. */
    int nextSerial(String unitCode, int year);

    Page<CatalogItem> list(ItemFilter filter);

    void link(long documentId, long interpretationId);

    List<CatalogItem> interpretationsOf(long documentId);

    List<CatalogItem> documentsExplainedBy(long interpretationId);

    /** Published documents that need an interpretation and have none, in these units. */
    List<CatalogItem> lackingInterpretation(Collection<String> unitCodes, int limit);

    long addAttachment(Attachment attachment);

    /** Attachments of an item, without their content. */
    List<Attachment> attachments(long itemId);

    Optional<Attachment> attachment(long attachmentId);

    /** Public items in id order, in batches. */
    void forEachPublic(Consumer<CatalogItem> consumer);

    long countPublic();

    /** Public items per catalogue column of a unit (all units when null). */
    List<ColumnCount> publicColumns(String unitCode);

    /** Public items per unit code. */
    List<ColumnCount> publicUnits();

    /** Public items per Article 20 item. */
    List<ColumnCount> publicArticle20Items();
}

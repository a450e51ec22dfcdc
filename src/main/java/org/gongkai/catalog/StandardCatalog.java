package org.gongkai.catalog;

import java.util.List;
import java.util.Optional;

/** Where the standard catalogue entries and the disclosure offices' contacts are kept. */
public interface StandardCatalog {

    StandardEntry add(StandardEntry entry);

    List<StandardEntry> entries(String area);

    Optional<StandardEntry> find(long id);

    /** Every entry, by area and id. */
    List<StandardEntry> all();

    /** Public items published under an entry, newest first. */
    List<CatalogItem> publishedUnder(long entryId, int limit);

    /** Public items under each entry: entry id → count. */
    java.util.Map<Long, Long> publishedCounts();

    /** The newest publication date of a public item of each unit under each entry: "unit/entry" → date. */
    java.util.Map<String, java.time.LocalDate> lastPublished();

    /** Areas with the number of entries each has. */
    List<ColumnCount> areas();

    void saveOffice(DisclosureOffice office);

    Optional<DisclosureOffice> office(String unitCode);

    List<DisclosureOffice> offices();
}

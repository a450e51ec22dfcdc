package org.gongkai.catalog;

import java.util.List;
import java.util.Optional;

/** Where the standard catalogue entries and the disclosure offices' contacts are kept. */
public interface StandardCatalog {

    StandardEntry add(StandardEntry entry);

    List<StandardEntry> entries(String area);

    Optional<StandardEntry> find(long id);

    /** Areas with the number of entries each has. */
    List<ColumnCount> areas();

    void saveOffice(DisclosureOffice office);

    Optional<DisclosureOffice> office(String unitCode);

    List<DisclosureOffice> offices();
}

package org.gongkai.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the column trees are kept (table {@code catalog_column}). */
public interface ColumnStore {

    /** Every column of a government (active or not), by parent, sort order and name. */
    List<CatalogColumn> all(String governmentCode);

    Optional<CatalogColumn> find(long id);

    Optional<CatalogColumn> findByName(String governmentCode, String name);

    /** Saves a column's name, parent and whether it is active. */
    void update(CatalogColumn column);

    /** Items of these units named by column {@code from} are named {@code to}; returns their ids. */
    List<Long> renameInItems(Set<String> unitCodes, String from, String to);

    long insert(String governmentCode, Long parentId, String name, ColumnKind kind, String description);
}

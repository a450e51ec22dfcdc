package org.gongkai.catalog;

import java.util.List;
import java.util.Optional;

/** Where the column trees are kept (table {@code catalog_column}). */
public interface ColumnStore {

    /** Every column of a government (active or not), by parent, sort order and name. */
    List<CatalogColumn> all(String governmentCode);

    Optional<CatalogColumn> find(long id);

    Optional<CatalogColumn> findByName(String governmentCode, String name);

    long insert(String governmentCode, Long parentId, String name, ColumnKind kind, String description);
}

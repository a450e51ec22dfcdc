package org.gongkai.catalog;

/** A column of a government's catalogue tree; items name it by {@link #name}. */
public record CatalogColumn(
        long id,
        String governmentCode,
        Long parentId,
        String name,
        ColumnKind kind,
        String description,
        int sortOrder,
        boolean active) {

    /** A column with its depth in the tree (0 at the top), in tree order. */
    public record Node(CatalogColumn column, int depth) {}

    public boolean isTopic() {
        return kind == ColumnKind.TOPIC;
    }
}

package org.gongkai.catalog;

/** An item was published, changed or withdrawn: the search index and feeds follow once the change commits. */
public record CatalogItemChanged(long itemId) {}

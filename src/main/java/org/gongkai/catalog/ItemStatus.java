package org.gongkai.catalog;

/** Where a catalogue item stands in its life: drafted, waiting for the secrecy review, published or withdrawn. */
public enum ItemStatus {
    DRAFT,
    PENDING_REVIEW,
    PUBLISHED,
    WITHDRAWN
}

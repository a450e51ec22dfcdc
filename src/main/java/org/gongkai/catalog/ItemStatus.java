package org.gongkai.catalog;

/**
 * Where a catalogue item stands in its life: drafted, waiting for the secrecy review, approved and waiting to be
 * published together with the document it explains (an interpretation, 同步发布), published or withdrawn.
 */
public enum ItemStatus {
    DRAFT,
    PENDING_REVIEW,
    APPROVED,
    PUBLISHED,
    WITHDRAWN
}

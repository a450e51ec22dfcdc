package org.gongkai.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a unit or a person holds in the catalogue: moved on a merge or a handover, counted for the console home. */
public interface CatalogOwnershipTransfer {

    /**
     * Items of {@code fromUnit} not yet published (drafts, items in review) and its standard-catalogue entries
     * move to {@code intoUnit}; published items keep their index numbers and unit. Returns how many moved.
     */
    int move(String fromUnit, String intoUnit);

    /** Ids of the unit's items not yet published (drafts, items in review). */
    List<Long> unpublishedItems(String unit);

    /** Ids of the unit's standard-catalogue entries. */
    List<Long> entries(String unit);

    /** The named unpublished items and the named entries of {@code fromUnit} move to {@code intoUnit}. */
    int moveSome(String fromUnit, Collection<Long> itemIds, Collection<Long> entryIds, String intoUnit);

    /** A leaver's unpublished items (drafts, items in review) get the colleague as author; returns how many. */
    int reassignUnpublished(String author, String colleague);

    /** Items waiting for review per unit, leaving out those {@code notBy} wrote (an author never approves their own). */
    Map<String, Long> pendingReviewByUnit(Set<String> units, String notBy);
}

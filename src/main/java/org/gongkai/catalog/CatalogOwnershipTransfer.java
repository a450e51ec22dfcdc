package org.gongkai.catalog;

/** Moves what a unit owns in the catalogue to another unit (a merge). */
public interface CatalogOwnershipTransfer {

    /**
     * Items of {@code fromUnit} not yet published (drafts, items in review) and its standard-catalogue entries
     * move to {@code intoUnit}; published items keep their index numbers and unit. Returns how many moved.
     */
    int move(String fromUnit, String intoUnit);
}

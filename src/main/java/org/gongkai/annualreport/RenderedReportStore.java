package org.gongkai.annualreport;

import java.util.Optional;
import java.util.OptionalLong;

/** Where the rendered forms of published reports are kept, keyed by the published snapshot they were made from. */
public interface RenderedReportStore {

    /** The id of the unit-year's current published snapshot, if it is published. */
    OptionalLong currentPublished(String unitCode, int year);

    Optional<byte[]> find(long snapshotId, String format);

    /**
     * Keeps the bytes for the snapshot (the first stored wins when two nodes render at once) and drops the forms
     * of the unit-year's earlier publications.
     */
    void store(long snapshotId, String format, byte[] bytes);
}

package org.gongkai.reviews;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Section 4 of the annual report: the cases counting in a year (see {@link ReviewCase#countsIn}) by stage and
 * by status on 31 December, aggregated in the database.
 */
public interface ReviewStatistics {

    /** Per unit code: counts[stage.ordinal()][result.ordinal()]; units without cases are absent. */
    Map<String, long[][]> yearEndCounts(Collection<String> unitCodes, int year);

    /** The cases behind one cell of section 4 (drill-down); {@code result} null for the row total. */
    List<ReviewCase> casesIn(Collection<String> unitCodes, int year, ReviewStage stage, ReviewResult result);
}

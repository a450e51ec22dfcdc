package org.gongkai.supervision;

import java.util.List;
import java.util.Map;

/** Where training, guidance and accountability records are kept. */
public interface ActivityRepository {

    long insert(Activity a);

    List<Activity> ofGovernment(String governmentCode, int year);

    /** Per kind: how many were held in the year, and (index 1) the attendees. */
    Map<ActivityKind, long[]> countsIn(String governmentCode, int year);

    /** Inspection rounds planned, notices issued and rectification tasks assigned in the year (in that order). */
    long[] supervisionCounts(String governmentCode, int year);
}

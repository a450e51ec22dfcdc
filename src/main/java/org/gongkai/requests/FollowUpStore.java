package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Where callbacks and ratings are kept. */
public interface FollowUpStore {

    /** Stores it; false when the case already has the applicant's rating (one rating per case). */
    boolean insert(FollowUp followUp);

    List<FollowUp> forRequest(long requestId);

    /** Per unit: cases replied in the period, how many were called back and rated, and the average rating. */
    List<FollowUp.Counts> counts(Set<String> units, LocalDate from, LocalDate to);
}

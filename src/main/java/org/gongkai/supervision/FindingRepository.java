package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where findings and their history are kept. */
public interface FindingRepository {

    /** The self-inspection's findings (open and resolved) of these units. */
    List<Finding> selfInspected(Collection<String> units);

    /** Open findings of these units (self-inspection and inspectors), most severe and oldest first. */
    List<Finding> open(Collection<String> units);

    Optional<Finding> find(long id);

    long insert(Finding f);

    /** Inserts new findings in one statement; returns their ids in the same order. */
    List<Long> insertAll(List<Finding> findings);

    /** Still there today: last seen today (one statement for all). */
    void seen(Collection<Long> ids, LocalDate today);

    /** Message, severity or evidence changed (a rule's text or data changed): refreshed. */
    void refresh(Collection<Finding> findings);

    void resolve(Collection<Long> ids, LocalDate today);

    void reopen(Collection<Long> ids);

    void record(Collection<FindingEvent> events);

    List<FindingEvent> history(long id);

    /** Per unit: findings first detected in the year, counted by severity (index = ordinal). */
    Map<String, long[]> detectedIn(Collection<String> units, int year);
}

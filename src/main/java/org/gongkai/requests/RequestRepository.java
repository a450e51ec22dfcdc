package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where cases and their histories are kept. */
public interface RequestRepository {

    /** Stores a new case with its events; returns its id. */
    long insert(DisclosureRequest request);

    /** Stores the changed state and appends the new events. */
    void update(DisclosureRequest request);

    Optional<DisclosureRequest> find(long id);

    /** Loads the case and locks it until the transaction ends, so two steps cannot interleave. */
    Optional<DisclosureRequest> findForUpdate(long id);

    Optional<DisclosureRequest> findByTrackingCode(String trackingCode);

    List<RequestEvent> history(long id);

    List<RequestSummary> search(RequestFilter filter);

    long count(RequestFilter filter);

    /** Cases whose clock runs and whose due date is on or before {@code until} (overdue ones included). */
    List<RequestSummary> dueBy(Set<String> units, LocalDate until);

    /** Open cases with a due date that could not be computed (missing calendar year). */
    List<RequestSummary> withMissingCalendar(Set<String> units);

    /** Ids of cases waiting for a correction or a fee payment whose period ended before {@code today}. */
    List<Long> expiredWaiting(LocalDate today);

    /** Ids of cases with a due date, step deadline or paused days reckoned provisionally (no calendar year). */
    List<Long> missingCalendar();

    /**
     * Which of the applicant's applications in the natural month of {@code day} this one is (1 = first), counting
     * those received before it (fees by count).
     */
    int ordinalInMonth(String identityKey, LocalDate day, long id);

    /** Every application of the applicant with this identity key, newest first. */
    List<RequestSummary> byApplicant(String identityKey);

    /** Answered cases (replied or archived after a reply) matching the filter, the latest reply first. */
    List<PastCase.Stored> answered(PastCase.Filter filter);

    long countAnswered(PastCase.Filter filter);

    /** Applications received in the units between the two days (inclusive), at most {@code limit}, newest first. */
    List<RequestSummary> receivedBetween(Set<String> units, LocalDate from, LocalDate to, int limit);
}

package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the disclosure office's self-inspection and assessment read from the applications, set-based. */
public interface RequestInspection {

    /** A case as evidence: id, tracking code, unit, due date (null when none) and the day it was submitted. */
    record CaseRef(long id, String trackingCode, String unitCode, LocalDate dueDate, LocalDate submittedOn) {}

    /** Cases whose reply clock runs ({@link Status#CLOCK_RUNNING}) and that fall due on or before {@code by}. */
    List<CaseRef> runningDueBy(Collection<String> units, LocalDate by);

    /** Cases still awaiting confirmation (登记) that were submitted on or before {@code by}. */
    List<CaseRef> awaitingConfirmationSince(Collection<String> units, LocalDate by);

    /** Per unit: cases replied in the year after their due date. */
    Map<String, Long> repliedLate(Collection<String> units, int year);
}

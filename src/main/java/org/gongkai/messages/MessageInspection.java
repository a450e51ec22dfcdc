package org.gongkai.messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the supervising office checks in the messages: routed messages not answered by their reply date. */
public interface MessageInspection {

    /** A message still open after its reply date. */
    record OverdueMessage(long id, String trackingCode, String unitCode, LocalDate dueDate) {}

    /** The open messages of these units whose reply date is before {@code today}. */
    List<OverdueMessage> unansweredPastDue(Set<String> units, LocalDate today);
}

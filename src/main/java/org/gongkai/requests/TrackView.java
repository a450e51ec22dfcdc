package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/** What an applicant sees with tracking code and secret: only their own case and what was released to them. */
public record TrackView(
        long requestId,
        String trackingCode,
        String unitCode,
        Status status,
        LocalDate receiptDate,
        LocalDate dueDate,
        boolean clockPaused,
        List<Letter> letters,
        List<StoredAttachment> documents,
        DisclosureRequest.State state,
        List<RequestEvent> history,
        String feePayment) {

    /** The due date is reckoned past the loaded calendar and may still move. */
    public boolean dueDateProvisional() {
        return state.clock() != null && state.clock().provisional();
    }

    /** The first year without its notice that a correction or fee deadline reaches, or null (all certain). */
    public Integer stepDeadlineMissingYear() {
        return DisclosureRequest.stepDeadlineMissingYear(state);
    }

    /** The outcome once replied or closed, else null. */
    public Outcome outcome() {
        return state.reply() == null ? null : state.reply().outcome();
    }
}

package org.gongkai.requests;

import static org.gongkai.requests.Status.*;

import java.util.Set;

/**
 * The steps staff take on a case, each with the states it starts from. {@link DisclosureRequest#allowedSteps} says
 * which one an actor may take now; the transitions check the same policy and the case page shows the same set.
 */
public enum RequestStep {
    CONFIRM("confirm", Set.of(AWAITING_CONFIRMATION)),
    REQUEST_CORRECTION("request-correction", Set.of(REGISTERED)),
    RECORD_CORRECTION("record-correction", Set.of(CORRECTION_REQUESTED)),
    START_CONSULTATION("start-consultation", CLOCK_RUNNING),
    END_CONSULTATION("end-consultation", Set.of(CONSULTATION)),
    /** A supervisory step: approved by a reviewer, for any unit the reviewer sees. */
    EXTEND("extend", Set.of(REGISTERED)),
    FEE_NOTICE("fee-notice", CLOCK_RUNNING),
    /** The day the fee notice was really received (registered mail signed for): its 20 days run from it. */
    FEE_RECEIVED("fee-received", Set.of(Status.FEE_NOTICE)),
    FEE_PAID("fee-paid", Set.of(Status.FEE_NOTICE)),
    /** The handler submits the reply (outcome, provision, letter) for a reviewer's approval. */
    SUBMIT_REVIEW("submit-review", CLOCK_RUNNING),
    /** A reviewer other than the handler who submitted it approves the reply; it may then be sent. */
    APPROVE_REPLY("approve-reply", CLOCK_RUNNING),
    /** A reviewer returns the reply to the handler with a reason. */
    RETURN_REPLY("return-reply", CLOCK_RUNNING),
    REPLY("reply", CLOCK_RUNNING),
    ARCHIVE("archive", Set.of(REPLIED, CLOSED));

    private final String action;
    private final Set<Status> from;

    RequestStep(String action, Set<Status> from) {
        this.action = action;
        this.from = from;
    }

    /** The key of the step in the history, the audit log and the messages ({@code action.<key>}). */
    public String action() {
        return action;
    }

    /** The states the step starts from. */
    public Set<Status> from() {
        return from;
    }

    /** Taken for the case by a reviewer rather than by the handling unit. */
    public boolean supervisory() {
        return this == EXTEND || this == APPROVE_REPLY || this == RETURN_REPLY;
    }

    /**
     * Internal deliberation (the reply's review before it is sent): kept in the case's history for staff, never shown
     * to the applicant, who is told of the reply itself.
     */
    public boolean internal() {
        return this == SUBMIT_REVIEW || this == APPROVE_REPLY || this == RETURN_REPLY;
    }

    /** Whether a history entry with this action is internal deliberation. */
    public static boolean isInternal(String action) {
        for (RequestStep s : values()) {
            if (s.action.equals(action)) {
                return s.internal();
            }
        }
        return false;
    }
}

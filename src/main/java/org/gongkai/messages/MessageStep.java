package org.gongkai.messages;

import static org.gongkai.messages.MessageStatus.*;

import java.util.Set;

/**
 * The steps staff take on a message, with the states each starts from. {@link Message#allowedSteps} says which an
 * actor may take now; the transitions check the same policy and the console page shows the same set.
 */
public enum MessageStep {
    /** The office sends the message to the unit that answers it (again, to another unit, while unanswered). */
    ROUTE("route", Set.of(RECEIVED, ROUTED, DRAFTED), true),
    /** The unit drafts its reply (again, after the office returned it). */
    DRAFT("draft", Set.of(ROUTED), false),
    /** The office approves the unit's draft: the reply goes out. */
    APPROVE("approve", Set.of(DRAFTED), true),
    /** The office sends the draft back to the unit with a note. */
    RETURN("return", Set.of(DRAFTED), true),
    /** The office answers itself: its reply is approved as written. */
    REPLY("reply", Set.of(RECEIVED, ROUTED, DRAFTED), true);

    private final String action;
    private final Set<MessageStatus> from;
    private final boolean office;

    MessageStep(String action, Set<MessageStatus> from, boolean office) {
        this.action = action;
        this.from = from;
        this.office = office;
    }

    /** The key of the step in the history, the audit log and the bundle ({@code message.action.<key>}). */
    public String action() {
        return action;
    }

    public Set<MessageStatus> from() {
        return from;
    }

    /** Taken by the disclosure office (reviewers) rather than by the answering unit. */
    public boolean office() {
        return office;
    }
}

package org.gongkai.messages;

import java.util.Set;

/** Where a message stands. */
public enum MessageStatus {
    /** Received; the disclosure office has not yet sent it to a unit. */
    RECEIVED,
    /** With the unit that answers it. */
    ROUTED,
    /** The unit drafted a reply; it waits for the office's approval. */
    DRAFTED,
    /** Answered: the reply went out (approved by the office, or written by it). */
    ANSWERED;

    /** Not yet answered. */
    public static final Set<MessageStatus> OPEN = Set.of(RECEIVED, ROUTED, DRAFTED);
}

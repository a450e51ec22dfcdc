package org.gongkai.messages;

import java.time.Instant;

/** One step in a message's history: who, when, from which state to which, and what (a unit, a note). */
public record MessageEvent(
        String action, String actor, Instant at, MessageStatus from, MessageStatus to, String detail) {}

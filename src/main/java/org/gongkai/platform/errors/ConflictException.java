package org.gongkai.platform.errors;

/** The action is not allowed in the current state, e.g. a second reply (409). */
public class ConflictException extends ProblemException {

    public ConflictException(String messageCode, Object... args) {
        super(messageCode, args);
    }

    /** With a {@code refusal} (e.g. a read-only account trying a step) it is recorded in the audit log like a 403. */
    public ConflictException(Refusal refusal, String messageCode, Object... args) {
        super(refusal, messageCode, args);
    }

    @Override
    public String type() {
        return "conflict";
    }
}

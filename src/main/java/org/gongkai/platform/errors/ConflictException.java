package org.gongkai.platform.errors;

/** The action is not allowed in the current state, e.g. a second reply (409). */
public class ConflictException extends ProblemException {

    public ConflictException(String messageCode, Object... args) {
        super(messageCode, args);
    }

    @Override
    public String type() {
        return "conflict";
    }
}

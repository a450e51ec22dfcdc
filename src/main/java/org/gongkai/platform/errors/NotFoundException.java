package org.gongkai.platform.errors;

/** Something named by the caller does not exist (404). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String messageCode, Object... args) {
        super(messageCode, args);
    }

    @Override
    public String type() {
        return "not-found";
    }
}

package org.gongkai.platform.errors;

/** The caller may not see or change this, e.g. another unit's case (403). */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String messageCode, Object... args) {
        super(messageCode, args);
    }

    @Override
    public String type() {
        return "forbidden";
    }
}

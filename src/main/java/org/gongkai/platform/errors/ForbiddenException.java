package org.gongkai.platform.errors;

/** The caller may not see or change this, e.g. another unit's case (403). */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String messageCode, Object... args) {
        super(messageCode, args);
    }

    /** Every 403 is recorded in the audit log by the web edge; {@code refusal} names what was aimed at. */
    public ForbiddenException(Refusal refusal, String messageCode, Object... args) {
        super(refusal, messageCode, args);
    }

    @Override
    public String type() {
        return "forbidden";
    }
}

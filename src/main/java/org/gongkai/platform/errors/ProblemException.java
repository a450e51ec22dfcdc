package org.gongkai.platform.errors;

import java.util.List;

/**
 * A business outcome that stops a request. Carries a message-bundle code and its arguments so that the web
 * edge can say it in Chinese; no web types here.
 */
public abstract class ProblemException extends RuntimeException {

    private final String messageCode;
    private final transient Object[] args;
    private final Refusal refusal;

    protected ProblemException(String messageCode, Object... args) {
        this(null, messageCode, args);
    }

    protected ProblemException(Refusal refusal, String messageCode, Object... args) {
        super(messageCode + (args.length == 0 ? "" : " " + List.of(args)));
        this.messageCode = messageCode;
        this.args = args.clone();
        this.refusal = refusal;
    }

    /** What was refused, when this problem is a refused attempt the audit log must show; else null. */
    public Refusal refusal() {
        return refusal;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Stable identifier for the problem type, e.g. {@code not-found}. */
    public abstract String type();
}

package org.gongkai.reportreading;

/** The file is not in a format the reader handles, or its content cannot be decoded. */
public final class UnreadableReportException extends Exception {

    public UnreadableReportException(String message) {
        super(message);
    }

    public UnreadableReportException(String message, Throwable cause) {
        super(message, cause);
    }
}

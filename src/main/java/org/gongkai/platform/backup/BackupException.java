package org.gongkai.platform.backup;

/**
 * A backup or restore that cannot proceed, for a reason the operator can act on; {@code code} names the message
 * (bundle {@code i18n/platform}), {@code subject} the directory or file.
 */
public class BackupException extends RuntimeException {

    private final String code;
    private final String subject;

    public BackupException(String code, String subject) {
        super(code + ": " + subject);
        this.code = code;
        this.subject = subject;
    }

    public String code() {
        return code;
    }

    public String subject() {
        return subject;
    }
}

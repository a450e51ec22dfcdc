package org.gongkai.reportreading;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.gongkai.platform.China;

/**
 * The file is not in a format the reader handles, or its content cannot be decoded. Carries a message code
 * ({@code reportreading.unreadable.*} in {@code i18n/reportreading}) whose first argument is the file name; its
 * message is that text in Chinese, so the command line, the audit page and the upload page say it alike.
 */
public final class UnreadableReportException extends Exception {

    private static final String BUNDLE = "i18n/reportreading";

    private final String messageCode;
    private final transient Object[] messageArgs;

    private UnreadableReportException(String code, Object[] args, Throwable cause) {
        super(format(code, args), cause);
        this.messageCode = code;
        this.messageArgs = args.clone();
    }

    /** Why the file named {@code file} cannot be read: {@code reportreading.unreadable.<reason>}. */
    public static UnreadableReportException of(String reason, String file, Object... args) {
        return because(null, reason, file, args);
    }

    /** The same, keeping the technical cause. */
    public static UnreadableReportException because(Throwable cause, String reason, String file, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = file;
        System.arraycopy(args, 0, all, 1, args.length);
        return new UnreadableReportException("reportreading.unreadable." + reason, all, cause);
    }

    public String messageCode() {
        return messageCode;
    }

    /** The message arguments: the file name first. */
    public Object[] messageArgs() {
        return messageArgs.clone();
    }

    private static String format(String code, Object[] args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, China.LOCALE);
        return new MessageFormat(bundle.getString(code), China.LOCALE).format(args);
    }
}

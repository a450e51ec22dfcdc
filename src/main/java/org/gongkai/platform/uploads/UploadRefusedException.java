package org.gongkai.platform.uploads;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException;

/**
 * An upload the platform will not parse: too large, inflating too far, too many parts, elements, pages or
 * pixels, too slow to read, or of a type the path does not take. Carries a message code ({@code upload.refused.*}
 * in {@code i18n/platform}) whose first argument is the file name, so every path says it the same way.
 */
public final class UploadRefusedException extends RuntimeException {

    /** Why an upload was refused; each has its message {@code upload.refused.<key>}. */
    public enum Reason {
        EMPTY("empty"),
        TOO_LARGE("too-large"),
        INFLATES_TOO_FAR("inflates"),
        TOO_MANY_ENTRIES("entries"),
        TOO_MANY_ELEMENTS("elements"),
        TOO_MANY_PAGES("pages"),
        IMAGE_TOO_LARGE("pixels"),
        TOO_SLOW("slow"),
        BUSY("busy"),
        WRONG_TYPE("type"),
        UNREADABLE("unreadable");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageCode() {
            return "upload.refused." + key;
        }
    }

    private final Reason reason;
    private final String fileName;
    private final transient Object[] args;

    public UploadRefusedException(Reason reason, String fileName, Object... args) {
        super(fileName + ": " + reason + (args.length == 0 ? "" : " " + List.of(args)));
        this.reason = reason;
        this.fileName = fileName;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }

    public String messageCode() {
        return reason.messageCode();
    }

    /** The message arguments: the file name first, then the limit or the value found. */
    public Object[] messageArgs() {
        Object[] all = new Object[args.length + 1];
        all[0] = fileName;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** The refusal as bad input in {@code field} (400 on the API, next to the field on a page). */
    public InvalidInputException asInvalidInput(String field) {
        return InvalidInputException.of(field, messageCode(), messageArgs());
    }

    /** The message in Chinese without Spring (the command line): from the same bundle the web uses. */
    public String describe() {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/platform", China.LOCALE);
        return new MessageFormat(bundle.getString(messageCode()), China.LOCALE).format(messageArgs());
    }
}

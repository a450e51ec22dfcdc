package org.gongkai.calendar.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.gongkai.platform.China;

/** The calendar bundle's texts for the command line, which runs without Spring. */
final class CliMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.calendar", China.LOCALE);

    private CliMessages() {}

    static String get(String code, Object... args) {
        String pattern = BUNDLE.containsKey(code) ? BUNDLE.getString(code) : code;
        return new MessageFormat(pattern, China.LOCALE).format(stringsOf(args));
    }

    /** Numbers as plain strings (no grouping), so years read 2027, not 2,027. */
    private static Object[] stringsOf(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = String.valueOf(args[i]);
        }
        return out;
    }
}

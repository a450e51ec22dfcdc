package org.gongkai.platform.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.gongkai.platform.China;
import picocli.CommandLine.Model.CommandSpec;

/** A platform command's output in simplified Chinese, from the platform's message bundle. */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/platform", China.LOCALE);
    private final CommandSpec spec;

    Messages(CommandSpec spec) {
        this.spec = spec;
    }

    static String text(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), China.LOCALE).format(args);
    }

    void print(String key, Object... args) {
        spec.commandLine().getOut().println(text(key, args));
        spec.commandLine().getOut().flush();
    }

    void error(String key, Object... args) {
        spec.commandLine().getErr().println(text(key, args));
        spec.commandLine().getErr().flush();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}

package org.gongkai.reportreading.cli;

import java.io.Console;
import java.io.PrintStream;

/** A one-line progress bar on stderr, drawn only on a terminal. */
final class Progress {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean on;
    private final int total;
    private int done;

    Progress(PrintStream err, boolean on, int total) {
        this.err = err;
        this.on = on && total > 1;
        this.total = total;
    }

    static boolean stderrIsTerminal() {
        try {
            // Linux: where file descriptor 2 points (stdout may be redirected while stderr is the terminal)
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2"))
                    .toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux: fall back to the console
        }
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    void step(String name) {
        done++;
        if (!on) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String shown = name.length() > 30 ? name.substring(0, 29) + "…" : name;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + shown
                + "   ");
        err.flush();
    }

    void clear() {
        if (on) {
            err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
        }
    }

    void done() {
        if (on) {
            err.println();
        }
    }
}

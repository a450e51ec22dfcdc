package org.gongkai.platform.db;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded PostgreSQL die with its application: pg_ctl starts the server in its own session, so a
 * {@code kill -9} of the JVM would leave it running. A small shell loop, started by this JVM, waits for the JVM
 * to end and then asks the server for a fast shutdown (only if that pid still is the server on this directory).
 * A normal shutdown stops the loop first and the server through pg_ctl.
 */
final class Watchdog {

    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    private static final String SCRIPT = """
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            if tr '\\0' ' ' < /proc/"$2"/cmdline 2>/dev/null | grep -qF -- "$3"; then kill -INT "$2"; fi
            """;

    private final Process process;

    private Watchdog(Process process) {
        this.process = process;
    }

    static Watchdog watch(long serverPid, Path pgDir) {
        try {
            Process p = new ProcessBuilder(
                            "sh",
                            "-c",
                            SCRIPT,
                            "gongkai-db-watchdog",
                            Long.toString(ProcessHandle.current().pid()),
                            Long.toString(serverPid),
                            pgDir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new Watchdog(p);
        } catch (IOException e) {
            LOG.warn(
                    "No watchdog for the embedded PostgreSQL ({}); a killed JVM leaves it to the next start",
                    e.toString());
            return new Watchdog(null);
        }
    }

    void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}

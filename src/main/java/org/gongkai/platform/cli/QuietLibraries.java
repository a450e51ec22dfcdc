package org.gongkai.platform.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands that run without Spring (which would read {@code logging.level.*}) keep the embedded database library's
 * progress messages (initdb's output, the server's command line with its binaries' paths) out of their output, so
 * that what they print is what they say: warnings and errors still show.
 */
final class QuietLibraries {

    private QuietLibraries() {}

    static void quiet() {
        if (LoggerFactory.getLogger("io.zonky") instanceof Logger zonky) {
            zonky.setLevel(Level.WARN);
        }
    }
}

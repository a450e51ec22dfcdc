package org.gongkai.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left on a data directory by an application that died without stopping it (kill -9), or the
 * {@code postmaster.pid} of one that died too. Only called once this process holds the directory's lock, so a
 * server found here has no living owner: it is stopped (fast shutdown: open transactions roll back, committed
 * ones are on disk), and a pid file naming a dead or foreign process is removed, so the start that follows
 * succeeds the first time.
 */
final class LeftoverServer {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private LeftoverServer() {}

    static void clear(Path pgDir) {
        Path pidFile = pgDir.resolve("postmaster.pid");
        Optional<ProcessHandle> server = serverOf(pidFile, pgDir);
        if (server.isPresent()) {
            stop(server.get());
        }
        try {
            if (Files.deleteIfExists(pidFile)) {
                LOG.warn("Removed the stale {}", pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The living postgres that the pid file names, if it runs on this very directory. */
    static Optional<ProcessHandle> serverOf(Path pidFile, Path pgDir) {
        List<String> lines;
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        boolean sameDir =
                Path.of(lines.get(1).strip()).toAbsolutePath().normalize().equals(pgDir);
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> sameDir && isPostgres(p));
    }

    private static boolean isPostgres(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }

    private static void stop(ProcessHandle server) {
        LOG.warn("A PostgreSQL (pid {}) was left running on the data directory; stopping it", server.pid());
        signal(server.pid(), "INT");
        try {
            server.onExit().get(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.warn("PostgreSQL (pid {}) did not stop within {}; killing it", server.pid(), PATIENCE);
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a leftover PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a signal by name (INT = PostgreSQL's fast shutdown; Java itself can only send TERM and KILL). */
    static void signal(long pid, String name) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

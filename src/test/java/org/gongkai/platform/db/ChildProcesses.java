package org.gongkai.platform.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs {@code ./gongkai …} in a child JVM on the test classpath, to be killed the hard way. */
final class ChildProcesses {

    private ChildProcesses() {}

    static Process gongkai(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "org.gongkai.GongkaiApplication"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The postmaster running on a data directory, from its pid file. */
    static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pid = dataDir.resolve("pg/postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(pid, StandardCharsets.UTF_8).get(0).strip();
        return ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive);
    }

    static void waitFor(java.util.function.BooleanSupplier condition, long millis, String what) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}

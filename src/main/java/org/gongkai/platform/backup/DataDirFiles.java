package org.gongkai.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a data directory that a backup carries: everything the modules keep there (e.g. the holiday notices
 * imported on the command line, {@code calendar/<year>.json}) except what is rebuilt or made afresh — the database
 * files ({@code pg}, dumped instead), the search index ({@code search}, rebuilt at the next start), the database
 * passwords (a restore makes new ones) and a one-time setup token.
 */
final class DataDirFiles {

    static final Set<String> LEFT_OUT = Set.of("pg", "search", "db-password", "db-superuser-password", "setup-token");

    private DataDirFiles() {}

    /** The files to carry, as paths relative to {@code dataDir}, in a stable order. */
    static List<Path> of(Path dataDir, Path backupDir) {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dataDir)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(backupDir))
                    .map(dataDir::relativize)
                    .filter(p -> !LEFT_OUT.contains(p.getName(0).toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

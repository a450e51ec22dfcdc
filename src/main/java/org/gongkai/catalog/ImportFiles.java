package org.gongkai.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the attachment files an import names are found: a folder, the entries of a ZIP, or nowhere. */
@FunctionalInterface
public interface ImportFiles {

    /** The file's bytes, or empty when there is no such file. */
    Optional<byte[]> read(String name);

    static ImportFiles none() {
        return name -> Optional.empty();
    }

    /** Files by name relative to a folder; a name that leaves the folder is not found. */
    static ImportFiles directory(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        return name -> {
            Path p = root.resolve(name.replace('\\', '/')).normalize();
            if (!p.startsWith(root) || !Files.isRegularFile(p)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Files held in memory by path (a ZIP's entries, a JSON export's inline files). */
    static ImportFiles of(Map<String, byte[]> files) {
        return name -> Optional.ofNullable(files.get(name.replace('\\', '/')));
    }

    /** This store, then {@code other} for names this one does not have. */
    default ImportFiles orElse(ImportFiles other) {
        return name -> read(name).or(() -> other.read(name));
    }
}

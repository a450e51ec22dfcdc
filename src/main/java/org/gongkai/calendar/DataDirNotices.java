package org.gongkai.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Holiday notices imported on the command line, kept as {@code <data dir>/calendar/<year>.json} (the CLI has
 * no server). The server reads them at start as well.
 */
public final class DataDirNotices {

    private static final Pattern FILE = Pattern.compile("\\d{4}\\.json");

    private final Path dir;

    public DataDirNotices(Path dataDir) {
        this.dir = dataDir.resolve("calendar");
    }

    public Path dir() {
        return dir;
    }

    public List<HolidayNotice> load() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<HolidayNotice> notices = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(
                            p -> FILE.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList()) {
                try {
                    notices.add(NoticeJson.parse(Files.readAllBytes(f), "data-dir:" + f.getFileName()));
                } catch (InvalidNoticeException e) {
                    throw new IllegalStateException(
                            "holiday notice " + f + " is invalid (move it away or import a " + "corrected one): "
                                    + e.problems(),
                            e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return notices;
    }

    /** Writes the notice atomically (temp file, then move), replacing an earlier import of the same year. */
    public Path save(HolidayNotice notice) {
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(notice.year() + ".json");
            Path tmp = Files.createTempFile(dir, notice.year() + "-", ".tmp");
            Files.write(tmp, NoticeJson.write(notice));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.gongkai.calendar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.DataDirNotices;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.InvalidNoticeException;
import org.gongkai.calendar.NoticeJson;
import org.gongkai.calendar.NoticeProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calendar import FILE}: validates a year's holiday notice and keeps it under the data dir. */
@Command(name = "import", description = "Load a year's holiday notice (holiday-cn JSON shape)")
class CalendarImportCommand implements Callable<Integer> {

    private static final long MAX_BYTES = 1024 * 1024;

    @Parameters(index = "0", paramLabel = "FILE", description = "the notice as JSON")
    Path file;

    @Mixin
    CalendarCommand.DataDirOption data = new CalendarCommand.DataDirOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            CalendarCommand.err(spec, CliMessages.get("calendar.cli.no-file", file));
            return CalendarCommand.EXIT_BAD_INPUT;
        }
        if (Files.size(file) > MAX_BYTES) {
            CalendarCommand.err(spec, CliMessages.get("calendar.notice.file-too-large", MAX_BYTES / 1024));
            return CalendarCommand.EXIT_BAD_INPUT;
        }
        HolidayNotice notice;
        try {
            notice = NoticeJson.parse(Files.readAllBytes(file), "cli:" + file.getFileName());
        } catch (InvalidNoticeException e) {
            CalendarCommand.err(spec, CliMessages.get("calendar.cli.invalid-file", file));
            for (NoticeProblem p : e.problems()) {
                CalendarCommand.err(
                        spec, "  - " + CliMessages.get(p.messageCode(), p.args().toArray()));
            }
            return CalendarCommand.EXIT_BAD_INPUT;
        }
        DataDirNotices store = data.store();
        boolean replaced = Files.exists(store.dir().resolve(notice.year() + ".json"));
        Path saved = store.save(notice);
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliMessages.get(
                "calendar.cli.loaded", notice.year(), notice.holidayCount(), notice.makeUpDayCount(), saved));
        if (replaced) {
            out.println(CliMessages.get("calendar.cli.replaced", notice.year()));
        }
        for (CalendarDay d : notice.days()) {
            out.println(
                    CliMessages.get(d.offDay() ? "calendar.cli.day-off" : "calendar.cli.day-work", d.date(), d.name()));
        }
        out.flush();
        return 0;
    }
}

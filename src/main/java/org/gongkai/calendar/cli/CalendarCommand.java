package org.gongkai.calendar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.BundledNotices;
import org.gongkai.calendar.DataDirNotices;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.NoticeCalendar;
import org.gongkai.platform.cli.ModuleCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./gongkai calendar plus|import}: the working-day calendar without a server. */
@Command(
        name = "calendar",
        description = "Working-day calendar (holiday notices)",
        mixinStandardHelpOptions = true,
        subcommands = {CalendarPlusCommand.class, CalendarImportCommand.class})
public class CalendarCommand implements Runnable, ModuleCommand {

    /** Exit code when a needed year's notice is not loaded. */
    static final int EXIT_MISSING_YEAR = 3;
    /** Exit code for bad input (dates, numbers, files). */
    static final int EXIT_BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The {@code --data-dir} option shared by the subcommands. */
    static class DataDirOption {
        @Option(names = "--data-dir", description = "Where imported notices live (default ./data)")
        Path dataDir = Path.of("data");

        DataDirNotices store() {
            return new DataDirNotices(dataDir.toAbsolutePath().normalize());
        }

        /** Bundled years, overridden by years imported into the data dir. */
        NoticeCalendar calendar() {
            List<HolidayNotice> all = new ArrayList<>(BundledNotices.load());
            all.addAll(store().load());
            return new NoticeCalendar(all);
        }
    }

    static void err(CommandSpec spec, String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }
}

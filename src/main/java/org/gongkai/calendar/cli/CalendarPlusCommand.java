package org.gongkai.calendar.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.gongkai.calendar.MissingCalendarYearException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calendar plus DATE N}: the Nth working day after DATE (DATE itself not counted). */
@Command(name = "plus", description = "The Nth working day after DATE (DATE itself not counted)")
class CalendarPlusCommand implements Callable<Integer> {

    private static final int MAX = 3660;

    @Parameters(index = "0", paramLabel = "DATE", description = "ISO date, e.g. 2024-09-27")
    String date;

    @Parameters(index = "1", paramLabel = "N", description = "working days, 0 or more")
    String count;

    @Mixin
    CalendarCommand.DataDirOption data = new CalendarCommand.DataDirOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate start;
        try {
            start = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            CalendarCommand.err(spec, CliMessages.get("calendar.cli.bad-date", date));
            return CalendarCommand.EXIT_BAD_INPUT;
        }
        int n;
        try {
            n = Integer.parseInt(count.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > MAX) {
            CalendarCommand.err(spec, CliMessages.get("calendar.cli.bad-count", count, MAX));
            return CalendarCommand.EXIT_BAD_INPUT;
        }
        try {
            LocalDate due = data.calendar().plusWorkingDays(start, n);
            spec.commandLine().getOut().println(due);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (MissingCalendarYearException e) {
            CalendarCommand.err(spec, CliMessages.get("calendar.cli.missing-year", e.year()));
            return CalendarCommand.EXIT_MISSING_YEAR;
        } catch (IllegalStateException e) {
            CalendarCommand.err(spec, e.getMessage());
            return CalendarCommand.EXIT_BAD_INPUT;
        }
    }
}

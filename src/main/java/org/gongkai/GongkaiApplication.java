package org.gongkai;

import org.gongkai.calendar.cli.CalendarCommand;
import org.gongkai.fees.cli.FeeCommand;
import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import picocli.CommandLine;

/** Entry point: the command line; {@code serve} starts the Spring application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongkaiApplication {

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != GongkaiCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    /**
     * The command line with every module's subcommand. Registered here, in the composition root outside every
     * module, so that platform does not depend on the modules that depend on it (ArchitectureTest: no cycles).
     */
    public static CommandLine commandLine() {
        return new CommandLine(new GongkaiCommand())
                .addSubcommand(new CalendarCommand())
                .addSubcommand(new FeeCommand())
                .addSubcommand(new org.gongkai.reportreading.cli.ReportCommand())
                .addSubcommand(new org.gongkai.search.cli.SearchCommand())
                .addSubcommand(new org.gongkai.org.cli.AdminCommand());
    }
}

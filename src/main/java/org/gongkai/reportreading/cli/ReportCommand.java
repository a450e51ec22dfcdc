package org.gongkai.reportreading.cli;

import org.gongkai.platform.cli.ModuleCommand;
import picocli.CommandLine.Command;

/** {@code ./gongkai report …}: published annual reports, read without starting the platform. */
@Command(
        name = "report",
        description = "Read and audit published annual reports (年报解析与校验)",
        mixinStandardHelpOptions = true,
        subcommands = {ParseCommand.class, AuditCommand.class, BenchCommand.class})
public class ReportCommand implements Runnable, ModuleCommand {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}

package org.gongkai.platform.cli;

import picocli.CommandLine.Command;

/** The {@code ./gongkai} command line. Each module contributes its own subcommand. */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        version = "gongkai 0.1.0",
        description = "公开: open government information platform",
        subcommands = {ServeCommand.class, DbCommand.class})
public class GongkaiCommand implements Runnable {

    /** Exit code returned by {@code serve}: the JVM keeps running the web server. */
    public static final int KEEP_RUNNING = -1;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}

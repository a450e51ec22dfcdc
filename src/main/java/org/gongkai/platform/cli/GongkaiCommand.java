package org.gongkai.platform.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code ./gongkai} command line. Each module contributes its own subcommand ({@link ModuleCommand}). */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        version = "gongkai 0.1.0",
        description = "公开: open government information platform",
        subcommands = {ServeCommand.class, DbCommand.class, BackupCommand.class, RestoreCommand.class})
public class GongkaiCommand implements Runnable {

    /** Exit code returned by {@code serve}: the JVM keeps running the web server. */
    public static final int KEEP_RUNNING = -1;

    private final Class<?> application;

    GongkaiCommand(Class<?> application) {
        this.application = application;
    }

    /**
     * The command line with every module's declared subcommand; commands that start the platform (serve, search
     * rebuild) start {@code application}, the Spring Boot application class of the composition root.
     */
    public static CommandLine commandLine(Class<?> application) {
        CommandLine cli = new CommandLine(new GongkaiCommand(application));
        ServiceLoader.load(ModuleCommand.class, GongkaiCommand.class.getClassLoader())
                .forEach(cli::addSubcommand);
        return cli;
    }

    /** The application class of the command line a (sub)command runs in, for those that start the platform. */
    public static Class<?> application(CommandSpec spec) {
        return ((GongkaiCommand) spec.root().userObject()).application;
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}

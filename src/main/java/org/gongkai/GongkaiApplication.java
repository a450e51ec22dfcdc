package org.gongkai;

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

    /** The command line: every module's declared subcommand (platform/cli/ModuleCommand); serve starts this class. */
    public static CommandLine commandLine() {
        return GongkaiCommand.commandLine(GongkaiApplication.class);
    }
}

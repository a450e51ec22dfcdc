package org.gongkai.platform.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --data-dir DIR} option of the commands that work on a data directory without the server (a picocli
 * mixin: {@code @Mixin DataDirOption dataDir}), and what those commands derive from it the same way: the directory
 * itself, the arguments of a Spring application they start on it, and the name they act under in the audit log.
 */
public final class DataDirOption {

    private static final Path DEFAULT = Path.of("data");

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The data directory (default ./data)")
    Path dataDir;

    /** The data directory, absolute and normalised: the one given, else {@code ./data}. */
    public Path path() {
        return (dataDir == null ? DEFAULT : dataDir).toAbsolutePath().normalize();
    }

    /**
     * Arguments for a Spring application the command starts: the data directory when one was given (else the
     * application's own default), never the demo, warnings only.
     */
    public String[] applicationArguments() {
        List<String> args = new ArrayList<>();
        if (dataDir != null) {
            args.add("--gongkai.data-dir=" + path());
        }
        args.add("--gongkai.demo=false");
        args.add("--logging.level.root=WARN");
        return args.toArray(String[]::new);
    }

    /** Who acts in the audit log when a command changes data: {@code cli:} and the operating-system user. */
    public static String operator() {
        return "cli:" + System.getProperty("user.name", "operator");
    }
}

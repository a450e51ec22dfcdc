package org.gongkai.platform.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Start the platform (portal, console, API)")
public class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "HTTP port (default 8080)")
    Integer port;

    @Option(names = "--demo", description = "Fill an empty database with the demo county")
    boolean demo;

    @Option(names = "--data-dir", description = "Where the embedded PostgreSQL keeps its files (default ./data)")
    Path dataDir;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (dataDir != null) {
            args.add("--gongkai.data-dir=" + dataDir.toAbsolutePath());
        }
        args.add("--gongkai.demo=" + demo);
        SpringApplication.run(GongkaiCommand.application(spec), args.toArray(String[]::new));
        return GongkaiCommand.KEEP_RUNNING;
    }
}

package org.gongkai.search.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.platform.cli.GongkaiCommand;
import org.gongkai.platform.cli.ModuleCommand;
import org.gongkai.search.IndexRebuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./gongkai search rebuild}: rebuilds the catalogue search index from the database. */
@Command(
        name = "search",
        description = "Catalogue search index",
        subcommands = {SearchCommand.Rebuild.class, SearchBenchCommand.class})
public class SearchCommand implements Runnable, ModuleCommand {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(
            name = "rebuild",
            description = "Rebuild the search index from the database. Run it while the server "
                    + "is stopped (the running server has its own rebuild button in the console).")
    static class Rebuild implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--data-dir", description = "Data directory (default ./data)")
        Path dataDir;

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>();
            if (dataDir != null) {
                args.add("--gongkai.data-dir=" + dataDir.toAbsolutePath());
            }
            args.add("--gongkai.demo=false");
            args.add("--logging.level.root=WARN");
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GongkaiCommand.application(spec))
                    .web(WebApplicationType.NONE)
                    .run(args.toArray(String[]::new))) {
                long n = ctx.getBean(IndexRebuilder.class).rebuild();
                System.out.println("已重建检索索引：" + n + " 条公开信息 (indexed " + n + " items)");
                return 0;
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                System.err.println("gongkai: search rebuild failed: " + root.getMessage()
                        + (root instanceof org.apache.lucene.store.LockObtainFailedException
                                ? " (is the server running? use the console's rebuild button)"
                                : ""));
                return 1;
            }
        }
    }
}

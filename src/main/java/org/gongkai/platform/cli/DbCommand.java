package org.gongkai.platform.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gongkai.platform.db.EmbeddedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./gongkai db start}: the embedded PostgreSQL alone, for several {@code serve} processes to share. */
@Command(
        name = "db",
        description = "The embedded PostgreSQL",
        mixinStandardHelpOptions = true,
        subcommands = {DbCommand.Start.class})
public class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "start",
            description = "Run the embedded PostgreSQL alone (durable, password-protected) until stopped")
    static class Start implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--data-dir", description = "Where the database keeps its files (default ./data)")
        Path dataDir = Path.of("data");

        @Option(names = "--port", description = "TCP port on 127.0.0.1 (default: a free one)")
        int port;

        @Override
        public Integer call() throws InterruptedException {
            QuietLibraries.quiet();
            EmbeddedDatabase.Endpoint db;
            try {
                db = EmbeddedDatabase.start(
                        dataDir.toAbsolutePath().normalize(), new EmbeddedDatabase.Options(false, true, port));
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("数据库未能启动：" + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
            var out = spec.commandLine().getOut();
            out.println("数据库已启动 (embedded PostgreSQL, durable, password-protected)");
            out.println("GONGKAI_DB_URL=" + db.jdbcUrl());
            out.println("GONGKAI_DB_USER=" + db.user());
            out.println("password file: " + db.passwordFile());
            out.println("按 Ctrl-C 停止。");
            out.flush();
            new CountDownLatch(1).await(); // the shutdown hook stops the server
            return 0;
        }
    }
}

package org.gongkai.org.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.gongkai.org.PasswordReset;
import org.gongkai.org.persistence.JdbcApiTokenRepository;
import org.gongkai.org.persistence.JdbcStaffRepository;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.cli.DataDirOption;
import org.gongkai.platform.cli.ModuleCommand;
import org.gongkai.platform.db.Databases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./gongkai admin reset-password USERNAME}: sets a staff password read from standard input. */
@Command(
        name = "admin",
        description = "Administration without the server",
        mixinStandardHelpOptions = true,
        subcommands = {AdminCommand.ResetPassword.class})
public class AdminCommand implements Runnable, ModuleCommand {

    static final int EXIT_REFUSED = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "reset-password",
            description = "Set a staff member's password, read from standard input (the server stopped, or against "
                    + "GONGKAI_DB_URL)")
    static class ResetPassword implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--db-url", defaultValue = "${env:GONGKAI_DB_URL}", hidden = true)
        String dbUrl;

        @Option(names = "--db-user", defaultValue = "${env:GONGKAI_DB_USER}", hidden = true)
        String dbUser;

        @Option(names = "--db-password", defaultValue = "${env:GONGKAI_DB_PASSWORD}", hidden = true)
        String dbPassword;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            DataSource db;
            try {
                db = Databases.forCommandLine(dataDir.path(), dbUrl, dbUser, dbPassword);
            } catch (IllegalStateException e) {
                err.println("无法打开数据库：" + e.getMessage());
                err.flush();
                return 1;
            }
            JdbcClient jdbc = JdbcClient.create(db);
            if (!Databases.hasTable(jdbc, "staff_account")) {
                return refuse(err, "没有用户 " + username + "（数据库中还没有账号）");
            }
            if (System.console() != null) {
                out.print("新密码（至少 12 个字符）：");
                out.flush();
            }
            String password = readPassword();
            PasswordReset.Outcome outcome = new PasswordReset(
                            new JdbcStaffRepository(jdbc),
                            new JdbcApiTokenRepository(jdbc),
                            PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                            AuditLog.in(jdbc),
                            Clock.systemDefaultZone())
                    .reset(username, password, DataDirOption.operator());
            if (outcome.refusal() == PasswordReset.Refusal.UNKNOWN_USER) {
                return refuse(err, "没有用户 " + username);
            }
            if (outcome.refusal() == PasswordReset.Refusal.WEAK_PASSWORD) {
                return refuse(err, "密码至少 12 个字符（不超过 200 个），未修改");
            }
            out.println("已重设 " + username + " 的密码；已吊销其 API 令牌 " + outcome.tokensRevoked() + " 个。");
            out.flush();
            return 0;
        }

        private static String readPassword() throws java.io.IOException {
            if (System.console() != null) {
                char[] p = System.console().readPassword();
                return p == null ? null : new String(p);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.stripTrailing();
        }

        private static int refuse(java.io.PrintWriter err, String message) {
            err.println(message);
            err.flush();
            return EXIT_REFUSED;
        }
    }
}

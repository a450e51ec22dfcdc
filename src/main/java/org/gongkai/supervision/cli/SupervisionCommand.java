package org.gongkai.supervision.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.cli.DataDirOption;
import org.gongkai.platform.cli.GongkaiCommand;
import org.gongkai.platform.cli.ModuleCommand;
import org.gongkai.supervision.Finding;
import org.gongkai.supervision.Findings;
import org.gongkai.supervision.SelfInspection;
import org.gongkai.supervision.SelfInspectionRule;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./gongkai supervision inspect} (the self-inspection now, open findings counted per rule) and {@code
 * ./gongkai supervision findings [--unit CODE] [--json]} (the open findings), acting as the government's
 * administrator, with the server stopped or against {@code GONGKAI_DB_URL}.
 */
@Command(
        name = "supervision",
        description = "Supervision of the units: self-inspection and findings",
        mixinStandardHelpOptions = true,
        subcommands = {SupervisionCommand.Inspect.class, SupervisionCommand.FindingsList.class})
public class SupervisionCommand implements Runnable, ModuleCommand {

    static final int EXIT_REFUSED = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the platform's database is: the data directory's embedded PostgreSQL, or an external one. */
    static class Database {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--db-url", defaultValue = "${env:GONGKAI_DB_URL}", hidden = true)
        String dbUrl;

        @Option(names = "--db-user", defaultValue = "${env:GONGKAI_DB_USER}", hidden = true)
        String dbUser;

        @Option(names = "--db-password", defaultValue = "${env:GONGKAI_DB_PASSWORD}", hidden = true)
        String dbPassword;

        ConfigurableApplicationContext start(CommandSpec spec) {
            List<String> args = new ArrayList<>(List.of(dataDir.applicationArguments()));
            if (dbUrl != null && !dbUrl.isBlank()) {
                args.add("--gongkai.db-url=" + dbUrl);
                args.add("--gongkai.db-user=" + (dbUser == null ? "" : dbUser));
                args.add("--gongkai.db-password=" + (dbPassword == null ? "" : dbPassword));
            }
            return new SpringApplicationBuilder(GongkaiCommand.application(spec))
                    .web(WebApplicationType.NONE)
                    .run(args.toArray(String[]::new));
        }
    }

    @Command(
            name = "inspect",
            description = "Run the self-inspection of every government now and print the open findings per rule")
    static class Inspect implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Database database;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (ConfigurableApplicationContext ctx = database.start(spec)) {
                StaffMember operator = operator(ctx.getBean(UnitDirectory.class));
                if (operator == null) {
                    return refuse(err, "数据库中还没有单位：请先完成初始设置（./gongkai serve 后打开 /setup）。");
                }
                SelfInspection inspection = ctx.getBean(SelfInspection.class);
                MessageSource messages = ctx.getBean(MessageSource.class);
                for (SelfInspection.Outcome o : inspection.runAll(operator.username())) {
                    out.println("自查完成（" + o.millis() + " 毫秒）：发现 " + o.detected() + " 项，新增 " + o.opened() + " 项，重新出现 "
                            + o.reopened() + " 项，已消除 " + o.resolved() + " 项。");
                }
                Map<String, Integer> counts = new LinkedHashMap<>();
                inspection.rules().forEach(r -> counts.put(r.code(), 0));
                for (Finding f : ctx.getBean(Findings.class).open(operator, null)) {
                    counts.computeIfPresent(f.code(), (k, n) -> n + 1);
                }
                for (SelfInspectionRule r : inspection.rules()) {
                    String name = messages.getMessage("supervision.rule." + r.code() + ".name", null, China.LOCALE);
                    out.printf("%-26s %6d  %s%n", r.code(), counts.get(r.code()), name);
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "findings", description = "Print the open findings (of one unit with --unit), as text or JSON")
    static class FindingsList implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Database database;

        @Option(names = "--unit", paramLabel = "CODE", description = "Only this unit's findings")
        String unit;

        @Option(names = "--json", description = "As JSON, the fields of GET /api/v1/supervision/findings")
        boolean json;

        record FindingJson(
                long id,
                String code,
                String unitCode,
                String severity,
                String detectedOn,
                String message,
                String evidence) {}

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (ConfigurableApplicationContext ctx = database.start(spec)) {
                UnitDirectory units = ctx.getBean(UnitDirectory.class);
                StaffMember operator = operator(units);
                if (operator == null) {
                    return refuse(err, "数据库中还没有单位：请先完成初始设置（./gongkai serve 后打开 /setup）。");
                }
                if (unit != null && units.find(unit).isEmpty()) {
                    return refuse(err, "没有单位代码为 " + unit + " 的单位。");
                }
                List<Finding> open = ctx.getBean(Findings.class).open(operator, unit);
                MessageSource messages = ctx.getBean(MessageSource.class);
                if (json) {
                    out.println(JsonMapper.builder()
                            .build()
                            .writeValueAsString(open.stream()
                                    .map(f -> new FindingJson(
                                            f.id(),
                                            f.code(),
                                            f.unitCode(),
                                            f.severity().name(),
                                            f.detectedOn().toString(),
                                            f.message(),
                                            f.evidence()))
                                    .toList()));
                } else {
                    for (Finding f : open) {
                        String severity =
                                messages.getMessage("supervision.severity." + f.severity(), null, China.LOCALE);
                        String name = units.find(f.unitCode()).map(Unit::name).orElse(f.unitCode());
                        out.println("[" + severity + "] " + f.detectedOn() + " " + name + "（" + f.unitCode() + "）"
                                + f.message() + " " + f.evidence());
                    }
                    out.println("共 " + open.size() + " 个未整改的问题。");
                }
                out.flush();
                return 0;
            }
        }
    }

    /** The command line acts as an administrator of the government (the root of the unit tree). */
    static StaffMember operator(UnitDirectory units) {
        Unit root = units.all().stream().filter(Unit::isRoot).findFirst().orElse(null);
        if (root == null) {
            return null;
        }
        String user = DataDirOption.operator();
        return new StaffMember(user.length() > 60 ? user.substring(0, 60) : user, "命令行", Role.ADMIN, root.code());
    }

    private static int refuse(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return EXIT_REFUSED;
    }
}

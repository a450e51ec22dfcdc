package org.gongkai.catalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.catalog.CatalogImport;
import org.gongkai.catalog.ImportFiles;
import org.gongkai.catalog.ImportProblem;
import org.gongkai.catalog.ImportReader;
import org.gongkai.catalog.ImportReport;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.cli.DataDirOption;
import org.gongkai.platform.cli.GongkaiCommand;
import org.gongkai.platform.cli.ModuleCommand;
import org.gongkai.platform.errors.InvalidInputException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./gongkai catalog import FILE [--files DIR] [--dry-run]}: migration from the old website. */
@Command(
        name = "catalog",
        description = "Proactive-disclosure catalogue",
        mixinStandardHelpOptions = true,
        subcommands = {CatalogCommand.Import.class})
public class CatalogCommand implements Runnable, ModuleCommand {

    static final int EXIT_PROBLEMS = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "import",
            description = "Import catalogue items with their attachments from the old website: a CSV/XLSX sheet, "
                    + "a JSON export or a ZIP with the sheet and its files. Every row is checked first; with any "
                    + "problem nothing is stored (exit 2, each problem with row and column). Run it while the "
                    + "server is stopped.")
    static class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(
                names = "--files",
                paramLabel = "DIR",
                description = "Folder of the attachment files (default: the " + "folder of FILE)")
        Path files;

        @Option(names = "--dry-run", description = "Check every row and report the problems; store nothing")
        boolean dryRun;

        @Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("没有文件 " + file);
                err.flush();
                return EXIT_PROBLEMS;
            }
            byte[] content = Files.readAllBytes(file);
            Path folder = files != null ? files : file.toAbsolutePath().getParent();
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GongkaiCommand.application(spec))
                    .web(WebApplicationType.NONE)
                    .run(dataDir.applicationArguments())) {
                StaffMember operator = operator(ctx.getBean(UnitDirectory.class));
                if (operator == null) {
                    err.println("数据库中还没有单位：请先完成初始设置（./gongkai serve 后打开 /setup），再导入。");
                    err.flush();
                    return EXIT_PROBLEMS;
                }
                CatalogImport imports = ctx.getBean(CatalogImport.class);
                ImportReport report;
                try {
                    ImportReader.Source source =
                            ImportReader.read(file.getFileName().toString(), content, ImportFiles.directory(folder));
                    report = dryRun ? imports.dryRun(operator, source) : imports.run(operator, source);
                } catch (InvalidInputException e) {
                    MessageSource messages = ctx.getBean(MessageSource.class);
                    e.fields().forEach(f -> err.println(messages.getMessage(f.messageCode(), f.args(), China.LOCALE)));
                    err.flush();
                    return EXIT_PROBLEMS;
                }
                return print(report, out, err);
            }
        }

        private int print(ImportReport report, PrintWriter out, PrintWriter err) {
            for (ImportProblem p : report.problems()) {
                err.println("第" + p.row() + "行 " + p.column() + "：" + p.reason());
            }
            if (!report.ok()) {
                err.println(report.source() + "：" + report.rows() + " 行中有 "
                        + report.problems().size() + " 处问题，未导入任何信息。");
                err.flush();
                return EXIT_PROBLEMS;
            }
            out.println(
                    dryRun
                            ? "预检通过：" + report.rows() + " 行全部可以导入（未保存）。"
                            : "已导入 " + report.imported() + " 条信息、" + report.attachments() + " 个附件。");
            out.flush();
            return 0;
        }

        /** The command line acts as an administrator of the government (the root of the unit tree). */
        private static StaffMember operator(UnitDirectory units) {
            Unit root = units.all().stream().filter(Unit::isRoot).findFirst().orElse(null);
            if (root == null) {
                return null;
            }
            String user = DataDirOption.operator();
            return new StaffMember(user.length() > 60 ? user.substring(0, 60) : user, "命令行", Role.ADMIN, root.code());
        }
    }
}

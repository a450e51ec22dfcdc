package org.gongkai.reportreading.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.reportreading.AuditOutput;
import org.gongkai.reportreading.ReportAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "audit",
        description = "Audit every report in a folder: all checks, carry-over and year-on-year jumps between "
                + "consecutive years of a unit, text copied across units or years; prints the ranking and writes "
                + "audit.xlsx and audit.html. Exit 0 when every file was read, 2 when one could not be.")
public class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders of reports (or report files)")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write audit.xlsx and audit.html (default .)")
    Path out = Path.of(".");

    @Option(names = "--threads", description = "reading threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--top", description = "reports listed in the HTML summary (default 50)")
    int top = 50;

    @Override
    public Integer call() throws IOException {
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                files.addAll(ParseCommand.reportsIn(p));
            } else {
                files.add(p);
            }
        }
        long t0 = System.nanoTime();
        ReportAudit.Result result = new ReportAudit(threads).auditFiles(files);
        Files.createDirectories(out);
        Files.write(out.resolve("audit.xlsx"), AuditOutput.xlsx(result));
        Files.write(out.resolve("audit.html"), AuditOutput.html(result, top));
        stdout.print(AuditOutput.text(result));
        stdout.flush();
        for (ReportAudit.Failure f : result.failures()) {
            err.println("gongkai report audit: " + f.file() + ": " + f.reason());
        }
        err.printf(
                "%d reports read, %d with findings, %d unreadable, in %.1f s; wrote %s and %s%n",
                result.ranking().size(),
                result.withFindings(),
                result.failures().size(),
                (System.nanoTime() - t0) / 1e9,
                out.resolve("audit.xlsx"),
                out.resolve("audit.html"));
        return result.failures().isEmpty() ? 0 : 2;
    }
}

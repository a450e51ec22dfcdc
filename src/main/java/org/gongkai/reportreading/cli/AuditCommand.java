package org.gongkai.reportreading.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.reportreading.AuditOutput;
import org.gongkai.reportreading.ReportAudit;
import org.gongkai.reportreading.fetch.PortalFetch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "audit",
        description = "Audit every report in a folder: all checks, carry-over and year-on-year jumps between "
                + "consecutive years of a unit, text copied across units or years; prints the ranking and writes "
                + "audit.xlsx and audit.html. Exit 0 when every file was read, 2 when one could not be.")
public class AuditCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..*",
            paramLabel = "DIR",
            description = "folders of reports (or report files); with --urls, the one output folder")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "where to write audit.xlsx and audit.html (default .)")
    Path out;

    @Option(
            names = "--urls",
            paramLabel = "FILE",
            description = "a list of addresses (one a line) of annual-report columns or report pages to fetch and "
                    + "audit; the downloads are kept in OUT/downloads")
    Path urls;

    @Option(names = "--max-mb", description = "with --urls: largest file fetched, in MB (default 20)")
    long maxMb = 20;

    @Option(names = "--max-files", description = "with --urls: most files fetched in all (default 200)")
    int maxFiles = 200;

    @Option(names = "--timeout", description = "with --urls: seconds a request may take (default 30)")
    int timeoutSeconds = 30;

    @Option(names = "--threads", description = "reading threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--top", description = "reports listed in the HTML summary (default 50)")
    int top = 50;

    @Override
    public Integer call() throws IOException {
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        ReportAudit.Result result;
        if (urls != null) {
            if (out == null && inputs.size() == 1) {
                out = inputs.get(0);
            } else if (!inputs.isEmpty()) {
                err.println("gongkai report audit: with --urls give one output folder (or --out) and no DIR");
                return 2;
            }
            out = out == null ? Path.of(".") : out;
            result = fetchAndAudit(err);
        } else {
            if (inputs.isEmpty()) {
                err.println("gongkai report audit: give a folder of reports or --urls FILE");
                return 2;
            }
            out = out == null ? Path.of(".") : out;
            List<Path> files = new ArrayList<>();
            for (Path p : inputs) {
                if (Files.isDirectory(p)) {
                    files.addAll(ParseCommand.reportsIn(p));
                } else {
                    files.add(p);
                }
            }
            result = new ReportAudit(threads).auditFiles(files);
        }
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

    /** Fetches the listed columns, keeps the downloads in OUT/downloads and audits them as a folder. */
    private ReportAudit.Result fetchAndAudit(PrintStream err) throws IOException {
        List<String> lines = Files.readAllLines(urls, StandardCharsets.UTF_8);
        PortalFetch.Limits limits =
                new PortalFetch.Limits(maxMb * 1024 * 1024, maxFiles, Duration.ofSeconds(timeoutSeconds), 5);
        PortalFetch.Result fetched = new PortalFetch(limits).fetch(lines);
        for (String s : fetched.skipped()) {
            err.println("gongkai report audit: " + s);
        }
        Path downloads = out.resolve("downloads");
        Files.createDirectories(downloads);
        int i = 0;
        for (PortalFetch.Download d : fetched.downloads()) {
            Files.write(downloads.resolve(String.format("%03d_%s", ++i, PortalFetch.fileName(d.url()))), d.content());
        }
        err.printf(
                "%d files fetched, %d refused%n",
                fetched.downloads().size(), fetched.refused().size());
        ReportAudit.Result audited = new ReportAudit(threads).audit(fetched.inputs());
        List<ReportAudit.Failure> failures = new ArrayList<>(fetched.refused());
        failures.addAll(audited.failures());
        return new ReportAudit.Result(audited.ranking(), failures);
    }
}

package org.gongkai.reportreading.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.ReportChecks;
import org.gongkai.reportmodel.ReportJson;
import org.gongkai.reportreading.AnnualReportReader;
import org.gongkai.reportreading.ReportSummary;
import org.gongkai.reportreading.UnreadableReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "parse",
        description = "Read published annual reports (txt, md, html, docx, pdf); a directory "
                + "reads every report in it. Exit 0 when every file was read, 2 when one could not be.")
public class ParseCommand implements Callable<Integer> {

    static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm", ".docx", ".pdf");

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files or directories")
    List<Path> files;

    @Option(names = "--json", description = "print the contract JSON (an array when several reports)")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<Path> inputs = new ArrayList<>();
        int exit = 0;
        boolean directory = false;
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                directory = true;
                inputs.addAll(reportsIn(f));
            } else {
                inputs.add(f);
            }
        }
        Progress progress = new Progress(err, directory && Progress.stderrIsTerminal(), inputs.size());
        AnnualReportReader reader = new AnnualReportReader();
        List<AnnualReport> reports = new ArrayList<>();
        for (Path f : inputs) {
            try {
                reports.add(reader.read(f));
            } catch (java.nio.file.NoSuchFileException e) {
                exit = failed(
                        progress,
                        err,
                        f,
                        UnreadableReportException.of("missing", f.toString()).getMessage());
            } catch (IOException e) {
                exit = failed(
                        progress,
                        err,
                        f,
                        UnreadableReportException.because(e, "io", f.toString(), String.valueOf(e.getMessage()))
                                .getMessage());
            } catch (UploadRefusedException e) {
                exit = failed(progress, err, f, e.describe());
            } catch (UnreadableReportException e) {
                exit = failed(progress, err, f, e.getMessage());
            } catch (RuntimeException e) {
                exit = failed(
                        progress,
                        err,
                        f,
                        UnreadableReportException.because(e, "unexpected", f.toString(), e.toString())
                                .getMessage());
            }
            progress.step(f.getFileName().toString());
        }
        progress.done();
        ReportChecks.checkSeries(reports);
        if (json) {
            out.println(
                    reports.size() == 1 && inputs.size() == 1 && !directory
                            ? ReportJson.write(reports.get(0))
                            : ReportJson.writeAll(reports));
        } else {
            for (AnnualReport r : reports) {
                out.println(ReportSummary.text(r));
            }
        }
        out.flush();
        return exit;
    }

    /** One file not read: the reason in Chinese (naming the file), after the command and the path; exit 2. */
    private static int failed(Progress progress, PrintStream err, Path f, String message) {
        progress.clear();
        err.println("gongkai report parse: " + f + ": " + message);
        return 2;
    }

    static List<Path> reportsIn(Path dir) {
        try (Stream<Path> s = Files.walk(dir, 1)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.stream()
                            .anyMatch(e -> p.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(e)))
                    .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

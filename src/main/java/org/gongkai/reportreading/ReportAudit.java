package org.gongkai.reportreading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.ReportChecks;

/**
 * Audits many published reports at once: reads each (in parallel), then runs the checks that need several
 * reports (carry-over and year-on-year jumps between consecutive years of one unit, text copied across units
 * or years) and ranks the reports by their findings, most first.
 */
public final class ReportAudit {

    /** A file that could not be read, and why. */
    public record Failure(String file, String reason) {}

    /** The reports ranked (most findings first), and the files that could not be read. */
    public record Result(List<AnnualReport> ranking, List<Failure> failures) {

        /** Reports with at least one finding. */
        public long withFindings() {
            return ranking.stream().filter(r -> !r.findings().isEmpty()).count();
        }
    }

    /** One input: a name and a way to get its bytes; a file also gives the pictures a saved page keeps beside it. */
    public record Input(String name, Loader bytes, Path file) {

        public Input(String name, Loader bytes) {
            this(name, bytes, null);
        }
    }

    @FunctionalInterface
    public interface Loader {
        byte[] load() throws IOException;
    }

    private final AnnualReportReader reader = new AnnualReportReader();
    private final int threads;

    public ReportAudit(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Audits the given files. */
    public Result auditFiles(List<Path> files) {
        List<Input> in = new ArrayList<>(files.size());
        for (Path p : files) {
            in.add(new Input(p.getFileName().toString(), () -> Files.readAllBytes(p), p));
        }
        return audit(in);
    }

    public Result audit(List<Input> inputs) {
        List<AnnualReportReader.Reading> read = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Input in : inputs) {
                futures.add(pool.submit(() -> readOne(in)));
            }
            for (int i = 0; i < futures.size(); i++) {
                Object o;
                try {
                    o = futures.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    o = new Failure(
                            inputs.get(i).name(),
                            UnreadableReportException.because(
                                            e.getCause(),
                                            "unexpected",
                                            inputs.get(i).name(),
                                            String.valueOf(e.getCause()))
                                    .getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                if (o instanceof AnnualReportReader.Reading r) {
                    read.add(r);
                } else {
                    failures.add((Failure) o);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<AnnualReport> reports = new ArrayList<>(read.size());
        List<String> texts = new ArrayList<>(read.size());
        for (AnnualReportReader.Reading r : read) {
            reports.add(r.report());
            texts.add(r.text());
        }
        ReportChecks.checkSeries(new ArrayList<>(reports));
        CopiedText.check(reports, texts);
        List<AnnualReport> ranking = new ArrayList<>(reports);
        ranking.sort(Comparator.comparingInt((AnnualReport r) -> -r.findings().size())
                .thenComparing(r -> r.unit() == null ? "" : r.unit())
                .thenComparing(r -> r.year() == null ? 0 : r.year())
                .thenComparing(r -> r.source() == null ? "" : r.source()));
        return new Result(ranking, failures);
    }

    private Object readOne(Input in) {
        try {
            return in.file() != null
                    ? reader.reading(in.file())
                    : reader.reading(in.bytes().load(), in.name());
        } catch (IOException e) {
            return new Failure(
                    in.name(),
                    UnreadableReportException.because(e, "io", in.name(), String.valueOf(e.getMessage()))
                            .getMessage());
        } catch (UnreadableReportException e) {
            return new Failure(in.name(), e.getMessage());
        } catch (org.gongkai.platform.uploads.UploadRefusedException e) {
            return new Failure(in.name(), e.describe()); // too large, a bomb, too many pages, too slow
        } catch (RuntimeException | StackOverflowError e) {
            return new Failure(
                    in.name(),
                    UnreadableReportException.because(e, "unexpected", in.name(), e.toString())
                            .getMessage());
        }
    }
}

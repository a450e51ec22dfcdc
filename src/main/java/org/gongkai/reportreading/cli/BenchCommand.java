package org.gongkai.reportreading.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongkai.reportreading.AnnualReportReader;
import org.gongkai.reportreading.UnreadableReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Reports read per second, each format on its own (text, html, docx, pdf, image): one thread reads all the format's
 * reports over and over for the warm-up time, then for the measured time, both counted in CPU-seconds of the
 * process less compiling (the reading thread's own would miss an extraction run on its time-budget thread; on a
 * busy machine a wall-clock warm-up would leave the code half compiled; the wall-clock time is then longer, at most
 * twenty times as long). The per-core figure divides by the CPU time
 * the process spent over the measured time on everything but compiling (the reading thread, the thread each
 * extraction runs on within its time budget, garbage collection; the JIT compiler threads, still at work after a
 * short warm-up, are left out where Linux's /proc tells their time), which does not depend on what else the
 * machine runs.
 */
@Command(name = "bench", description = "Reports read per CPU-second on one thread, per format (warm-up, then timed)")
public class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files or directories")
    List<Path> files;

    @Option(
            names = "--seconds",
            defaultValue = "10",
            description = "measured CPU-seconds of the process, less compiling, per format (default 10)")
    int seconds;

    @Option(
            names = "--warmup",
            defaultValue = "5",
            description = "warm-up CPU-seconds of the process, less compiling, per format (default 5)")
    int warmup;

    private record Input(String name, byte[] content, int pages) {}

    private record Run(long reads, long wallNanos, long threadCpuNanos, long processCpuNanos, long jitNanos) {}

    @Override
    public Integer call() throws IOException {
        AnnualReportReader reader = new AnnualReportReader();
        Map<String, List<Input>> byFormat = new LinkedHashMap<>();
        for (Path f : files) {
            for (Path p : Files.isDirectory(f) ? ParseCommand.reportsIn(f) : List.of(f)) {
                byte[] content = Files.readAllBytes(p);
                String name = p.getFileName().toString();
                byFormat.computeIfAbsent(reader.format(content, name), k -> new ArrayList<>())
                        .add(new Input(name, content, reader.pages(content)));
            }
        }
        if (byFormat.isEmpty()) {
            System.err.println("gongkai report bench: no reports given");
            return 2;
        }
        for (Map.Entry<String, List<Input>> e : byFormat.entrySet()) {
            List<Input> inputs = e.getValue();
            run(reader, inputs, warmup * 1_000_000_000L);
            Run r = run(reader, inputs, seconds * 1_000_000_000L);
            long bytes = inputs.stream().mapToLong(i -> i.content().length).sum() / inputs.size();
            System.out.printf(
                    "report bench: %s%d reports (avg %d bytes), %d reads on one thread in %.2f s wall,"
                            + " %.2f s CPU (process less %.2f s compiling; %.2f s on the reading thread)%n",
                    byFormat.size() > 1 ? e.getKey() + ": " : "",
                    inputs.size(),
                    bytes,
                    r.reads(),
                    r.wallNanos() / 1e9,
                    (r.processCpuNanos() - r.jitNanos()) / 1e9,
                    r.jitNanos() / 1e9,
                    r.threadCpuNanos() / 1e9);
            double cpu = Math.max(1, r.processCpuNanos() - r.jitNanos()) / 1e9;
            System.out.printf(
                    "  %s%s reports/s wall clock, %s reports per CPU-second (per core)%s%n",
                    byFormat.size() > 1 ? e.getKey() + ": " : "",
                    rate(r.reads() * 1e9 / r.wallNanos()),
                    rate(r.reads() / cpu),
                    // every pass reads all the format's reports
                    pagesRate(
                            r.reads()
                                    / inputs.size()
                                    * inputs.stream().mapToLong(Input::pages).sum(),
                            cpu));
        }
        return 0;
    }

    /**
     * ", N pages per CPU-second" for paged reports (PDF, scans): a scanned page's rate is what OCR is judged by, and
     * reports of different lengths are not comparable; empty for formats without pages.
     */
    static String pagesRate(long pagesRead, double cpuSeconds) {
        return pagesRead == 0 ? "" : ", " + rate(pagesRead / cpuSeconds) + " pages per CPU-second";
    }

    /** Whole reports from ten a second up; below, two decimals (a scanned report takes seconds). */
    static String rate(double perSecond) {
        return String.format(java.util.Locale.ROOT, perSecond >= 10 ? "%.0f" : "%.2f", perSecond);
    }

    private static Run run(AnnualReportReader reader, List<Input> inputs, long nanos) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long process0 = processCpu();
        long jit0 = compilerCpu();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long n = 0;
        long sink = 0;
        // stops on the process's CPU less compiling: a read may run on another thread (the time-budgeted parse
        // does), which the reading thread's own CPU time would not see; /proc is read at most every 20 ms
        long checked = start;
        while (System.nanoTime() - start < 20 * nanos) {
            long now = System.nanoTime();
            if (now - checked >= 20_000_000L) {
                checked = now;
                if (processCpu() - process0 - (compilerCpu() - jit0) >= nanos) {
                    break;
                }
            }
            for (Input in : inputs) {
                try {
                    sink += reader.read(in.content(), in.name()).findings().size();
                } catch (UnreadableReportException e) {
                    sink++;
                }
                n++;
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return new Run(
                n,
                System.nanoTime() - start,
                mx.getCurrentThreadCpuTime() - cpu0,
                processCpu() - process0,
                compilerCpu() - jit0);
    }

    /** CPU time of the JIT compiler threads so far (Linux: /proc/self/task), 0 where it cannot be read. */
    private static long compilerCpu() {
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                String comm = Files.readString(t.resolve("comm")).strip();
                if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                    sum += Long.parseLong(
                            Files.readString(t.resolve("schedstat")).split(" ")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // not Linux, or a compiler thread ended while read: count compiling as reading
        }
        return sum;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}

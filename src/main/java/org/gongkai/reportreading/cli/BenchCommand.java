package org.gongkai.reportreading.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.reportreading.AnnualReportReader;
import org.gongkai.reportreading.UnreadableReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", description = "Reports read per second on one thread (warm-up, then timed rounds)")
public class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files or directories")
    List<Path> files;

    @Option(names = "--seconds", defaultValue = "10", description = "measured time (default 10)")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up time (default 5)")
    int warmup;

    @Override
    public Integer call() throws IOException {
        List<byte[]> contents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            for (Path p : Files.isDirectory(f) ? ParseCommand.reportsIn(f) : List.of(f)) {
                contents.add(Files.readAllBytes(p));
                names.add(p.getFileName().toString());
            }
        }
        if (contents.isEmpty()) {
            System.err.println("gongkai report bench: no reports given");
            return 2;
        }
        AnnualReportReader reader = new AnnualReportReader();
        run(reader, contents, names, warmup * 1_000_000_000L);
        long[] r = run(reader, contents, names, seconds * 1_000_000_000L);
        double perWallSecond = r[0] * 1e9 / r[1];
        double perCpuSecond = r[0] * 1e9 / r[2];
        long bytes = contents.stream().mapToLong(b -> b.length).sum() / contents.size();
        System.out.printf(
                "report bench: %d reports (avg %d bytes), %d reads on one thread in %.2f s wall, %.2f s CPU%n",
                contents.size(), bytes, r[0], r[1] / 1e9, r[2] / 1e9);
        System.out.printf(
                "  %.0f reports/s wall clock, %.0f reports per CPU-second (per core)%n", perWallSecond, perCpuSecond);
        return 0;
    }

    private static long[] run(AnnualReportReader reader, List<byte[]> contents, List<String> names, long nanos) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long n = 0;
        long sink = 0;
        while (System.nanoTime() - start < nanos) {
            for (int i = 0; i < contents.size(); i++) {
                try {
                    sink += reader.read(contents.get(i), names.get(i))
                            .findings()
                            .size();
                } catch (UnreadableReportException e) {
                    sink++;
                }
                n++;
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return new long[] {n, System.nanoTime() - start, mx.getCurrentThreadCpuTime() - cpu0};
    }
}

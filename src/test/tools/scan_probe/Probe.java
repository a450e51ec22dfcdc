package org.gongkai.reportreading;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;

public class Probe {
    public static void main(String[] a) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        byte[] ref = Files.readAllBytes(Path.of(a[0]));
        AnnualReport text = new AnnualReportReader().read(ref, Path.of(a[0]).getFileName().toString());
        byte[] scan = ScannedReportTest.imageOnly(Files.readAllBytes(Path.of(a[1])), 150);
        int pages;
        try (var d = org.apache.pdfbox.Loader.loadPDF(scan)) { pages = d.getNumberOfPages(); }
        int reps = a.length > 2 ? Integer.parseInt(a[2]) : 2;
        AnnualReport ocr = null;
        for (int k = 0; k < reps; k++) {
            long c0 = os.getProcessCpuTime();
            long tc0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long gc0 = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionTime()).sum();
            long w0 = System.nanoTime();
            ocr = new AnnualReportReader().read(scan, "scan.pdf");
            long c1 = os.getProcessCpuTime();
            System.out.printf("  reading thread CPU %.2f s, GC time %d ms%n", (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - tc0) / 1e9,
                ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionTime()).sum() - gc0);
            System.out.printf("run %d: %d pages, process CPU %.2f s, wall %.2f s, %.2f pages/CPU-s, load %.1f%n", k, pages,
                    (c1 - c0) / 1e9, (System.nanoTime() - w0) / 1e9, pages / ((c1 - c0) / 1e9), os.getSystemLoadAverage());
        }
        System.out.println("unit " + ocr.unit() + " / " + text.unit() + ", year " + ocr.year() + " / " + text.year());
        int cells = 0, right = 0, unknown = 0;
        List<String> wrong = new ArrayList<>();
        for (String t : List.of("proactive", "requests", "reviews")) {
            Grid g = text.table(t);
            Grid h = ocr.table(t);
            if (g == null) continue;
            for (String row : g.rowKeys()) {
                for (String c : g.columns(row)) {
                    cells++;
                    String path = t + "." + row + "." + c;
                    if (h == null || !h.layout().hasRow(row) || ocr.unknown(path)) { unknown++; continue; }
                    if (h.get(row, c).compareTo(g.get(row, c)) != 0) wrong.add(path + "=" + h.get(row, c) + " printed " + g.get(row, c));
                    else right++;
                }
            }
        }
        System.out.printf("cells %d right-certain %d uncertain %d wrong-certain %d %s%n", cells, right, unknown, wrong.size(), wrong);
        if (a.length > 3) ocr.findings().forEach(f -> System.out.println("  " + f.code() + " " + f.where()));
    }
}

package org.gongkai.reportreading;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;

/**
 * REFERENCE SOURCE-PDF RUNS [VARIANT [findings]]; VARIANT: dpi, then optional r(degrees) rotation, j(quality) JPEG
 * with noise, e.g. 150, 200, 150r0.7, 200r-0.5j60.
 */
public class Probe {
    public static void main(String[] a) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        byte[] ref = Files.readAllBytes(Path.of(a[0]));
        AnnualReport text = new AnnualReportReader().read(ref, Path.of(a[0]).getFileName().toString());
        String variant = a.length > 3 ? a[3] : "150";
        byte[] scan = scanned(Files.readAllBytes(Path.of(a[1])), variant);
        if (System.getProperty("keep") != null) Files.write(Path.of(System.getProperty("keep")), scan);
        int pages;
        try (var d = Loader.loadPDF(scan)) { pages = d.getNumberOfPages(); }
        int reps = a.length > 2 ? Integer.parseInt(a[2]) : 2;
        AnnualReport ocr = null;
        for (int k = 0; k < reps; k++) {
            long c0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            ocr = new AnnualReportReader().read(scan, "scan.pdf");
            long c1 = os.getProcessCpuTime();
            System.out.printf("run %d: %d pages, process CPU %.2f s, wall %.2f s, %.2f pages/CPU-s, load %.1f%n", k, pages,
                    (c1 - c0) / 1e9, (System.nanoTime() - w0) / 1e9, pages / ((c1 - c0) / 1e9), os.getSystemLoadAverage());
        }
        System.out.println("unit " + ocr.unit() + " / " + text.unit() + ", year " + ocr.year() + " / " + text.year());
        int cells = 0, right = 0, unknown = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unk = new ArrayList<>();
        for (String t : List.of("proactive", "requests", "reviews")) {
            Grid g = text.table(t);
            Grid h = ocr.table(t);
            if (g == null) continue;
            for (String row : g.rowKeys()) {
                for (String c : g.columns(row)) {
                    cells++;
                    String path = t + "." + row + "." + c;
                    if (h == null || !h.layout().hasRow(row) || ocr.unknown(path)) { unknown++; unk.add(path); continue; }
                    if (h.get(row, c).compareTo(g.get(row, c)) != 0) wrong.add(path + "=" + h.get(row, c) + " printed " + g.get(row, c));
                    else right++;
                }
            }
        }
        System.out.printf("RESULT %s %s cells %d right-certain %d uncertain %d wrong-certain %d %s%n", a[1], variant, cells, right, unknown, wrong.size(), wrong);
        if (a.length > 4) {
            System.out.println("uncertain: " + unk);
            ocr.findings().forEach(f -> System.out.println("  " + f.code() + " " + f.where()));
        }
    }

    static byte[] scanned(byte[] pdf, String variant) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:r(-?[\\d.]+))?(?:j(\\d+))?").matcher(variant);
        m.matches();
        float dpi = Float.parseFloat(m.group(1));
        double deg = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
        int jpeg = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        Random rnd = new Random(7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument d = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(d);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                if (deg != 0) {
                    BufferedImage r = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = r.createGraphics();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, r.getWidth(), r.getHeight());
                    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    g.rotate(Math.toRadians(deg), r.getWidth() / 2.0, r.getHeight() / 2.0);
                    g.drawImage(img, 0, 0, null);
                    g.dispose();
                    img = r;
                }
                if (jpeg > 0) {
                    for (int y = 0; y < img.getHeight(); y++) {
                        for (int x = 0; x < img.getWidth(); x++) {
                            int v = img.getRGB(x, y) & 0xff;
                            int n = (int) Math.round(rnd.nextGaussian() * 12) + (v < 128 ? 20 : -12); // grey paper, faded ink
                            int w = Math.max(0, Math.min(255, v + n));
                            img.setRGB(x, y, 0xff000000 | w << 16 | w << 8 | w);
                        }
                    }
                }
                PDRectangle box = d.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                scan.addPage(page);
                PDImageXObject x = jpeg > 0 ? JPEGFactory.createFromImage(scan, img, jpeg / 100f) : LosslessFactory.createFromImage(scan, img);
                try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                    cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            scan.save(out);
        }
        return out.toByteArray();
    }
}

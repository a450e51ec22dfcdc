package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.junit.jupiter.api.Test;

/**
 * A scanned copy of a real PDF report (洪泽区 2023: its pages rendered at 150 dpi, put back as an image-only
 * PDF) read by OCR, against the same report read from its text layer: at least 98% of the cells certain and right,
 * the rest uncertain (null), no cell wrong and certain. The page break cuts a row of table 三 (no closing rule), the
 * section heading of table 三 is misread, and the printed sums of table 四 disagree.
 */
class ScannedReportTest {

    private static final Path REAL = Path.of("src/test/resources/reports-real/08_hongze_2023.pdf");

    static byte[] imageOnly(byte[] pdf, float dpi) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument d = Loader.loadPDF(pdf);
                PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(d);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                PDRectangle box = d.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                scan.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(scan, img);
                try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                    cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            scan.save(out);
        }
        return out.toByteArray();
    }

    @Test
    void givenAnImageOnlyCopyOfARealReport_whenRead_thenAtLeast98PercentOfCellsAreCertainAndNoneIsWrong()
            throws Exception {
        byte[] pdf = Files.readAllBytes(REAL);
        AnnualReport text = new AnnualReportReader().read(pdf, "text.pdf");
        byte[] scan = imageOnly(pdf, 150);
        assertThat(new PdfTextProbe(scan).chars()).as("no text layer").isZero();

        AnnualReport ocr = new AnnualReportReader().read(scan, "scan.pdf");

        assertThat(ocr.unit()).isEqualTo(text.unit());
        assertThat(ocr.year()).isEqualTo(text.year());
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        int read = 0;
        for (String t : List.of("proactive", "requests", "reviews")) {
            Grid g = text.table(t);
            Grid h = ocr.table(t);
            assertThat(h).as(t).isNotNull();
            for (String row : g.rowKeys()) {
                if (!h.layout().hasRow(row)) {
                    continue; // the single （六）其他处理 row read as the 2021 format's three rows
                }
                for (String c : g.columns(row)) {
                    cells++;
                    String path = t + "." + row + "." + c;
                    if (ocr.unknown(path)) {
                        continue;
                    }
                    read++;
                    if (h.get(row, c).compareTo(g.get(row, c)) != 0) {
                        wrong.add(path + "=" + h.get(row, c) + " printed " + g.get(row, c));
                    }
                }
            }
        }
        assertThat(wrong).as("wrong and certain").isEmpty();
        assertThat(read * 100).as("cells read with certainty, of " + cells).isGreaterThanOrEqualTo(cells * 98);
        assertThat(ocr.findings()).extracting(f -> f.code()).contains("review_sum"); // the printed sums, as printed
    }

    @Test
    void givenAPageAsPng_whenRead_thenRecognisedAsAScan() throws Exception {
        byte[] pdf = Files.readAllBytes(REAL);
        BufferedImage page;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(d).renderImageWithDPI(0, 150, ImageType.RGB);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);

        assertThat(DocumentLoader.detect(png.toByteArray(), "p.png")).isEqualTo(DocumentLoader.Format.IMAGE);
        AnnualReport r = new AnnualReportReader().read(png.toByteArray(), "p.png");

        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.unit()).isEqualTo("洪泽区人民政府");
    }

    /** Characters in a PDF's text layer. */
    record PdfTextProbe(byte[] pdf) {
        int chars() throws Exception {
            try (PDDocument d = Loader.loadPDF(pdf)) {
                return new org.apache.pdfbox.text.PDFTextStripper()
                        .getText(d)
                        .strip()
                        .length();
            }
        }
    }
}

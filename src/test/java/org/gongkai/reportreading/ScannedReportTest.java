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
        return imageOnly(pdf, dpi, ImageType.RGB);
    }

    /** An image-only copy of {@code pdf}, its pages drawn at {@code dpi} as images of {@code type}. */
    static byte[] imageOnly(byte[] pdf, float dpi, ImageType type) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument d = Loader.loadPDF(pdf);
                PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(d);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, type);
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

    /**
     * An image-only copy as a scanner makes it: rendered at {@code dpi}, turned by {@code degrees} (a sheet laid
     * askew on the glass), with grey paper, faded ink and pixel noise, stored as JPEG of {@code quality} percent.
     */
    static byte[] scannedCopy(byte[] pdf, float dpi, double degrees, int quality) throws Exception {
        java.util.Random noise = new java.util.Random(7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument d = Loader.loadPDF(pdf);
                PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(d);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                BufferedImage turned = turned(img, degrees);
                for (int y = 0; y < turned.getHeight(); y++) {
                    for (int x = 0; x < turned.getWidth(); x++) {
                        int v = turned.getRGB(x, y) & 0xff;
                        int n = (int) Math.round(noise.nextGaussian() * 12) + (v < 128 ? 20 : -12);
                        int grey = Math.max(0, Math.min(255, v + n));
                        turned.setRGB(x, y, 0xff000000 | grey << 16 | grey << 8 | grey);
                    }
                }
                PDRectangle box = d.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                scan.addPage(page);
                PDImageXObject x = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(
                        scan, turned, quality / 100f);
                try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                    cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            scan.save(out);
        }
        return out.toByteArray();
    }

    /** A scan's cells against the same report read from its text layer. */
    record Score(int cells, int read, List<String> wrong) {}

    static Score score(AnnualReport text, AnnualReport ocr) {
        return score(text, ocr, List.of("proactive", "requests", "reviews"));
    }

    static Score score(AnnualReport text, AnnualReport ocr, List<String> tables) {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        int read = 0;
        for (String t : tables) {
            Grid g = text.table(t);
            Grid h = ocr.table(t);
            if (g == null) {
                continue;
            }
            for (String row : g.rowKeys()) {
                cells += g.columns(row).size();
                if (h == null || !h.layout().hasRow(row)) {
                    continue; // the single （六）其他处理 row read as the 2021 format's three rows
                }
                for (String c : g.columns(row)) {
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
        return new Score(cells, read, wrong);
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
        assertNoneWrongAndCertain(score(text, ocr), 98);
        assertThat(ocr.findings()).extracting(f -> f.code()).contains("review_sum"); // the printed sums, as printed
    }

    @Test
    void givenACopyScannedAskewAt200DpiWithJpegNoise_whenRead_thenItIsStraightenedAndNothingIsWrongAndCertain()
            throws Exception {
        byte[] pdf = Files.readAllBytes(REAL);
        AnnualReport text = new AnnualReportReader().read(pdf, "text.pdf");
        byte[] scan = scannedCopy(pdf, 200, -0.6, 70);

        AnnualReport ocr = new AnnualReportReader().read(scan, "scan.pdf");

        assertNoneWrongAndCertain(score(text, ocr), MIN_ASKEW);
    }

    /** The page turned by {@code degrees} about its centre on white paper, as a sheet laid askew on the glass. */
    static BufferedImage turned(BufferedImage img, double degrees) {
        BufferedImage turned = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = turned.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0);
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return turned;
    }

    /** An image-only copy rendered at {@code dpi} and turned by {@code degrees}, stored losslessly. */
    static byte[] turnedCopy(byte[] pdf, float dpi, double degrees) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument d = Loader.loadPDF(pdf);
                PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(d);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                BufferedImage turned = turned(img, degrees);
                PDRectangle box = d.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                scan.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(scan, turned);
                try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                    cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            scan.save(out);
        }
        return out.toByteArray();
    }

    /**
     * A sheet laid 0.7° askew: the heading of table 四, its characters boxed 9 to 50 pixels high, was split into two
     * lines and lost, and with it the table (98 of 186 cells certain before).
     */
    @Test
    void givenACopyScannedAskew_whenRead_thenAtLeast98PercentOfCellsAreCertainAndNoneIsWrong() throws Exception {
        byte[] pdf = Files.readAllBytes(REAL);
        AnnualReport text = new AnnualReportReader().read(pdf, "text.pdf");

        AnnualReport ocr = new AnnualReportReader().read(turnedCopy(pdf, 150, 0.7), "scan.pdf");

        assertNoneWrongAndCertain(score(text, ocr), 98);
        assertThat(ocr.reviews()).isNotNull();
    }

    /** No cell wrong and certain, and at least {@code percent} per cent of the cells read with certainty. */
    static void assertNoneWrongAndCertain(Score s, int percent) {
        assertThat(s.wrong()).as("wrong and certain").isEmpty();
        assertThat(s.read() * 100)
                .as("cells read with certainty, of " + s.cells())
                .isGreaterThanOrEqualTo(s.cells() * percent);
    }

    /**
     * Per cent of cells read with certainty on the harsh copy (askew, noisy JPEG): measured 28 % in the fourth session
     * (docs/benchmarks.md); what matters there is that none is wrong and certain.
     */
    private static final int MIN_ASKEW = 25;

    @Test
    void givenACopyScannedAt200Dpi_whenRead_thenAtLeast98PercentOfCellsAreCertainAndNoneIsWrong() throws Exception {
        byte[] pdf = Files.readAllBytes(REAL);
        AnnualReport text = new AnnualReportReader().read(pdf, "text.pdf");

        AnnualReport ocr = new AnnualReportReader().read(imageOnly(pdf, 200), "scan.pdf");

        assertNoneWrongAndCertain(score(text, ocr), 98);
    }

    /**
     * A 300 dpi black-and-white copy (an office scanner's default for documents), the table pages as poppler draws them
     * ({@code pdftoppm -r 300 -mono}, CCITT G4). Drawn at 150 dpi for recognition, the serif 1s lost their flags (a bar
     * no engine read as a digit) and a hatched caption band set the height of the line of figures read together, so
     * that none of them was read: 11 cells uncertain. The page is drawn at 300 dpi and averaged down
     * (docs/benchmarks.md, "Scanned copies made by poppler").
     */
    @Test
    void givenPopplers300DpiBlackAndWhiteCopyOfTheTablePages_whenRead_thenEveryCellIsCertainAndRight()
            throws Exception {
        AnnualReport text = new AnnualReportReader().read(Files.readAllBytes(REAL), "text.pdf");
        byte[] scan = Files.readAllBytes(Path.of("src/test/resources/reports-scanned/08_hongze_tables_bw300.pdf"));

        AnnualReport ocr = new AnnualReportReader().read(scan, "tables.pdf");

        Score s = score(text, ocr, List.of("requests", "reviews"));
        assertNoneWrongAndCertain(s, 100);
    }

    /**
     * A 96 dpi copy (a screen's resolution): drawn at 150 dpi by sampling, its figures came out too coarse to read
     * (41 of 176 cells certain with poppler's copy); a page scanned coarser than 120 dpi is drawn at 300 and averaged.
     */
    @Test
    void givenA96DpiCopy_whenRead_thenAtLeast98PercentOfCellsAreCertainAndNoneIsWrong() throws Exception {
        byte[] pdf = Files.readAllBytes(REAL);
        AnnualReport text = new AnnualReportReader().read(pdf, "text.pdf");

        AnnualReport ocr = new AnnualReportReader().read(imageOnly(pdf, 96), "scan.pdf");

        assertThat(ocr.unit()).isEqualTo(text.unit());
        assertNoneWrongAndCertain(score(text, ocr), 98);
    }

    /**
     * A 300 dpi grey multi-page TIFF saying nothing of its resolution: read at its own 300 dpi, the title's unit came
     * back 潜笃区人民政府 (and the year unread) with poppler's pages; a page-shaped image that wide is a fine scan, read
     * averaged down to 150 dpi as a PDF's is.
     */
    @Test
    void givenA300DpiTiffWithoutItsResolution_whenRead_thenItsUnitYearAndCellsAreRight() throws Exception {
        byte[] pdf = Files.readAllBytes(REAL);
        AnnualReport text = new AnnualReportReader().read(pdf, "text.pdf");
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        javax.imageio.ImageWriter writer =
                javax.imageio.ImageIO.getImageWritersByFormatName("tiff").next();
        try (PDDocument d = Loader.loadPDF(pdf);
                javax.imageio.stream.ImageOutputStream out = javax.imageio.ImageIO.createImageOutputStream(tiff)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            PDFRenderer renderer = new PDFRenderer(d);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                javax.imageio.ImageWriteParam p = writer.getDefaultWriteParam();
                p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionType("Deflate");
                writer.writeToSequence(
                        new javax.imageio.IIOImage(renderer.renderImageWithDPI(i, 300, ImageType.GRAY), null, null), p);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }

        AnnualReport ocr = new AnnualReportReader().read(tiff.toByteArray(), "scan.tif");

        assertThat(ocr.unit()).isEqualTo(text.unit());
        assertThat(ocr.year()).isEqualTo(text.year());
        assertNoneWrongAndCertain(score(text, ocr), 98);
    }

    @Test
    void givenA300DpiBlackAndWhiteCopyDrawnByPdfBox_whenRead_thenAtLeast98PercentOfCellsAreCertainAndNoneIsWrong()
            throws Exception {
        byte[] pdf = Files.readAllBytes(REAL);
        AnnualReport text = new AnnualReportReader().read(pdf, "text.pdf");

        AnnualReport ocr = new AnnualReportReader().read(imageOnly(pdf, 300, ImageType.BINARY), "scan.pdf");

        assertThat(ocr.unit()).isEqualTo(text.unit());
        assertThat(ocr.year()).isEqualTo(text.year());
        assertNoneWrongAndCertain(score(text, ocr), 98);
    }

    /**
     * The black-and-white copy of seed 004's table pages: 53 to 55 of 198 cells certain while one label of table 三
     * misread beyond its words ("7.属于行政执" cut short, "了" for 7) lost its row; 190 since (docs/benchmarks.md, "OCR,
     * seventh session").
     */
    private static final int MIN_BLACK_AND_WHITE = 90;

    @Test
    void givenTheTablePagesOfAnotherLayoutScannedInBlackAndWhite_whenRead_thenNoneIsWrongAndCertain() throws Exception {
        AnnualReport text = new AnnualReportReader()
                .read(Files.readAllBytes(Path.of("src/test/resources/seeds/004_21cf65572052ff91.txt")), "004.txt");
        byte[] tiff = Files.readAllBytes(Path.of("src/test/resources/reports-scanned/004_tables_bw.tif"));

        AnnualReport ocr = new AnnualReportReader().read(tiff, "tables.tif");

        assertNoneWrongAndCertain(score(text, ocr), MIN_BLACK_AND_WHITE);
    }

    @Test
    void givenACellPrintedAsTwoNumbersASpaceApart_whenScanned_thenItIsIllegibleNotTheNumbersRunTogether()
            throws Exception {
        BufferedImage rows = ImageIO.read(
                Path.of("src/test/resources/reports-scanned/000_fees_rows.png").toFile());
        SourceDocument.Builder b = new SourceDocument.Builder();

        OcrExtractor.page(rows, b, "000_fees_rows.png");

        SourceDocument doc = b.build();
        int fees = -1;
        for (int i = 0; i < doc.lines().size(); i++) {
            if (doc.lines().get(i).get(0).equals("行政事业性收费")) {
                fees = i;
            }
        }
        assertThat(fees).as("the row 行政事业性收费 read").isNotNegative();
        assertThat(doc.lines().get(fees).subList(0, 3)).containsExactly("行政事业性收费", "42", ""); // printed "42 0"
        int row = fees;
        assertThat(doc.illegible()).anySatisfy(at -> assertThat(at).containsExactly(row, 2));
        assertThat(doc.lines().stream().flatMap(List::stream)).contains("3363", "5472", "140", "1320");
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

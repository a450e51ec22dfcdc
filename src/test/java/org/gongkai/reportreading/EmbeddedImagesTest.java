package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.platform.uploads.UploadType;
import org.gongkai.reportmodel.AnnualReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports published as pictures inside a web page or a Word document: the pages of a real report (洪泽区 2023)
 * rendered at 150 dpi and placed as images read as the report's text layer does, none wrong and certain.
 */
class EmbeddedImagesTest {

    private static final Path REAL = Path.of("src/test/resources/reports-real/08_hongze_2023.pdf");

    private static AnnualReport text;
    private static List<byte[]> pages;

    @BeforeAll
    static void pagesAsPictures() throws Exception {
        byte[] pdf = Files.readAllBytes(REAL);
        text = new AnnualReportReader().read(pdf, "text.pdf");
        pages = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(d);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                pages.add(png(renderer.renderImageWithDPI(i, 150, ImageType.RGB)));
            }
        }
    }

    private static byte[] png(BufferedImage img) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void givenASavedPageShowingTheReportAsPictures_whenReadFromItsFile_thenInlineAndBesideItAreRead(@TempDir Path dir)
            throws Exception {
        assumeTrue(OcrExtractor.available(), "tesseract-ocr-chi-sim is installed by .ci/run");
        StringBuilder html =
                new StringBuilder("<html><head><title>洪泽区人民政府2023年政府信息公开工作年度报告_洪泽区人民政府</title></head><body>"
                        + "<img src=\"/images/emblem.png\" alt=\"\"><h1>年度报告</h1>");
        Files.createDirectories(dir.resolve("report_files"));
        for (int i = 0; i < pages.size(); i++) {
            if (i < 2) { // the first pages inside the page itself, the rest in the folder a browser saves
                html.append("<p><img src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(pages.get(i)))
                        .append("\"></p>");
            } else {
                Files.write(dir.resolve("report_files/page " + i + ".png"), pages.get(i));
                html.append("<p><img src=\"report_files/page%20").append(i).append(".png\"></p>");
            }
        }
        html.append("</body></html>");
        Path page = Files.writeString(dir.resolve("report.html"), html, StandardCharsets.UTF_8);

        AnnualReport read = new AnnualReportReader().read(page);

        assertThat(read.year()).isEqualTo(text.year());
        assertThat(read.unit()).isEqualTo(text.unit());
        ScannedReportTest.assertNoneWrongAndCertain(ScannedReportTest.score(text, read), 98);
    }

    @Test
    void givenAWordDocumentWhoseTablesArePictures_whenRead_thenTheTablesAreRead() throws Exception {
        assumeTrue(OcrExtractor.available(), "tesseract-ocr-chi-sim is installed by .ci/run");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("洪泽区人民政府2023年政府信息公开工作年度报告");
            for (int i = 0; i < pages.size(); i++) {
                doc.createParagraph()
                        .createRun()
                        .addPicture(
                                new java.io.ByteArrayInputStream(pages.get(i)),
                                Document.PICTURE_TYPE_PNG,
                                "page" + i + ".png",
                                Units.toEMU(420),
                                Units.toEMU(595));
            }
            doc.write(docx);
        }

        AnnualReport read = new AnnualReportReader().read(docx.toByteArray(), "report.docx");

        assertThat(read.year()).isEqualTo(2023);
        ScannedReportTest.assertNoneWrongAndCertain(ScannedReportTest.score(text, read), 98);
    }

    @Test
    void givenAnIconAndAPhotographOnAPage_whenRead_thenTheyAddNothing() throws Exception {
        assumeTrue(OcrExtractor.available(), "tesseract-ocr-chi-sim is installed by .ci/run");
        BufferedImage icon = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        BufferedImage photo = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(11);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                int v = 90 + (x * 120 / photo.getWidth()) + r.nextInt(40);
                photo.setRGB(x, y, (v << 16) | ((v * 3 / 4) << 8) | (v / 2));
            }
        }
        String body = "<p>一、总体情况</p><p>本年度我局主动公开政府信息。</p>";
        String with = "<html><body><img src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png(icon)) + "\">" + body
                + "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png(photo))
                + "\"><img src=\"data:image/png;base64,bm90IGFuIGltYWdl\"><img src=\"https://example.org/x.png\">"
                + "</body></html>";
        String without = "<html><body>" + body + "</body></html>";

        SourceDocument a = DocumentLoader.load(with.getBytes(StandardCharsets.UTF_8), "a.html");
        SourceDocument b = DocumentLoader.load(without.getBytes(StandardCharsets.UTF_8), "b.html");

        assertThat(a.scanned()).isFalse();
        assertThat(a.lines()).isEqualTo(b.lines());
    }

    @Test
    void givenReferencesOutOfTheFolder_whenLookedUpBesideAFile_thenNotRead(@TempDir Path dir) throws Exception {
        Path inner = Files.createDirectories(dir.resolve("site"));
        Files.write(dir.resolve("secret.png"), new byte[] {1, 2, 3});
        Files.write(inner.resolve("table.png"), new byte[] {4, 5, 6});
        EmbeddedImages.Source beside = EmbeddedImages.besides(inner.resolve("report.html"));

        assertThat(beside.bytes("table.png?v=2#top")).containsExactly(4, 5, 6);
        assertThat(beside.bytes("./table.png")).containsExactly(4, 5, 6);
        assertThat(beside.bytes("../secret.png")).isNull();
        assertThat(beside.bytes("sub/../../secret.png")).isNull();
        assertThat(beside.bytes(dir.resolve("secret.png").toString())).isNull();
        assertThat(beside.bytes("file:///etc/passwd")).isNull();
        assertThat(beside.bytes("http://example.org/table.png")).isNull();
        assertThat(beside.bytes("missing.png")).isNull();
    }

    @Test
    void givenAPageWithAPictureOrAWordFileWithMedia_whenLoaded_thenItHasTheTimeAScanHas() {
        assertThat(DocumentLoader.mayHoldPictures(UploadType.TEXT, bytes("<p>表</p><IMG src=x.png>")))
                .isTrue();
        assertThat(DocumentLoader.mayHoldPictures(UploadType.TEXT, bytes("<p>表</p><i>img</i>< img")))
                .isFalse();
        assertThat(DocumentLoader.mayHoldPictures(UploadType.DOCX, bytes("PK..word/media/image1.png")))
                .isTrue();
        assertThat(DocumentLoader.mayHoldPictures(UploadType.DOCX, bytes("PK..word/document.xml<img")))
                .isFalse();
        assertThat(DocumentLoader.mayHoldPictures(UploadType.TEXT, bytes("<p>一、总体情况</p><table></table>")))
                .isFalse();
        assertThat(DocumentLoader.mayHoldPictures(UploadType.PDF, bytes("%PDF-1.7 <img word/media/")))
                .isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

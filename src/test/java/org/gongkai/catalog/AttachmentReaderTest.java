package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.support.Bombs;
import org.junit.jupiter.api.Test;

class AttachmentReaderTest {

    @Test
    void aDocxIsRecognisedByItsContentAndItsTextExtracted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("老旧小区综合改造项目资金安排表");
            doc.write(out);
        }
        AttachmentReader.Read read = AttachmentReader.read("C:\\文件\\附件1.docx", out.toByteArray());
        assertThat(read.mediaType()).isEqualTo(AttachmentReader.DOCX);
        assertThat(read.text()).contains("老旧小区综合改造项目资金安排表");
        assertThat(read.filename()).isEqualTo("附件1.docx");
    }

    @Test
    void aPdfIsRecognisedByItsContentAndItsTextExtracted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(50, 700);
                s.showText("Budget 2024 table");
                s.endText();
            }
            doc.save(out);
        }
        AttachmentReader.Read read = AttachmentReader.read("a.pdf", out.toByteArray());
        assertThat(read.mediaType()).isEqualTo(AttachmentReader.PDF);
        assertThat(read.text()).contains("Budget 2024 table");
    }

    @Test
    void aFileNamedPdfThatIsNotAPdfIsRefused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AttachmentReader.read("report.pdf", html))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields().get(0).messageCode()).isEqualTo("catalog.error.file-type"));
    }

    @Test
    void aBrokenPdfIsRefusedAsUnreadable() {
        byte[] broken = "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> AttachmentReader.read("x.pdf", broken))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields().get(0).messageCode()).isEqualTo("catalog.error.file-unreadable"));
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> AttachmentReader.read("x.pdf", new byte[0])).isInstanceOf(InvalidInputException.class);
        byte[] big = new byte[AttachmentReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> AttachmentReader.read("x.pdf", big))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields().get(0).messageCode()).isEqualTo("catalog.error.file-too-large"));
    }

    @Test
    void aDocxInflatingToAHundredMegabytesAndAPdfOfTenThousandPagesAreRefusedWithinSeconds() {
        for (byte[] bomb : List.of(Bombs.ratioDocx(), Bombs.tenThousandPagePdf())) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> AttachmentReader.read("bomb", bomb))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields().get(0).messageCode())
                                    .isIn(
                                            "upload.refused.inflates",
                                            "upload.refused.elements",
                                            "upload.refused.pages"));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        }
    }
}

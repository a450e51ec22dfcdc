package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.support.Browsers;
import org.junit.jupiter.api.Test;

/**
 * The page content given to the text stripper without the operators it ignores gives the same text, character for
 * character, as PDFBox's stripper over the whole content; content that is not plain is left whole.
 */
class PdfTextOnlyContentTest {

    /** Every operator of the PDF specification that the text stripper has no processor for. */
    private static final List<String> IGNORED = List.of(
            "b", "B", "b*", "B*", "BX", "EX", "c", "cs", "CS", "d", "f", "F", "f*", "g", "G", "h", "i", "j", "J", "k",
            "K", "l", "m", "M", "MP", "DP", "n", "re", "rg", "RG", "ri", "s", "S", "sc", "SC", "scn", "SCN", "sh", "v",
            "w", "W", "W*", "y");

    private static String text(byte[] pdf, boolean textOnly) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = textOnly ? new TextStripper() : new PDFTextStripper();
            s.setSortByPosition(true);
            s.setWordSeparator(" ");
            return s.getText(doc);
        }
    }

    private static String filtered(String content) {
        byte[] out = TextOnlyContent.filter(content.getBytes(StandardCharsets.ISO_8859_1));
        return out == null ? null : new String(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void givenPdfboxsTextStripper_thenTheOperatorsKeptAreExactlyTheOnesItProcesses() throws Exception {
        Field f = PDFStreamEngine.class.getDeclaredField("operators");
        f.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, ?> processed = (Map<String, ?>) f.get(new PDFTextStripper());
        assertThat(TextOnlyContent.KEPT)
                .containsExactlyInAnyOrderElementsOf(
                        processed.keySet().stream().map(String.class::cast).toList());
        for (String op : TextOnlyContent.KEPT) {
            assertThat(filtered("1 " + op)).as(op).isEqualTo("1 " + op + "\n");
        }
        for (String op : IGNORED) {
            assertThat(processed).doesNotContainKey(op);
            assertThat(filtered("1 2 " + op + " BT")).as(op).isEqualTo(" BT\n");
        }
    }

    @Test
    void givenATableAndText_thenOnlyTheTextOperatorsAndTheirOperandsAreLeft() {
        String content = "q 0.5 0 0 RG 1 w 10 20 300.5 -.5 re f Q\n"
                + "q 1 0 0 1 72 700 cm BT /F1 12 Tf [(a\\)b) -120 <0041>] TJ 0 -14 TD (c) Tj ET Q\n"
                + "/P <</MCID 0 /Alt (x) /A [1 2]>> BDC 0 g 5 5 m 6 6 l S EMC";
        assertThat(filtered(content))
                .isEqualTo("\nq\n 1 0 0 1 72 700 cm\n BT\n /F1 12 Tf\n [(a\\)b) -120 <0041>] TJ\n 0 -14 TD\n"
                        + " (c) Tj\n ET\n Q\n\n/P <</MCID 0 /Alt (x) /A [1 2]>> BDC\n EMC\n");
    }

    @Test
    void givenTheSameBytes_thenContentBytesReadsAsPdfboxsBuffer() throws Exception {
        byte[] bytes = "BT (abc) Tj ET".getBytes(StandardCharsets.ISO_8859_1);
        try (RandomAccessRead ours = new ContentBytes(bytes);
                RandomAccessRead theirs = new RandomAccessReadBuffer(bytes)) {
            byte[] a = new byte[4];
            byte[] b = new byte[4];
            for (RandomAccessRead r : List.of(ours, theirs)) {
                r.seek(3);
            }
            assertThat(ours.peek()).isEqualTo(theirs.peek());
            assertThat(ours.read(a, 0, 4)).isEqualTo(theirs.read(b, 0, 4));
            assertThat(a).isEqualTo(b);
            ours.rewind(2);
            theirs.rewind(2);
            assertThat(ours.getPosition()).isEqualTo(theirs.getPosition());
            assertThat(ours.read()).isEqualTo(theirs.read());
            ours.seek(100);
            theirs.seek(100);
            assertThat(ours.getPosition()).isEqualTo(theirs.getPosition()).isEqualTo(bytes.length);
            assertThat(ours.isEOF()).isEqualTo(theirs.isEOF()).isTrue();
            assertThat(ours.read()).isEqualTo(theirs.read()).isEqualTo(-1);
            assertThat(ours.read(a, 0, 4)).isEqualTo(theirs.read(b, 0, 4)).isEqualTo(-1);
            assertThat(ours.peek()).isEqualTo(theirs.peek());
            assertThatThrownBy(() -> ours.seek(-1)).isInstanceOf(java.io.IOException.class);
            assertThatThrownBy(() -> theirs.seek(-1)).isInstanceOf(java.io.IOException.class);
            ours.close();
            theirs.close();
            assertThat(ours.isClosed()).isEqualTo(theirs.isClosed()).isTrue();
            assertThatThrownBy(ours::read).isInstanceOf(java.io.IOException.class);
            assertThatThrownBy(theirs::read).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void givenSavesAndRestoresWithNothingKeptBetween_thenTheyGoToo() {
        assertThat(filtered("q q 1 w 0 0 1 1 re S Q Q BT ET")).isEqualTo(" BT\n ET\n");
        assertThat(filtered("q BT ET q 1 w Q Q")).isEqualTo("q\n BT\n ET\n Q\n");
    }

    @Test
    void givenContentPdfboxReadsInItsOwnWay_thenNothingIsFiltered() {
        for (String odd : List.of(
                "% a comment\nBT ET",
                "BI /W 1 /H 1 /BPC 8 /CS /G ID \u0000 EI BT ET",
                "BT (a (nested) string) Tj ET",
                "BT (a\\)\n/ending) Tj ET",
                "BT /F#31 12 Tf ET",
                "1-2 0 Td",
                "--1 0 Td",
                "1.2.3 0 Td",
                "/P null BDC",
                "true Tj",
                "] BT ET",
                "BT (unterminated Tj",
                "BT <00zz> Tj ET",
                "BT 12Tj ET",
                "d0",
                "{ } BT",
                "[".repeat(100) + "]".repeat(100) + " Tj",
                "IX")) {
            assertThat(filtered(odd)).as(odd).isNull();
        }
    }

    @Test
    void givenAGraphicsStateThatSetsTheFont_thenItIsKeptAndAnInertOneIsNot() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDResources res = new PDResources();
            page.setResources(res);
            COSName fontName = res.add(font);
            COSDictionary setsFont = new COSDictionary();
            COSArray fontAndSize = new COSArray();
            fontAndSize.add(font.getCOSObject());
            fontAndSize.add(new COSFloat(14));
            setsFont.setItem(COSName.FONT, fontAndSize);
            COSName withFont = res.add(new PDExtendedGraphicsState(setsFont));
            PDExtendedGraphicsState inert = new PDExtendedGraphicsState();
            inert.setNonStrokingAlphaConstant(0.5f);
            inert.setLineWidth(2f);
            COSName alpha = res.add(inert);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 10);
                cs.newLineAtOffset(72, 700);
                cs.showText("before the state");
                cs.endText();
            }
            String more = "\nq /" + alpha.getName() + " gs 1 0 0 rg 10 10 100 100 re f Q\n"
                    + "BT /" + withFont.getName() + " gs 72 600 Td (set by the graphics state) Tj ET\n"
                    + "BT /" + fontName.getName() + " 10 Tf 72 500 Td (after) Tj ET\n";
            try (var in = page.getContents()) {
                byte[] first = in.readAllBytes();
                var stream = doc.getDocument().createCOSStream();
                try (var os = stream.createOutputStream()) {
                    os.write(first);
                    os.write(more.getBytes(StandardCharsets.ISO_8859_1));
                }
                page.getCOSObject().setItem(COSName.CONTENTS, stream);
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            byte[] content;
            try (var in = page.getContents()) {
                content = in.readAllBytes();
            }
            String kept = new String(
                    TextOnlyContent.filter(content, new TextStripper.GraphicsStates(page)::matter),
                    StandardCharsets.ISO_8859_1);
            // the state that sets the font is kept, the one of transparency and line width is not, nor the path
            assertThat(kept.split(" gs\n", -1)).hasSize(2);
            assertThat(kept).contains("gs\n 72 600 Td\n").doesNotContain(" re").doesNotContain(" rg");
        }
        String expected = text(pdf, false);
        assertThat(expected).contains("set by the graphics state");
        assertThat(text(pdf, true)).isEqualTo(expected);
    }

    @Test
    void givenEveryPdfOfTheTestResources_thenTheTextIsPdfboxsCharacterForCharacter() throws Exception {
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).isNotEmpty();
        for (Path p : pdfs) {
            byte[] pdf = Files.readAllBytes(p);
            assertThat(text(pdf, true)).as(p.toString()).isEqualTo(text(pdf, false));
        }
    }

    /** Seed reports printed by Chromium as ruled tables (the paths of a real table, text in subset fonts). */
    @Test
    void givenSeedReportsPrintedByChromium_thenTheTextIsPdfboxsCharacterForCharacter() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(Browsers.CHROMIUM)), "Chromium prints the PDFs");
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<byte[]> printed = new ArrayList<>();
        try (Browsers browsers = Browsers.chromium()) {
            Page page = browsers.newPage();
            for (Path seed : seeds) {
                page.setContent(html(Files.readString(seed)));
                printed.add(page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true)));
            }
        }
        for (int i = 0; i < printed.size(); i++) {
            byte[] pdf = printed.get(i);
            String expected = text(pdf, false);
            assertThat(expected.strip()).as(seeds.get(i).toString()).isNotEmpty();
            assertThat(text(pdf, true)).as(seeds.get(i).toString()).isEqualTo(expected);
        }
    }

    /** The seed's lines, each tab-separated line a row of a ruled table, the rest paragraphs. */
    private static String html(String text) {
        StringBuilder b = new StringBuilder("<html><head><meta charset='utf-8'><style>"
                + "table{border-collapse:collapse} td{border:1px solid #000;padding:2px 6px}"
                + "tr:nth-child(odd){background:#eee}</style></head><body>");
        boolean inTable = false;
        for (String line : text.split("\n")) {
            String escaped = line.replace("&", "&amp;").replace("<", "&lt;");
            if (line.contains("\t")) {
                if (!inTable) {
                    b.append("<table>");
                    inTable = true;
                }
                b.append("<tr><td>").append(escaped.replace("\t", "</td><td>")).append("</td></tr>");
            } else {
                if (inTable) {
                    b.append("</table>");
                    inTable = false;
                }
                b.append("<p>").append(escaped).append("</p>");
            }
        }
        return b.append(inTable ? "</table>" : "").append("</body></html>").toString();
    }
}

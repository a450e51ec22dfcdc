package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The text operators run by {@link TextOperators} from {@link ContentTokens} place every glyph where PDFBox's own
 * stripper (its parser and operator processors) places it, to the bit; and where the glyphs must stand by the PDF
 * specification (matrices, TJ adjustments, Tz, Tc, Tw, TL, Ts). Operators with unusual operands go to PDFBox.
 */
class TextOperatorsTest {

    /** Each glyph as x, y, width, height, space width and its text, as the stripper's TextPositions give them. */
    private static List<String> glyphs(byte[] pdf, boolean ours) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = ours ? new Recording(out) : new PdfBoxRecording(out);
            s.setSortByPosition(true);
            s.getText(doc);
        }
        return out;
    }

    private static String glyph(TextPosition p) {
        return p.getUnicode() + "@" + Float.floatToIntBits(p.getXDirAdj()) + "," + Float.floatToIntBits(p.getYDirAdj())
                + "," + Float.floatToIntBits(p.getWidthDirAdj()) + "," + Float.floatToIntBits(p.getHeightDir()) + ","
                + Float.floatToIntBits(p.getWidthOfSpace()) + " (" + p.getXDirAdj() + "," + p.getYDirAdj() + ")";
    }

    private static final class Recording extends TextStripper {
        private final List<String> out;

        Recording(List<String> out) {
            this.out = out;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            out.add(glyph(text));
            super.processTextPosition(text);
        }
    }

    private static final class PdfBoxRecording extends PDFTextStripper {
        private final List<String> out;

        PdfBoxRecording(List<String> out) {
            this.out = out;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            out.add(glyph(text));
            super.processTextPosition(text);
        }
    }

    private static byte[] pdf(String content) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            PDStream stream = new PDStream(doc);
            try (OutputStream o = stream.createOutputStream()) {
                o.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            doc.addPage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The glyphs of our stripper, checked to be PDFBox's bit for bit. */
    private static List<String> sameAsPdfBox(String content) throws IOException {
        byte[] pdf = pdf(content);
        List<String> ours = glyphs(pdf, true);
        assertThat(ours).isEqualTo(glyphs(pdf, false));
        return ours;
    }

    private static float x(String glyph) {
        return Float.parseFloat(glyph.substring(glyph.indexOf('(') + 1, glyph.indexOf(',', glyph.indexOf('('))));
    }

    private static float y(String glyph) {
        String pair = glyph.substring(glyph.indexOf('(') + 1, glyph.indexOf(')'));
        return Float.parseFloat(pair.substring(pair.indexOf(',') + 1));
    }

    @Test
    void givenTextMatricesAndTransforms_whenRead_thenEachGlyphWherePdfBoxAndTheSpecificationPutIt() throws Exception {
        List<String> g = sameAsPdfBox("BT /F1 10 Tf 100 700 Td (A) Tj 20 -30 Td (B) Tj 5 -12 TD (C) Tj T* (D) Tj ET\n"
                + "q 2 0 0 2 10 20 cm BT /F1 10 Tf 1 0 0 1 50 300 Tm (E) Tj ET Q\n"
                + "BT /F1 10 Tf 1 0 0 1 300 100 Tm (F) Tj ET");
        assertThat(g).hasSize(6);
        assertThat(x(g.get(0))).isEqualTo(100f);
        assertThat(x(g.get(1))).isEqualTo(120f); // Td moves the line start, not the end of the glyph shown
        assertThat(y(g.get(1)) - y(g.get(0))).isEqualTo(30f);
        assertThat(x(g.get(2))).isEqualTo(125f);
        assertThat(y(g.get(3)) - y(g.get(2))).isEqualTo(12f); // T* uses the leading TD set
        assertThat(x(g.get(4))).isEqualTo(110f); // cm scales the text matrix: 2 * 50 + 10
        assertThat(x(g.get(5))).isEqualTo(300f); // Q restored the transformation
    }

    @Test
    void givenTjAdjustmentsAndSpacing_whenRead_thenAdvancesAsTheSpecificationSays() throws Exception {
        // Helvetica's "A" is 667 units wide
        List<String> g = sameAsPdfBox("BT /F1 10 Tf 100 700 Td [(A) -1000 (A) 333 (A)] TJ ET\n"
                + "BT /F1 10 Tf 50 Tz 100 600 Td (AA) Tj ET\n"
                + "BT /F1 10 Tf 100 Tz 2 Tc 100 500 Td (AA) Tj ET\n"
                + "BT /F1 10 Tf 0 Tc 7 Tw 100 400 Td (A A) Tj ET\n"
                + "BT /F1 10 Tf 3 Ts 100 300 Td (A) Tj ET\n"
                + "BT /F1 10 Tf 14 TL 100 200 Td (A) Tj (A) ' 1 2 (A) \" ET");
        assertThat(x(g.get(1)) - x(g.get(0))).isCloseTo(6.67f + 10f, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(x(g.get(2)) - x(g.get(1))).isCloseTo(6.67f - 3.33f, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(x(g.get(4)) - x(g.get(3))).isCloseTo(3.335f, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(x(g.get(6)) - x(g.get(5))).isCloseTo(8.67f, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(x(g.get(9)) - x(g.get(7))).isCloseTo(6.67f + 2.78f + 7f, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(y(g.get(10))).isEqualTo(y(g.get(0)) + 400 - 3); // the rise lifts the glyph
        assertThat(y(g.get(12)) - y(g.get(11))).isEqualTo(14f); // ' moves one leading down
        assertThat(y(g.get(13)) - y(g.get(12))).isEqualTo(14f);
        assertThat(x(g.get(13))).isEqualTo(100f);
    }

    @Test
    void givenOperandsOfOtherCountsOrTypes_whenRead_thenAsPdfBoxReadsThem() throws Exception {
        sameAsPdfBox("BT /F1 10 Tf 100 700 Td 5 Td (A) Tj /X Tc (B) Tj 1 2 3 Tz (C) Tj [(D) [(E)] (F)] TJ ET\n"
                + "Q Q BT /F1 10 Tf 1 0 0 1 200 200 Tm (G) 4 Tj (H) Tj ET (I) Tj 10 10 Td (J) Tj\n"
                + "BT /F1 12 Tf 0.5 0 0 .5 300 100.125 Tm -.5 Tc +2 Tw (K L) Tj ET");
    }

    @Test
    void givenNumbers_whenTokenised_thenTheFloatsPdfBoxReads() throws Exception {
        Random random = new Random(13);
        StringBuilder content = new StringBuilder();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int decimals = random.nextInt(11);
            long mantissa = random.nextLong(1, 1_000_000_000_000L) / (long) Math.pow(10, random.nextInt(12));
            String digits = Long.toString(mantissa);
            String token = decimals == 0
                    ? digits
                    : decimals >= digits.length()
                            ? "0." + "0".repeat(decimals - digits.length()) + digits
                            : digits.substring(0, digits.length() - decimals) + "."
                                    + digits.substring(digits.length() - decimals);
            token = (random.nextBoolean() ? "-" : "") + token;
            tokens.add(token);
            content.append(token).append(' ');
        }
        content.append("Tz");
        List<ContentTokens.Operation> ops =
                ContentTokens.read(content.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(ops).hasSize(1);
        Object[] operands = ops.get(0).operands();
        for (int i = 0; i < tokens.size(); i++) {
            float expected = COSNumber.get(tokens.get(i)).floatValue();
            ContentTokens.Num n = (ContentTokens.Num) operands[i];
            assertThat(Float.floatToIntBits(n.value())).as(tokens.get(i)).isEqualTo(Float.floatToIntBits(expected));
            assertThat(n.cos().getClass())
                    .isEqualTo(COSNumber.get(tokens.get(i)).getClass());
        }
    }

    @Test
    void givenStringsArraysAndDictionaries_whenTokenised_thenPdfBoxsValues() throws Exception {
        List<ContentTokens.Operation> ops = ContentTokens.read(
                "(a\\(b\\)\\\\\\n\\101\\0627) Tj <41 4 > Tj [(x) -12.5 <4142>] TJ /P <</MCID 3 /N /A>> BDC"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(ops).extracting(ContentTokens.Operation::operator).containsExactly("Tj", "Tj", "TJ", "BDC");
        assertThat(new String((byte[]) ops.get(0).operands()[0], StandardCharsets.ISO_8859_1))
                .isEqualTo("a(b)\\\nA27");
        assertThat((byte[]) ops.get(1).operands()[0]).containsExactly(0x41, 0x40);
        COSArray array = (COSArray) ContentTokens.cos(ops.get(2).operands()[0]);
        assertThat(array.size()).isEqualTo(3);
        assertThat(array.get(1)).isInstanceOf(COSFloat.class);
        COSDictionary dict = (COSDictionary) ops.get(3).operands()[1];
        assertThat(dict.getDictionaryObject(COSName.getPDFName("MCID"))).isEqualTo(COSInteger.get(3));
    }

    @Test
    void givenTokensThisReaderIsNotSureOf_whenTokenised_thenLeftToPdfBox() {
        for (String content : List.of(
                "(a\nb) Tj", "(a\\\nb) Tj", "(a\\qb) Tj", "/F\u00e91 12 Tf", "1234567890123456789012 Td", "(open Tj")) {
            assertThat(ContentTokens.read(content.getBytes(StandardCharsets.ISO_8859_1)))
                    .as(content)
                    .isNull();
        }
    }
    /** The page text of our stripper and of PDFBox's, or the exception each fails with. */
    private static String text(byte[] pdf, boolean ours, boolean suppress) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = ours ? new TextStripper() : new PDFTextStripper();
            s.setSortByPosition(true);
            s.setSuppressDuplicateOverlappingText(suppress);
            return s.getText(doc);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void givenGlyphsDrawnTwiceNearby_whenRead_thenTheDuplicatesDroppedAsPdfBoxDropsThem() throws Exception {
        Random random = new Random(5);
        for (int round = 0; round < 40; round++) {
            StringBuilder content = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                // few places and texts, offsets around a third of a glyph's width (Helvetica's A at 10: 2.22)
                float size = random.nextInt(12) == 0 ? 10 + random.nextInt(400) : 10;
                float x =
                        50 * random.nextInt(4) + random.nextInt(40) * 0.111f - (random.nextBoolean() ? 0 : 2.2233334f);
                float y = 700 - 20 * random.nextInt(3) + random.nextInt(40) * 0.111f;
                String text = List.of("A", "B", "AB", "1", " ").get(random.nextInt(5));
                boolean actual = random.nextInt(10) == 0;
                content.append(actual ? "/Span <</ActualText (x)>> BDC " : random.nextInt(10) == 0 ? "/P BMC " : "")
                        .append("BT /F1 ")
                        .append(size)
                        .append(" Tf ")
                        .append(x)
                        .append(' ')
                        .append(y)
                        .append(" Td (")
                        .append(text)
                        .append(") Tj ET")
                        .append(actual || random.nextInt(12) == 0 ? " EMC\n" : "\n");
            }
            byte[] pdf = pdf(content.toString());
            String pdfBox = text(pdf, false, true);
            assertThat(text(pdf, true, true)).as("round " + round).isEqualTo(pdfBox);
            String all = text(pdf, true, false);
            assertThat(all).isEqualTo(text(pdf, false, false));
            assertThat(pdfBox.replaceAll("\\s", "").length())
                    .as("some duplicates dropped")
                    .isLessThan(all.replaceAll("\\s", "").length());
        }
    }

    @Test
    void givenEveryOperatorAndUnknownOnes_whenTokenised_thenEachNamedAsWritten() {
        List<String> names = List.of(
                "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "Do", "DP", "EMC",
                "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q",
                "Q", "re", "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf",
                "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\"", "Tq", "TJJ", "qq",
                "BDCX", "abcd", "x", "E", "*");
        List<ContentTokens.Operation> ops =
                ContentTokens.read(String.join(" ", names).getBytes(StandardCharsets.US_ASCII));
        assertThat(ops).extracting(ContentTokens.Operation::operator).containsExactlyElementsOf(names);
        List<ContentTokens.Operation> again =
                ContentTokens.read(String.join(" ", names).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < names.indexOf("Tq"); i++) {
            // the specification's operators are named by one shared string each, none built per operator
            assertThat(again.get(i).operator()).isSameAs(ops.get(i).operator());
        }
    }
}

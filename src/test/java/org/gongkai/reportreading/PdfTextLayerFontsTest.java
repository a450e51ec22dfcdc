package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The fonts read from their dictionaries give the text stripper exactly what PDFBox's own fonts give it. */
class PdfTextLayerFontsTest {

    private static final Path REAL = Path.of("src/test/resources/reports-real/08_hongze_2023.pdf");
    private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private static String text(byte[] pdf, boolean light) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (light) {
                doc.setResourceCache(new TextLayerFonts());
            }
            // a vertical light font's glyph widths are PDFBox's with the stripper that places them (TextStripper)
            PDFTextStripper s = light ? new TextStripper() : new PDFTextStripper();
            s.setSortByPosition(true);
            s.setWordSeparator(" ");
            return s.getText(doc);
        }
    }

    /** Every font of every page as the text stripper gets it: light ones from the cache, the rest PDFBox's. */
    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                fonts.add(res.getFont(name));
            }
        }
        return fonts;
    }

    @Test
    void givenARealReport_whenExtracted_thenTheTextIsPdfboxsCharacterForCharacter() throws Exception {
        byte[] pdf = Files.readAllBytes(REAL);
        String expected = text(pdf, false);
        assertThat(expected).contains("政府信息公开");
        assertThat(text(pdf, true)).isEqualTo(expected);
    }

    @Test
    void givenARealReport_thenItsCompositeFontsAreLightWithPdfboxsMetrics() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(REAL))) {
            doc.setResourceCache(new TextLayerFonts());
            List<PDFont> fonts = fonts(doc);
            assertThat(fonts).allMatch(f -> f instanceof TextLayerFont);
            // the one Identity-V font (vertical text) too: its metrics from DW2 and the program's head table
            assertThat(fonts).filteredOn(PDFont::isVertical).isNotEmpty();
            for (PDFont light : fonts) {
                PDFont pdfbox = PDFontFactory.createFont(light.getCOSObject());
                assertThat(light.isVertical()).isEqualTo(pdfbox.isVertical());
                if (light.isVertical()) {
                    assertThat(((TextLayerFont) light).vertical().unitsPerEm())
                            .isEqualTo(((org.apache.pdfbox.pdmodel.font.PDCIDFontType2)
                                            ((org.apache.pdfbox.pdmodel.font.PDType0Font) pdfbox).getDescendantFont())
                                    .getTrueTypeFont()
                                    .getUnitsPerEm());
                    for (int code = 0; code < 0x3000; code += 7) {
                        assertThat(light.getDisplacement(code).toString())
                                .isEqualTo(pdfbox.getDisplacement(code).toString());
                        assertThat(light.getPositionVector(code).toString())
                                .isEqualTo(pdfbox.getPositionVector(code).toString());
                    }
                }
                assertThat(light.getSpaceWidth()).as(light.getName()).isEqualTo(pdfbox.getSpaceWidth());
                assertThat(light.getWidthFromFont(32)).as(light.getName()).isEqualTo(pdfbox.getWidthFromFont(32));
                // the advances in the program's metrics, within and past its numberOfHMetrics, and past its glyphs
                for (int code = 0; code < 0x10000; code += 61) {
                    assertThat(light.getWidthFromFont(code))
                            .as(light.getName() + " " + code)
                            .isEqualTo(pdfbox.getWidthFromFont(code));
                }
                assertThat(light.getBoundingBox().toString())
                        .isEqualTo(pdfbox.getBoundingBox().toString());
                for (int code = 0; code < 0x3000; code += 7) {
                    assertThat(light.getWidth(code))
                            .as(light.getName() + " " + code)
                            .isEqualTo(pdfbox.getWidth(code));
                    assertThat(light.toUnicode(code))
                            .as(light.getName() + " " + code)
                            .isEqualTo(pdfbox.toUnicode(code));
                }
            }
        }
    }

    @Test
    void givenAGeneratedReportWithASubsetCjkFont_whenExtracted_thenTheSameText() throws Exception {
        assumeTrue(Files.exists(CJK_FONT), "a CJK TrueType font is needed to write a Chinese PDF");
        byte[] pdf = DocumentFormatsTest.pdf(SyntheticReport.consistent(2022, 7));
        assertThat(text(pdf, true)).isEqualTo(text(pdf, false));
    }

    @Test
    void givenWidthsStatedTwice_thenTheLaterEntryCountsAsInPdfbox() {
        COSArray w = new COSArray();
        w.add(COSInteger.get(0));
        w.add(COSInteger.get(5000)); // a long range, kept as a range
        w.add(COSInteger.get(1000));
        w.add(COSInteger.get(10));
        w.add(array(500, 600)); // CIDs 10 and 11 overridden later
        w.add(COSInteger.get(11));
        w.add(COSInteger.get(4000)); // a later long range over CID 11
        w.add(COSInteger.get(250));
        CidWidths widths = CidWidths.of(w);
        assertThat(widths.width(9)).isEqualTo(1000f);
        assertThat(widths.width(10)).isEqualTo(500f);
        assertThat(widths.width(11)).isEqualTo(250f);
        assertThat(widths.width(4001)).isEqualTo(1000f);
        assertThat(widths.width(6000)).isNull();
    }

    @Test
    void givenAWidthArrayStatingMoreCidsThanAFontHas_thenTheAverageIsLeftToPdfbox() {
        COSArray all = new COSArray();
        all.add(COSInteger.get(0));
        all.add(COSInteger.get(65_535)); // every CID of two-byte codes, listed as one range
        all.add(COSInteger.get(500));
        assertThat(CidWidths.of(all).average(1000)).isEqualTo(500f);
        COSArray hostile = new COSArray();
        hostile.add(COSInteger.get(0));
        hostile.add(COSInteger.get(5_000_000));
        hostile.add(COSInteger.get(500));
        assertThat(CidWidths.of(hostile).average(1000)).isNull();
        assertThat(CidWidths.of(null).average(750)).isEqualTo(750f); // no W: the default width
    }

    @Test
    void givenAMalformedWidthArray_thenTheFontIsLeftToPdfbox() {
        COSArray w = new COSArray();
        w.add(COSInteger.get(1));
        w.add(COSName.A); // neither a list nor a last CID
        w.add(COSInteger.get(3));
        assertThat(CidWidths.of(w)).isNull();
        assertThat(CidWidths.of(new COSDictionary())).isNull();
    }

    @Test
    void givenWidthsOfManyMagnitudes_thenTheAverageWidthIsPdfboxsToTheBit() throws Exception {
        java.util.Random random = new java.util.Random(11);
        byte[] real = Files.readAllBytes(REAL);
        Path chromium = Path.of("src/test/resources/chromium-printed/unmapped-glyph.pdf");
        for (byte[] pdf : List.of(real, Files.readAllBytes(chromium))) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                doc.setResourceCache(new TextLayerFonts());
                for (PDFont light : fonts(doc)) {
                    if (light instanceof TextLayerFont) {
                        PDFont pdfbox = PDFontFactory.createFont(light.getCOSObject());
                        assertThat(light.getAverageFontWidth()).isEqualTo(pdfbox.getAverageFontWidth());
                    }
                }
            }
        }
        // W arrays whose CIDs a HashMap iterates out of their order, with fractional widths whose float sum depends
        // on that order, ranges overriding lists and zero and negative widths left out of the mean
        try (PDDocument doc = Loader.loadPDF(real)) {
            COSDictionary type0 = (COSDictionary) fonts(doc).get(0).getCOSObject();
            COSDictionary cid =
                    (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
            for (int round = 0; round < 40; round++) {
                COSArray w = new COSArray();
                for (int entry = 0; entry < 1 + random.nextInt(60); entry++) {
                    int first = random.nextInt(70_000);
                    if (random.nextBoolean()) {
                        COSArray list = new COSArray();
                        for (int i = 0; i < 1 + random.nextInt(40); i++) {
                            list.add(new org.apache.pdfbox.cos.COSFloat(random.nextFloat() * 3000 - 300));
                        }
                        w.add(COSInteger.get(first));
                        w.add(list);
                    } else {
                        w.add(COSInteger.get(first));
                        w.add(COSInteger.get(first + random.nextInt(200)));
                        w.add(new org.apache.pdfbox.cos.COSFloat(random.nextFloat() * 1000 + 0.1f));
                    }
                }
                COSDictionary descendant = new COSDictionary(cid);
                descendant.setItem(COSName.W, w);
                COSDictionary font = new COSDictionary(type0);
                COSArray descendants = new COSArray();
                descendants.add(descendant);
                font.setItem(COSName.DESCENDANT_FONTS, descendants);
                PDFont light = TextLayerFont.of(font);
                assertThat(light).isNotNull();
                assertThat(Float.floatToIntBits(light.getAverageFontWidth()))
                        .as("round " + round)
                        .isEqualTo(Float.floatToIntBits(
                                PDFontFactory.createFont(font).getAverageFontWidth()));
            }
        }
    }

    private static COSArray array(int... values) {
        COSArray a = new COSArray();
        for (int v : values) {
            a.add(COSInteger.get(v));
        }
        return a;
    }
}

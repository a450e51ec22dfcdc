package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The ToUnicode maps read without fontbox answer every two-byte code as fontbox's {@link CMap} does. */
class ToUnicodeMapTest {

    private static final String HEAD = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    private static final String TAIL = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    /** Every code, and the space's code, as fontbox maps them. */
    private static void assertSameAsFontbox(byte[] cmap, String what) throws IOException {
        CMap fontbox = new CMapParser().parse(new RandomAccessReadBuffer(cmap));
        ToUnicodeMap map = ToUnicodeMap.parse(cmap);
        assertThat(map).as(what).isNotNull();
        for (int code = 0; code <= 0xFFFF; code++) {
            if (fontbox.toUnicode(code) != null || map.toUnicode(code) != null) {
                assertThat(map.toUnicode(code)).as(what + " " + code).isEqualTo(fontbox.toUnicode(code));
            }
        }
        assertThat(map.toUnicode(0x10000)).isNull();
        assertThat(map.spaceMapping()).as(what).isEqualTo(fontbox.getSpaceMapping());
    }

    private static byte[] cmap(String body) {
        return (HEAD + body + TAIL).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void givenTheToUnicodeMapsOfTheTestPdfs_thenEveryCodeIsFontboxs() throws Exception {
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        List<byte[]> documents = new ArrayList<>();
        for (Path pdf : pdfs) {
            documents.add(Files.readAllBytes(pdf));
        }
        documents.add(DocumentFormatsTest.pdf(SyntheticReport.consistent(2022, 7)));
        int read = 0;
        for (byte[] pdf : documents) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (PDPage page : doc.getPages()) {
                    if (!(page.getResources().getCOSObject().getDictionaryObject(COSName.FONT)
                            instanceof COSDictionary fonts)) {
                        continue;
                    }
                    for (COSName name : fonts.keySet()) {
                        COSBase toUnicode = fonts.getDictionaryObject(name) instanceof COSDictionary font
                                ? font.getDictionaryObject(COSName.TO_UNICODE)
                                : null;
                        if (toUnicode instanceof COSStream stream) {
                            try (RandomAccessRead in = stream.createView()) {
                                byte[] bytes = new byte[(int) in.length()];
                                in.readFully(bytes);
                                assertSameAsFontbox(bytes, name.getName());
                                read++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(read).isGreaterThanOrEqualTo(10);
    }

    @Test
    void givenTheQuirksFontboxReadsItsOwnWay_thenTheSameMappings() throws Exception {
        assertSameAsFontbox(
                cmap("3 beginbfchar\n<0003> <0020>\n<0004> <0041>\n<0003> <0042>\nendbfchar\n"
                        + "2 beginbfchar\n<0005> <0020>\n<0006> <D83DDE00>\nendbfchar\n"),
                "later mappings win, the last space counts, surrogate pairs");
        assertSameAsFontbox(
                cmap("2 beginbfrange\n<00FE> <0102> <00FE>\n<0200> <0203> <4E0>\nendbfrange\n"),
                "a range's target carries into the byte before; an odd hex digit is the high nibble");
        assertSameAsFontbox(
                cmap("% comment beginbfchar\n3 beginbfrange\n<0010> <0012> <0061>\n<0020> <0010> <0041>\n"
                        + "<0030> <0031> <0041>\nendbfrange\n"),
                "a range ending before it starts stops the section (fontbox: corrupt)");
        assertSameAsFontbox(
                cmap(
                        "1 beginbfchar\n<0001> <0031>\n<0002> <0032>\nendbfchar\n2 beginbfchar\n<0003>\n<0033>\nendbfchar\n"),
                "entries beyond the count are not mapped");
        assertSameAsFontbox(
                cmap("2 beginbfrange\n<0040> <0041> <>\n<0050> <0051> <00410042>\nendbfrange\n"),
                "an empty target maps nothing, a two-character target counts up its last character");
    }

    @Test
    void givenWhatFontboxReadsItsOwnWay_thenItIsLeftToFontbox() {
        assertThat(ToUnicodeMap.parse(cmap("1 beginbfchar\n<01> <0041>\nendbfchar\n")))
                .as("one-byte codes")
                .isNull();
        assertThat(ToUnicodeMap.parse(cmap("1 beginbfrange\n<0001> <0002> [<0041> <0042>]\nendbfrange\n")))
                .as("a target array")
                .isNull();
        assertThat(ToUnicodeMap.parse(cmap("1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\n")))
                .as("the identity range")
                .isNull();
        assertThat(ToUnicodeMap.parse(cmap("/Other usecmap\n1 beginbfchar\n<0001> <0041>\nendbfchar\n")))
                .as("usecmap")
                .isNull();
        assertThat(ToUnicodeMap.parse(cmap("1 beginbfchar\n<0001> /space\nendbfchar\n")))
                .as("a name as target")
                .isNull();
        assertThat(ToUnicodeMap.parse(cmap("1 beginbfchar\n<0001> <00G1>\nendbfchar\n")))
                .as("not hex")
                .isNull();
        assertThat(ToUnicodeMap.parse(cmap(""))).as("no mapping").isNull();
    }
}

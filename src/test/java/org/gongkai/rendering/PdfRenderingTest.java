package org.gongkai.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** PDFs carry an embedded, subset CJK font: their text layer extracts as the same Chinese, table rows in order. */
class PdfRenderingTest {

    private final DocumentRenderer renderer = new HtmlDocumentRenderer();

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The text without line breaks and spaces: wrapping depends on widths, reading order does not. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void givenAChineseLetter_whenRenderedToPdf_thenItsTextExtractsAsTheSameChinese() throws Exception {
        byte[] pdf = renderer.pdf(SampleDocuments.LETTER);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("政府信息公开申请答复告知书").contains("张三：").contains("示例县人民政府办公室");
        assertThat(flat(text))
                .contains("经审查，您申请的信息予以公开，现将有关情况告知如下。依据《中华人民共和国政府信息公开条例》" + "第三十六条第（二）项。")
                .contains("示政公开〔2024〕第12号");
    }

    @Test
    void givenATableWithMergedCells_whenRenderedToPdf_thenCellsComeOutRowByRowInReadingOrder() throws Exception {
        String text = text(renderer.pdf(SampleDocuments.LETTER));
        List<String> lines = text.lines().map(String::strip).toList();
        assertThat(lines).containsSubsequence("城关镇一期 120 118", "城关镇二期 80 83");
        assertThat(text.indexOf("项目")).isLessThan(text.indexOf("预算"));
        assertThat(text.indexOf("资金（万元）")).isLessThan(text.indexOf("预算"));
        assertThat(text.indexOf("预算")).isLessThan(text.indexOf("城关镇一期"));
    }

    @Test
    void givenTheAnnualReportTable_whenRenderedToPdf_thenCellsReadRowByRow() throws Exception {
        String text = text(renderer.pdf(SampleDocuments.REPORT_TABLE));
        List<String> lines = text.lines().map(String::strip).toList();
        assertThat(lines).containsSubsequence("一、本年新收申请数量 410 21 2 3 4 10 450", "二、上年结转申请数量 5 1 0 0 0 0 6");
        assertThat(flat(text))
                .as("header cells row by row, then data cells row by row")
                .contains("本列数据的勾稽关系申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
                        + "一、本年新收申请数量4102123410450二、上年结转申请数量5100006"
                        + "三、本年度办理结果（一）予以公开200101125219（二）部分公开503010155");
    }

    @Test
    void givenBoldTextInsideALine_whenRenderedToPdf_thenItStaysInPlaceInTheTextLayer() throws Exception {
        String text = text(renderer.pdf("<p>短句 <b>粗体</b> 结尾，<em>强调</em>。</p>"));
        assertThat(text.strip()).isEqualTo("短句 粗体 结尾，强调。");
    }

    @Test
    void givenATemplateAskingForAFontThatIsNotInstalled_whenRenderedToPdf_thenTheChineseStillExtracts()
            throws Exception {
        String text = text(renderer.pdf("<html><head><style>body { font-family: SimSun, \"仿宋\", serif; }"
                + " h1 { font-family: SimHei; }</style></head><body><h1>标题</h1><p>正文内容</p></body></html>"));
        assertThat(text).contains("标题").contains("正文内容");
    }

    @Test
    void givenAnInlineSvgChart_whenRenderedToPdf_thenItsLabelsDoNotSpillIntoTheText() throws Exception {
        String text =
                text(renderer.pdf("<p>图表如下</p><svg viewBox=\"0 0 10 10\"><text x=\"1\" y=\"5\">轴标签</text></svg>"));
        assertThat(text).contains("图表如下").doesNotContain("轴标签");
    }

    @Test
    void givenAnyDocument_whenRenderedToPdf_thenTheCjkFontIsEmbeddedAsASubset() throws Exception {
        try (PDDocument doc = Loader.loadPDF(renderer.pdf(SampleDocuments.LETTER))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
                assertThat(f.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
            });
        }
    }

    @Test
    void givenALetterInASongFaceFromACollection_whenRenderedTwice_thenTheCollectionsFirstFontIsParsedOnceAndEmbedded()
            throws Exception {
        java.io.File uming = new java.io.File("/usr/share/fonts/truetype/arphic/uming.ttc");
        org.junit.jupiter.api.Assumptions.assumeTrue(uming.canRead(), "fonts-arphic-uming is installed by .ci/run");
        DocumentRenderer r = new HtmlDocumentRenderer();
        String letter = "<html><body><h1 class=\"face-song\">示例县人民政府办公室政府信息公开申请答复书</h1>"
                + "<p>张三：本机关已收到您的申请。</p></body></html>";

        byte[] first = r.pdf(letter);
        org.apache.fontbox.ttf.TrueTypeFont kept = LoadedFonts.program(uming);
        byte[] second = r.pdf(letter);

        assertThat(LoadedFonts.program(uming)).isSameAs(kept);
        String keptName = kept.getName();
        assertThat(kept.getNaming().getFontFamily())
                .isEqualTo(FaceNames.familyOf(uming.toPath()).orElseThrow());
        for (byte[] pdf : List.of(first, second)) {
            assertThat(flat(text(pdf))).contains("示例县人民政府办公室政府信息公开申请答复书");
            List<String> names = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                    names.add(doc.getPage(0).getResources().getFont(name).getName());
                }
            }
            // the collection's first font, simplified Chinese forms (UMing CN), as the face's name says
            assertThat(names).anyMatch(n -> n.endsWith("+" + keptName));
        }
    }
}

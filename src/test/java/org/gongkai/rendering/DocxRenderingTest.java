package org.gongkai.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** DOCX from the same XHTML: headings, bold, breaks, real Word tables with merged cells, A4 margins. */
class DocxRenderingTest {

    private final DocumentRenderer renderer = new HtmlDocumentRenderer();

    private XWPFDocument read(String html) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(renderer.docx(html)));
    }

    @Test
    void givenALetter_whenRenderedToDocx_thenHeadingParagraphsAndBoldTextArePreserved() throws Exception {
        try (XWPFDocument doc = read(SampleDocuments.LETTER)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph title = ps.getFirst();
            assertThat(title.getText()).isEqualTo("政府信息公开申请答复告知书");
            assertThat(title.getStyle()).isEqualTo("Heading1");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(ps.get(1).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(ps).extracting(XWPFParagraph::getText).contains("张三：", "• 项目验收报告");
            XWPFParagraph body = ps.stream()
                    .filter(p -> p.getText().contains("予以公开"))
                    .findFirst()
                    .orElseThrow();
            assertThat(body.getRuns())
                    .filteredOn(XWPFRun::isBold)
                    .extracting(XWPFRun::text)
                    .containsExactly("您申请的信息予以公开");
            assertThat(body.getText()).contains("依据《中华人民共和国政府信息公开条例》第三十六条第（二）项");
        }
    }

    @Test
    void givenMergedHeaderCells_whenRenderedToDocx_thenTheyAreGridSpanAndVMerge() throws Exception {
        try (XWPFDocument doc = read(SampleDocuments.LETTER)) {
            XWPFTable t = doc.getTables().getFirst();
            assertThat(t.getRows()).hasSize(4);
            XWPFTableCell project = t.getRow(0).getCell(0);
            assertThat(project.getText()).isEqualTo("项目");
            assertThat(project.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(t.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal())
                    .isEqualTo(STMerge.CONTINUE);
            XWPFTableCell money = t.getRow(0).getCell(1);
            assertThat(money.getText()).isEqualTo("资金（万元）");
            assertThat(money.getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.TWO);
            assertThat(t.getRow(1).getCell(1).getText()).isEqualTo("预算");
            assertThat(t.getRow(2).getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("城关镇一期", "120", "118");
            assertThat(project.getParagraphs().getFirst().getRuns().getFirst().isBold())
                    .as("th is bold")
                    .isTrue();
        }
    }

    @Test
    void givenTheAnnualReportTable_whenRenderedToDocx_thenTheGridMatchesTheHtmlTableModel() throws Exception {
        try (XWPFDocument doc = read(SampleDocuments.REPORT_TABLE)) {
            XWPFTable t = doc.getTables().getFirst();
            assertThat(t.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(9);
            for (var row : t.getRows()) {
                int cols = row.getTableCells().stream()
                        .mapToInt(c -> span(c.getCTTc().getTcPr()))
                        .sum();
                assertThat(cols).as("every row spans the 9 grid columns").isEqualTo(9);
            }
            // row 3 (second header row): the first cell continues the 2x3 corner cell
            XWPFTableCell corner = t.getRow(1).getCell(0);
            assertThat(corner.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(span(corner.getCTTc().getTcPr())).isEqualTo(2);
            assertThat(t.getRow(2).getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .as("corner and 自然人 and 总计 continue from above")
                    .containsExactly("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
            assertThat(t.getRow(3).getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("一、本年新收申请数量", "410", "21", "2", "3", "4", "10", "450");
            assertThat(t.getRow(6).getCell(0).getCTTc().getTcPr().getVMerge().getVal())
                    .isEqualTo(STMerge.CONTINUE);
            assertThat(t.getRow(6).getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("", "（二）部分公开", "50", "3", "0", "1", "0", "1", "55");
        }
    }

    @Test
    void givenACaptionAndAnSvgChart_whenRenderedToDocx_thenTheCaptionLeadsAndTheChartLeavesNoStrayText()
            throws Exception {
        try (XWPFDocument doc = read("""
                <p>图表如下</p><svg viewBox="0 0 10 10"><text x="1" y="5">轴标签</text></svg>
                <table><caption>表一 申请情况</caption><tr><td>甲</td><td>1</td></tr></table>""")) {
            assertThat(doc.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .contains("图表如下", "表一 申请情况")
                    .noneMatch(t -> t.contains("轴标签"));
            assertThat(doc.getTables().getFirst().getRow(0).getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("甲", "1");
        }
    }

    @Test
    void givenATableInsideACell_whenRenderedToDocx_thenItsRowsStayInThatCell() throws Exception {
        try (XWPFDocument doc =
                read("<table><tr><td>外<table><tr><td>甲</td><td>1</td></tr></table></td></tr></table>" + "<p>之后</p>")) {
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().getFirst().getRow(0).getCell(0).getText())
                    .contains("外")
                    .contains("甲\t1");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("之后");
        }
    }

    @Test
    void givenAnyDocument_whenRenderedToDocx_thenThePageIsA4WithTheSameMarginsAsThePdf() throws Exception {
        try (XWPFDocument doc = read(SampleDocuments.LETTER)) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(((BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((BigInteger) sect.getPgMar().getTop()).intValue()).isEqualTo(1440);
            assertThat(((BigInteger) sect.getPgMar().getLeft()).intValue()).isEqualTo(1800);
        }
    }

    private static int span(CTTcPr pr) {
        return pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
    }
}

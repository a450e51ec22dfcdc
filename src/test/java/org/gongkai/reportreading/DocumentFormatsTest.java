package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The same report published as a web page, a Word file and a PDF reads back cell for cell. */
class DocumentFormatsTest {

    private final AnnualReportReader reader = new AnnualReportReader();

    private static void assertSameTables(AnnualReport expected, AnnualReport actual) {
        assertThat(actual.template()).isEqualTo(expected.template());
        assertThat(expected.requests().differences(actual.requests()))
                .as("requests")
                .isEmpty();
        assertThat(expected.reviews().differences(actual.reviews()))
                .as("reviews")
                .isEmpty();
        assertThat(expected.proactive().differences(actual.proactive()))
                .as("proactive")
                .isEmpty();
        assertThat(actual.unit()).isEqualTo(SyntheticReport.UNIT);
        assertThat(actual.year()).isEqualTo(expected.year());
        assertThat(actual.published()).isEqualTo(expected.published());
    }

    // ---- HTML with rowspan and colspan -----------------------------------------------------------------

    static String html(AnnualReport r) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年报</title>"
                + "<style>td{border:1px}</style><script>var x='<table>';</script></head><body>");
        sb.append("<table><tr><td><div class=\"nav\">首页 &gt; 政务公开</div>"); // a layout table around it all
        sb.append("<h1>")
                .append(SyntheticReport.UNIT)
                .append("</h1><h2>")
                .append(r.year())
                .append("年政府信息公开工作年度报告</h2><p>一、总体情况</p><p>本年度工作<b>稳步</b>推进。</p>");
        sb.append("<h3>二、主动公开政府信息情况</h3>").append(table(SyntheticReport.proactiveRows(r), false));
        sb.append("<h3>三、收到和处理政府信息公开申请情况</h3>").append(requestsTable(r));
        sb.append("<h3>四、政府信息公开行政复议、行政诉讼情况</h3>").append(reviewsTable(r));
        sb.append("<h3>五、存在的主要问题及改进情况</h3><p>无。</p><p style=\"text-align:right\">")
                .append(SyntheticReport.UNIT)
                .append("<br>")
                .append(r.published().getYear())
                .append("年")
                .append(r.published().getMonthValue())
                .append("月")
                .append(r.published().getDayOfMonth())
                .append("日</p></td></tr></table></body></html>");
        return sb.toString();
    }

    private static String table(List<List<String>> rows, boolean th) {
        StringBuilder sb = new StringBuilder("<table border=\"1\"><tbody>");
        for (List<String> row : rows) {
            sb.append("<tr>");
            for (String c : row) {
                sb.append(th ? "<th>" : "<td>").append(c).append(th ? "</th>" : "</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    /** The national layout: merged header cells and group labels spanning their rows. */
    private static String requestsTable(AnnualReport r) {
        List<List<String>> rows = SyntheticReport.requestRows(r);
        StringBuilder sb = new StringBuilder("<table border=\"1\"><thead>");
        sb.append("<tr><th colspan=\"3\" rowspan=\"3\">")
                .append(rows.get(0).get(0))
                .append("</th><th colspan=\"7\">申请人情况</th></tr>")
                .append("<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>")
                .append("<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>")
                .append("</thead><tbody>");
        int outcomes = 0;
        for (int i = 3; i < rows.size(); i++) {
            if (!rows.get(i).get(0).isEmpty() && rows.get(i).get(0).startsWith("三")) {
                outcomes = i;
            }
        }
        int outcomeRows = rows.size() - 1 - outcomes; // granted … total
        for (int i = 3; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            sb.append("<tr>");
            if (i == outcomes) {
                sb.append("<td rowspan=\"")
                        .append(outcomeRows)
                        .append("\">")
                        .append(row.get(0))
                        .append("</td>");
            }
            boolean inOutcomes = i >= outcomes && i < outcomes + outcomeRows;
            if (!inOutcomes) {
                sb.append("<td colspan=\"3\">").append(row.get(0)).append("</td>");
            } else if (row.get(2).isEmpty()) {
                sb.append("<td colspan=\"2\">").append(row.get(1)).append("</td>");
            } else {
                if (!row.get(1).isEmpty()) {
                    int span = 1;
                    while (i + span < rows.size()
                            && rows.get(i + span).get(1).isEmpty()
                            && !rows.get(i + span).get(2).isEmpty()) {
                        span++;
                    }
                    sb.append("<td rowspan=\"")
                            .append(span)
                            .append("\">")
                            .append(row.get(1))
                            .append("</td>");
                }
                sb.append("<td>").append(row.get(2)).append("</td>");
            }
            for (int c = 3; c < row.size(); c++) {
                sb.append("<td>")
                        .append(row.get(c).equals("0") && c % 2 == 0 ? "" : row.get(c))
                        .append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    private static String reviewsTable(AnnualReport r) {
        List<String> values = SyntheticReport.reviewRows(r).get(3);
        StringBuilder sb = new StringBuilder("<table><tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>"
                + "<tr><th rowspan=\"2\">结果维持</th><th rowspan=\"2\">结果纠正</th><th rowspan=\"2\">其他结果</th>"
                + "<th rowspan=\"2\">尚未审结</th><th rowspan=\"2\">总计</th><th colspan=\"5\">未经复议直接起诉</th>"
                + "<th colspan=\"5\">复议后起诉</th></tr><tr>");
        for (int i = 0; i < 2; i++) {
            sb.append("<th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th>");
        }
        sb.append("</tr><tr>");
        values.forEach(v -> sb.append("<td>").append(v).append("</td>"));
        return sb.append("</tr></table>").toString();
    }

    @Test
    void givenPagedAndUnpagedReports_whenPagesCounted_thenAPdfsPagesAndATiffsFrames() throws Exception {
        AnnualReportReader reader = new AnnualReportReader();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(pdf);
        }
        assertThat(reader.pages(pdf.toByteArray())).isEqualTo(3);
        byte[] tiff = Files.readAllBytes(Path.of("src/test/resources/reports-scanned/004_tables_bw.tif"));
        int frames;
        try (var in = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(tiff))) {
            var r = javax.imageio.ImageIO.getImageReaders(in).next();
            r.setInput(in);
            frames = r.getNumImages(true);
        }
        assertThat(frames).isGreaterThan(1);
        assertThat(reader.pages(tiff)).isEqualTo(frames);
        assertThat(reader.pages("一、总体情况\n".getBytes(StandardCharsets.UTF_8))).isZero();
        assertThat(reader.pages("%PDF-1.7 not a document".getBytes(StandardCharsets.US_ASCII)))
                .isZero();
    }

    @Test
    void givenAWebPageWithRowspanAndColspan_whenRead_thenEveryCell() throws Exception {
        for (int year : new int[] {2020, 2024}) {
            AnnualReport r = SyntheticReport.consistent(year, year * 7L);
            AnnualReport a = reader.read(html(r).getBytes(StandardCharsets.UTF_8), "report.html");
            assertSameTables(r, a);
            assertThat(a.findings()).filteredOn(Finding::tables).isEmpty();
        }
    }

    @Test
    void givenAWebPageInGb18030_whenRead_thenDecoded() throws Exception {
        AnnualReport r = SyntheticReport.consistent(2022, 5);
        AnnualReport a = reader.read(html(r).getBytes("GB18030"), "report.htm");
        assertSameTables(r, a);
    }

    // ---- Word ------------------------------------------------------------------------------------------

    static byte[] docx(AnnualReport r) throws Exception {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText(SyntheticReport.UNIT);
            d.createParagraph().createRun().setText(r.year() + "年政府信息公开工作年度报告");
            d.createParagraph().createRun().setText("二、主动公开政府信息情况");
            wordTable(d, SyntheticReport.proactiveRows(r), false);
            d.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            wordTable(d, SyntheticReport.requestRows(r), true);
            d.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
            wordTable(d, SyntheticReport.reviewRows(r), false);
            d.createParagraph().createRun().setText("五、存在的主要问题及改进情况");
            d.createParagraph().createRun().setText(SyntheticReport.UNIT);
            d.createParagraph()
                    .createRun()
                    .setText(r.published().getYear() + "年" + r.published().getMonthValue() + "月"
                            + r.published().getDayOfMonth() + "日");
            d.write(out);
            return out.toByteArray();
        }
    }

    /** Rows as a Word table; with {@code merge}, group labels merge vertically and the first header spans. */
    private static void wordTable(XWPFDocument d, List<List<String>> rows, boolean merge) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable t = d.createTable(rows.size(), merge ? cols - 2 : cols);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<String> cells = rows.get(r);
            int src = 0;
            for (int c = 0; c < row.getTableCells().size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                if (merge && c == 0) {
                    // the three label columns become one cell spanning three grid columns
                    String label = String.join("", cells.subList(0, 3));
                    cell.setText(label);
                    CTTcPr pr = cell.getCTTc().isSetTcPr()
                            ? cell.getCTTc().getTcPr()
                            : cell.getCTTc().addNewTcPr();
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(3));
                    if (r > 3
                            && cells.get(0).isEmpty()
                            && cells.get(1).isEmpty()
                            && cells.get(2).isEmpty()) {
                        pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    }
                    src = 3;
                    continue;
                }
                cell.setText(src < cells.size() ? cells.get(src) : "");
                src++;
            }
        }
    }

    @Test
    void givenAWordDocumentWithMergedCells_whenRead_thenEveryCell() throws Exception {
        AnnualReport r = SyntheticReport.consistent(2021, 77);
        AnnualReport a = reader.read(docx(r), "report.docx");
        assertSameTables(r, a);
        assertThat(a.findings()).filteredOn(Finding::tables).isEmpty();
    }

    // ---- PDF -------------------------------------------------------------------------------------------

    private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    static byte[] pdf(AnnualReport r) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        String text = SyntheticReport.document(
                r,
                spaced(SyntheticReport.proactiveRows(r)),
                spaced(SyntheticReport.requestRows(r)),
                spaced(SyntheticReport.reviewRows(r)));
        for (String l : text.split("\n")) {
            lines.add(l);
        }
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, CJK_FONT.toFile());
            org.apache.pdfbox.pdmodel.font.PDFont latin = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (String l : lines) {
                if (page == null || y < 40) {
                    if (cs != null) {
                        cs.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = 800;
                }
                String shown = (l.length() > 60 ? l.substring(0, 60) : l)
                        .replace('“', '"')
                        .replace('”', '"');
                if (!shown.isBlank()) {
                    cs.beginText();
                    cs.newLineAtOffset(30, y);
                    // the CJK font has no Latin digits: ASCII runs in Helvetica, the rest in the CJK font
                    int i = 0;
                    while (i < shown.length()) {
                        boolean ascii = shown.charAt(i) < 128;
                        int j = i;
                        while (j < shown.length() && (shown.charAt(j) < 128) == ascii) {
                            j++;
                        }
                        String run = shown.substring(i, j);
                        org.apache.pdfbox.pdmodel.font.PDFont f = ascii ? latin : font;
                        cs.setFont(f, 8);
                        cs.showText(run);
                        i = j;
                    }
                    cs.endText();
                }
                y -= 12;
            }
            cs.close();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** As a PDF text layer shows a table: cells separated by spaces, empty cells gone. */
    private static List<String> spaced(List<List<String>> rows) {
        List<String> out = new java.util.ArrayList<>();
        for (List<String> row : rows) {
            out.add(String.join(" ", row.stream().filter(c -> !c.isEmpty()).toList()));
        }
        return out;
    }

    @Test
    void givenAPdfTextLayer_whenRead_thenEveryCell() throws Exception {
        assumeTrue(Files.exists(CJK_FONT), "a CJK TrueType font is needed to write a Chinese PDF");
        AnnualReport r = SyntheticReport.consistent(2023, 99);
        AnnualReport a = reader.read(pdf(r), "report.pdf");
        assertSameTables(r, a);
    }
}

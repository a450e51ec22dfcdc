package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The rules that place recognised cells: rows cut by a page break, misread headings, two readings of a number. */
class ScanLayoutTest {

    /** Pen for drawing in black on the image, made all white first. */
    private static Graphics2D blackOnWhite(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        return g;
    }

    /** A ruled table of {@code rows} rows and four columns whose last row runs into the page's bottom edge. */
    private static BufferedImage tableCutAtTheBottom(int rows) {
        BufferedImage img = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blackOnWhite(img);
        int top = 400 - rows * 40 + 20; // the last row is cut 20 px below its top rule
        for (int r = 0; r < rows; r++) {
            g.fillRect(100, top + r * 40, 600, 2); // row rules; none closes the last row
        }
        for (int c = 0; c <= 4; c++) {
            g.fillRect(100 + c * 150, top, 2, 400 - top); // cell rules down to the page's edge
        }
        g.dispose();
        return img;
    }

    @Test
    void givenATableCutByThePageBreak_whenRuled_thenItsLastRowEndsWhereItsCellRulesEnd() {
        TableGrid grid = grid(tableCutAtTheBottom(4));

        assertThat(grid.bands).hasSize(4);
        int[] last = grid.bands.get(3);
        assertThat(last[1]).isEqualTo(399);
        assertThat(grid.cells.stream().filter(c -> c.band() == 3)).hasSize(4);
    }

    @Test
    void givenARowRuleStoppingAPixelShortOfTheTablesBorder_whenRuled_thenTheRowKeepsItsEdgeCells() {
        // drawn coarse (a 100 dpi scan), the corner pixel of a rule and the border may not meet: the border's column
        // lay outside the band and its cell was lost, leaving the row a cell short
        BufferedImage img = new BufferedImage(800, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blackOnWhite(img);
        g.fillRect(101, 100, 601, 1); // the top rule misses the left border's column (x = 100)
        g.fillRect(100, 150, 601, 1); // the bottom rule misses the right border's column (x = 701)
        for (int c = 0; c <= 5; c++) {
            g.fillRect(c == 5 ? 701 : 100 + c * 120, 101, 1, 49); // the borders and cell rules of the row
        }
        g.dispose();

        TableGrid grid = grid(img);

        assertThat(grid.bands).hasSize(1);
        assertThat(grid.cells).hasSize(5);
        assertThat(grid.cells.get(0).box().x).isEqualTo(101);
        assertThat(grid.cells.get(4).box().x + grid.cells.get(4).box().width).isEqualTo(701);
    }

    @Test
    void givenRulesWithoutCellRulesBelow_whenRuled_thenNoOpenRowIsMade() {
        BufferedImage img = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blackOnWhite(img);
        g.fillRect(100, 100, 600, 2); // an underline, text below it
        g.fillRect(150, 110, 3, 30);
        g.dispose();

        assertThat(grid(img).bands).isEmpty();
    }

    @Test
    void givenATableHeadingMisreadByRecognition_whenHeadingsAreFound_thenItsNumberAndMostCharactersTellIt() {
        assertThat(Sections.blurred("三、收到和处理政府1主开")).isEqualTo(Sections.Kind.REQUESTS);
        assertThat(Sections.blurred("二、主动公开政府信恳情况")).isEqualTo(Sections.Kind.PROACTIVE);
        assertThat(Sections.blurred("三、加强队伍建设")).isNull();
        assertThat(Sections.blurred("五、收到和处理政府信息公开申请情况")).isNull();
        assertThat(Sections.blurred("收到和处理政府信息")).isNull();
        // a bold heading's glyph fragments read as characters of their own, among its own
        assertThat(Sections.blurred("三、收到和处理政府1二主百熏心\\人公开申]>朋去|慷月/、\\")).isEqualTo(Sections.Kind.REQUESTS);
        assertThat(Sections.blurred("四、政府人言瑟心租\\/人狼开行政复议、行政诉讼情况")).isEqualTo(Sections.Kind.REVIEWS);
        assertThat(Sections.blurred("三、政府信息管理情况。严格落实政府信息公开审查制度")).isNull();
    }

    @Test
    void givenTwoReadingsOfANumberCell_whenTheyDiffer_thenOnlyAnotherNumberContradicts() {
        assertThat(OcrExtractor.contradicted("18", "18")).isFalse();
        assertThat(OcrExtractor.contradicted("1", "")).isFalse();
        assertThat(OcrExtractor.contradicted("1", null)).isFalse();
        assertThat(OcrExtractor.contradicted("18", "13")).isTrue();
    }

    @Test
    void givenATableHeadingWithItsNumberMisread_whenHeadingsAreFound_thenMostOfItsCharactersInOrderTellIt() {
        assertThat(Sections.headings(java.util.List.of("一、主公开政府信息情况")))
                .extracting(Sections.Heading::kind)
                .containsExactly(Sections.Kind.PROACTIVE);
        assertThat(Sections.blurred("收到和处理政府信息公开申清情况")).isEqualTo(Sections.Kind.REQUESTS);
        assertThat(Sections.blurred("一、主动公开情况")).isNull(); // six of ten: a section-1 sub-heading
        assertThat(Sections.blurred("六、主动公开政府信息情况")).isNull(); // another section's number
        // seed 004's copy at 150 dpi: a speck before it read as a dash, 二 as 一, 信 as "f已"
        assertThat(Sections.headings(java.util.List.of("-一、主动公开政府f已息情况")))
                .extracting(Sections.Heading::kind)
                .containsExactly(Sections.Kind.PROACTIVE);
        assertThat(Sections.blurred("-六、主动公开政府信息情况")).isNull();
        // seed 002's copy: the bold numbers 二 and 三 read as strokes of their own
        assertThat(Sections.headings(java.util.List.of("-一一、主动公开政府f人本号息心情况", "一二、收到和处理政府已息公开申请情况")))
                .extracting(Sections.Heading::kind)
                .containsExactly(Sections.Kind.PROACTIVE, Sections.Kind.REQUESTS);
        assertThat(Sections.blurred("一一、主动公开情况")).isNull();
        assertThat(Sections.blurred("(一)、主动公开政府信息情况")).isNull();
    }

    @Test
    void givenACellReadAsOneCharacter_whenClassified_thenItIsANumberCellNotALabel() {
        assertThat(OcrExtractor.loneCharacter("工")).isTrue();
        assertThat(OcrExtractor.loneCharacter("1口")).isTrue();
        assertThat(OcrExtractor.loneCharacter("和")).isTrue(); // a noisy 5
        assertThat(OcrExtractor.loneCharacter("一")).isFalse(); // a numeral
        assertThat(OcrExtractor.loneCharacter("减56")).isFalse(); // a signed change
        assertThat(OcrExtractor.loneCharacter("二、")).isFalse(); // numbering
        assertThat(OcrExtractor.loneCharacter("总计")).isFalse();
        assertThat(OcrExtractor.loneCharacter("其他")).isFalse();
    }

    @Test
    void givenAScannedTable2WithARowLabelMisread_whenRead_thenThatRowIsUncertainNotZero() {
        SourceDocument.Builder b = new SourceDocument.Builder();
        b.text("某某县人民政府2020年政府信息公开工作年度报告");
        b.text("二、主动公开政府信息情况");
        b.ocrRow(java.util.List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"), java.util.List.of());
        b.ocrRow(java.util.List.of("规章", "0", "0", "0"), java.util.List.of());
        // 规范性文件 misread beyond recognition: two of its five characters ("范性文忤", three, names it)
        b.ocrRow(java.util.List.of("性文忤", "54", "54", "315"), java.util.List.of());
        b.ocrRow(java.util.List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"), java.util.List.of());
        b.ocrRow(java.util.List.of("行政许可", "753", "338", "150878"), java.util.List.of());
        b.ocrRow(java.util.List.of("行政处罚", "2312", "", "10262"), java.util.List.of(2)); // change illegible
        b.ocrRow(java.util.List.of("行政强制", "143"), java.util.List.of()); // two numbers lost
        b.text("三、收到和处理政府信息公开申请情况");

        org.gongkai.reportmodel.AnnualReport r = new AnnualReportReader().read(b.build(), "scan.pdf");

        assertThat(r.proactive().get("licensing", "decisions")).isEqualByComparingTo("150878");
        assertThat(r.unknown("proactive.licensing.decisions")).isFalse();
        assertThat(r.unknown("proactive.normative_documents.new_made")).isTrue();
        assertThat(r.unknown("proactive.regulations.new_made")).isFalse();
        assertThat(r.unknown("proactive.coercion.items_last_year")).isFalse();
        assertThat(r.unknown("proactive.coercion.change")).isTrue();
        assertThat(r.unknown("proactive.coercion.decisions")).isTrue();
    }

    @Test
    void givenATableScannedAskew_whenStraightened_thenItsRowsAreFound() {
        BufferedImage upright = tableCutAtTheBottom(4);
        BufferedImage askew = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = askew.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 400);
        g.rotate(Math.toRadians(0.8), 400, 200);
        g.drawImage(upright, 0, 0, null);
        g.dispose();

        assertThat(grid(copy(askew)).bands).isEmpty(); // no pixel row holds a rule
        assertThat(Deskew.angle(askew)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.1));
        assertThat(grid(Deskew.straight(askew)).bands).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Deskew.straight(upright)).isSameAs(upright);
    }

    private static BufferedImage copy(BufferedImage img) {
        BufferedImage c = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        c.createGraphics().drawImage(img, 0, 0, null);
        return c;
    }

    @Test
    void givenALabelCellWithADigitMisreadInsideAWord_whenCleaned_thenOnlyNumberingKeepsItsDigits() {
        assertThat(OcrExtractor.label("(二)部分公开(区分处理的4计这一情形)")).isEqualTo("(二)部分公开(区分处理的计这一情形)");
        assertThat(OcrExtractor.label("1.属于国家秘密")).isEqualTo("1.属于国家秘密");
        assertThat(OcrExtractor.label("(四)无法提供1.本机关不掌握相关政府信息")).isEqualTo("(四)无法提供1.本机关不掌握相关政府信息");
        // the item number's dot lost: numbering, not a figure of the row (the row's figures have cells of their own)
        assertThat(OcrExtractor.label("4各护第三方合法权益")).isEqualTo("4.各护第三方合法权益");
        assertThat(OcrExtractor.label("1属于国家秘密")).isEqualTo("1.属于国家秘密");
        assertThat(OcrExtractor.label("2020年度")).isEqualTo("2020年度");
        assertThat(OcrExtractor.label("12月底前完成")).isEqualTo("12月底前完成");
        assertThat(OcrExtractor.label("5人次")).isEqualTo("5人次");
        assertThat(OcrExtractor.label("3起")).isEqualTo("3起");
    }

    @Test
    void givenAHeadingWhoseCharacterBoxesDifferInHeight_whenGroupedIntoLines_thenItIsOneLine() {
        // the heading of table 四 on a page scanned 0.7° askew, as recognition boxed it (150 dpi): boxes 9 to 50
        // pixels high, centres 652 to 668; the body text's next line stands 58 pixels lower
        java.util.List<net.sourceforge.tess4j.Word> words = new java.util.ArrayList<>();
        int[][] boxes = {
            {390, 643, 59, 18}, {434, 639, 18, 32}, {220, 645, 28, 28}, {258, 662, 5, 9}, {285, 642, 98, 32},
            {329, 638, 31, 49}, {359, 638, 29, 49}, {393, 663, 17, 10}, {427, 655, 19, 18}, {452, 642, 84, 32},
            {553, 643, 17, 31}, {585, 643, 45, 31}, {635, 638, 29, 50}, {663, 643, 39, 31}, {701, 638, 32, 50},
            {732, 643, 51, 31}, {798, 643, 52, 31}
        };
        String[] text = {"奥", "八", "四", "、", "政", "府", "信", "忆", "人", "开行", "政", "复议", "、", "行", "政", "诉讼", "情况"};
        for (int i = 0; i < boxes.length; i++) {
            int[] b = boxes[i];
            words.add(new net.sourceforge.tess4j.Word(text[i], 90, new java.awt.Rectangle(b[0], b[1], b[2], b[3])));
        }
        words.add(new net.sourceforge.tess4j.Word("2023年", 90, new java.awt.Rectangle(220, 701, 80, 31)));
        words.add(new net.sourceforge.tess4j.Word("洪泽区", 90, new java.awt.Rectangle(300, 700, 90, 32)));

        java.util.List<java.util.List<net.sourceforge.tess4j.Word>> lines = OcrExtractor.lines(words);

        assertThat(lines).hasSize(2);
        assertThat(OcrExtractor.joined(lines.get(0))).startsWith("四、政府信").endsWith("诉讼情况");
        assertThat(OcrExtractor.joined(lines.get(1))).isEqualTo("2023年洪泽区");
    }

    /** Table 三 of the 洪泽区 report: each row's label, natural persons and total (the other five cells 0). */
    private static final String[][] HONGZE_TABLE3 = {
        {"一、本年新收政府信息公开申请数量", "21", "21"},
        {"二、上年结转政府信息公开申请数量", "0", "0"},
        {"(一)予以公开", "0", "0"},
        {"(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "4", "4"},
        {"1.属于国家秘密", "1", "1"},
        {"2.其他法律行政法规禁止公开", "0", "0"},
        {"3.危及“三安全一稳定”", "0", "0"},
        {"4.保护第三方合法权益", "0", "0"},
        {"5.属于三类内部事务信息", "0", "0"},
        {"6.属于四类过程性信息", "1", "1"},
        {"7.属于行政执法案卷", "1", "1"},
        {"8.属于行政查询事项", "0", "0"},
        {"1.本机关不掌握相关政府信息", "10", "10"},
        {"2.没有现成信息需要另行制作", "3", "3"},
        {"3.补正后申请内容仍不明确", "0", "0"},
        {"1.信访举报投诉类申请", "1", "1"},
        {"2.重复申请", "0", "0"},
        {"3.要求提供公开出版物", "0", "0"},
        {"4.无正当理由大量反复申请", "0", "0"},
        {"5.要求行政机关确认或重新出具已获取信息", "0", "0"},
        {"(六)其他处理", "0", "0"},
        {"(七)总计", "21", "21"},
        {"四、结转下年度继续办理", "0", "0"}
    };

    /** The table as recognised, the cells {@code illegible} maps a row's label to (1 natural persons, 7 total) blank. */
    private static SourceDocument table3(java.util.Map<String, java.util.List<Integer>> illegible) {
        return table3(illegible, java.util.List.of());
    }

    /** The same after {@code before}, text lines recognised on the page. */
    private static SourceDocument table3(
            java.util.Map<String, java.util.List<Integer>> illegible, java.util.List<String> before) {
        SourceDocument.Builder b = new SourceDocument.Builder();
        b.text("某某区人民政府2023年政府信息公开工作年度报告");
        before.forEach(b::text);
        b.text("三、收到和处理政府信息公开申请情况");
        for (String[] r : HONGZE_TABLE3) {
            java.util.List<Integer> lost = illegible.getOrDefault(r[0], java.util.List.of());
            b.ocrRow(
                    java.util.List.of(
                            r[0], lost.contains(1) ? "" : r[1], "0", "0", "0", "0", "0", lost.contains(7) ? "" : r[2]),
                    lost);
        }
        b.text("四、政府信息公开行政复议、行政诉讼情况");
        return b.build();
    }

    @Test
    void givenAScannedRowWhoseOnlyNumbersAreIllegible_whenRead_thenTheColumnSumsFillThem() {
        // table 三 as a 200 dpi askew JPEG copy of the 洪泽区 report read it: the complaint row's 1 and its total 1,
        // the row's only non-zero cells, illegible; its five zeros read
        org.gongkai.reportmodel.AnnualReport r = new AnnualReportReader()
                .read(table3(java.util.Map.of("1.信访举报投诉类申请", java.util.List.of(1, 7))), "scan.pdf");

        assertThat(r.requests().get("rejected_complaint", "natural_person")).isEqualByComparingTo("1");
        assertThat(r.requests().get("rejected_complaint", "total")).isEqualByComparingTo("1");
        assertThat(r.unknown("requests.rejected_complaint.natural_person")).isFalse();
        assertThat(r.unknown("requests.unable_not_held.natural_person")).isFalse();
        assertThat(r.inferred()).contains("requests.rejected_complaint.total");
    }

    @Test
    void givenATable2ReadFromAScansTextLines_whenRead_thenItsFiguresAreUncertainWhileRuledTablesStayCertain() {
        // seed 001 printed one figure a line, scanned at 300 dpi in black and white: its fees' change "-24" read as
        // "24". Here the 洪泽区 table 二 so printed.
        java.util.List<String> table2 = java.util.List.of(
                "二、主动公开政府信息情况",
                "第二十条第(一)项",
                "信息内容",
                "本年制发件数",
                "本年废止件数",
                "现行有效件数",
                "规章",
                "0",
                "0",
                "0",
                "行政规范性文件",
                "0",
                "5",
                "5",
                "第二十条第(五)项",
                "信息内容",
                "本年处理决定数量",
                "行政许可",
                "550",
                "第二十条第(六)项",
                "信息内容",
                "本年处理决定数量",
                "行政处罚",
                "4119",
                "行政强制",
                "195",
                "第二十条第(八)项",
                "信息内容",
                "本年收费金额(单位:万元)",
                "行政事业性收费",
                "7730.28");
        org.gongkai.reportmodel.AnnualReport r =
                new AnnualReportReader().read(table3(java.util.Map.of(), table2), "scan.pdf");

        assertThat(r.table("proactive")).isNotNull();
        assertThat(r.unknown("proactive.licensing.decisions")).isTrue();
        assertThat(r.unknown("proactive.fees.amount_10k_yuan")).isTrue();
        assertThat(r.unknown("requests.new_received.total")).isFalse();
    }

    @Test
    void givenIllegibleCellsInTwoRowsSharingAColumn_whenTheSumsFillThem_thenEachFillIsCheckedAfterTheOnesBefore() {
        // poppler's 200 dpi black-and-white copy of the 洪泽区 report: the 4 of 部分公开 and both 1s of 国家秘密 illegible.
        // The first round of fills found 部分公开 = 4 (its row), 国家秘密 = 1 (the total column) and 国家秘密 = 5 (the
        // natural persons' column, which still lacked 5 before the 4 was filled); applying all three left the column
        // and the row failing, so the reading with these cells blank lost to a shifted one and the whole table went
        // uncertain. A fill found before another of the same round is applied only while it still repairs a sum.
        org.gongkai.reportmodel.AnnualReport r = new AnnualReportReader()
                .read(
                        table3(java.util.Map.of(
                                "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", java.util.List.of(1),
                                "1.属于国家秘密", java.util.List.of(1, 7))),
                        "scan.pdf");

        assertThat(r.requests().get("partially_granted", "natural_person")).isEqualByComparingTo("4");
        assertThat(r.requests().get("withheld_state_secret", "natural_person")).isEqualByComparingTo("1");
        assertThat(r.requests().get("withheld_state_secret", "total")).isEqualByComparingTo("1");
        assertThat(r.inferred())
                .containsExactlyInAnyOrder(
                        "requests.partially_granted.natural_person",
                        "requests.withheld_state_secret.natural_person",
                        "requests.withheld_state_secret.total");
        assertThat(r.unknown("requests.granted.natural_person")).isFalse();
        assertThat(r.unknown("requests.total.total")).isFalse();
        assertThat(r.uncertain()).doesNotHaveDuplicates();
    }

    @Test
    void givenATable4RowCutByAMisreadCell_whenRead_thenItsZeroGroupsAreUncertainNotZero() {
        // table 四 as a 100 dpi copy of the 洪泽区 report read it: 10, 1 (illegible), 0, 0, 0 | 0, 0, 0, 0, 0 | 5
        // misread as "一D", one 0 lost, 0, 0, 0; the printed 5 must not become a certain 0
        java.util.List<String> cut =
                java.util.List.of("10", "", "0", "0", "0", "0", "0", "0", "0", "0", "一D", "0", "0", "0");
        org.gongkai.reportmodel.AnnualReport r = new AnnualReportReader().read(table4(cut, 1), "scan.pdf");

        assertThat(r.reviews()).isNotNull();
        for (String row : org.gongkai.reportmodel.Layouts.REVIEW_ROWS) {
            for (String c : org.gongkai.reportmodel.Layouts.REVIEW_COLUMNS) {
                assertThat(r.unknown("reviews." + row + "." + c))
                        .as(row + "." + c)
                        .isTrue();
            }
        }

        // the same row read whole (fifteen numbers) stays certain where its sums hold
        java.util.List<String> whole =
                java.util.List.of("10", "1", "0", "0", "11", "0", "0", "0", "0", "0", "5", "0", "0", "0", "5");
        r = new AnnualReportReader().read(table4(whole, -1), "scan.pdf");
        assertThat(r.unknown("reviews.litigation_direct.total")).isFalse();
        assertThat(r.reviews().get("litigation_after_reconsideration", "upheld"))
                .isEqualByComparingTo("5");
        assertThat(r.unknown("reviews.litigation_after_reconsideration.upheld")).isFalse();
    }

    @Test
    void givenATable4RowThatLostACell_whenRead_thenNoneOfItsCellsIsCertainOrFilled() {
        // the 100 dpi copy drawn at 300 and averaged: the 5 read, but the grid lost one cell of fourteen; the row
        // was placed with reconsideration's total blank and the sums filled it 10 (printed 0), certain
        java.util.List<String> lost =
                java.util.List.of("10", "", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0");
        org.gongkai.reportmodel.AnnualReport r = new AnnualReportReader().read(table4(lost, 1), "scan.pdf");

        assertThat(r.reviews()).isNotNull();
        assertThat(r.inferred()).noneMatch(p -> p.startsWith("reviews."));
        assertThat(r.unknown("reviews.reconsideration.total")).isTrue();
        assertThat(r.unknown("reviews.litigation_direct.total")).isTrue();
    }

    /** Table 四 recognised on one page: its two heading rows, then the row of numbers ({@code illegible} or -1). */
    private static SourceDocument table4(java.util.List<String> numbers, int illegible) {
        SourceDocument.Builder b = new SourceDocument.Builder();
        b.text("某某区人民政府2023年政府信息公开工作年度报告");
        b.text("四、政府信息公开行政复议、行政诉讼情况");
        b.ocrRow(java.util.List.of("行政复议"), java.util.List.of());
        b.ocrRow(java.util.List.of("未经复议直接起诉", "复议后起诉"), java.util.List.of());
        b.ocrRow(
                java.util.List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
                java.util.List.of());
        b.ocrRow(numbers, illegible < 0 ? java.util.List.of() : java.util.List.of(illegible));
        b.text("五、存在的主要问题及改进情况");
        return b.build();
    }

    @Test
    void givenATable3RowLabelMisreadBeyondItsWords_whenRead_thenItsNumberAndMostOfItsCharactersPlaceIt() {
        // table 三 of seed 004 printed by Chromium, scanned at 200 dpi and read at 150: "4.保护第三方合法权益" came back
        // "4.保护第法权" (no row's words), its row's 1 and 1 were lost and the whole table read uncertain
        SourceDocument.Builder b = new SourceDocument.Builder();
        b.text("某某县人民政府2020年政府信息公开工作年度报告");
        b.text("三、收到和处理政府信息公开申请情况");
        String[][] rows = {
            {"", "", "自然人", "法人或其他组织", "", "", "", "", "", ""},
            {"", "", "", "商业", "科构", "社会公益公便组织", "服务法律机构", "其他", "", ""},
            {"一、本年新收政府信息公开申请数量", "", "228", "3", "", "", "", "3", "234", ""},
            {"二一、上年结转政府信息公开申请数量", "", "6", "", "", "", "", "", "6", ""},
            {"三、本年度办理结果", "(一)予以公开", "116", "2", "", "", "", "1", "119", ""},
            {"", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "20", "", "", "", "", "1", "21", ""},
            {"", "(三)不子公开", "1属于国家秘窗", "", "", "", "", "", "", ""},
            {"", "", "2.其他法律行政法规茜止公", "2", "", "", "", "", "", ""},
            {"", "", "3.危及三女安全全一稳证,", "", "", "", "", "", "", ""},
            {"", "", "4.保护第法权", "1", "", "", "", "", "", "1"},
            {"", "", "5.属于三类内部事务人", "1", "", "", "", "", "1", "2"},
            {"", "", "6.属于四类过程性信息", "8", "", "", "", "", "", "8"},
            {"", "", "7.属于行政执法案卷", "1", "", "", "", "", "", "1"},
            {"", "", "8.属于行政查询事项", "3", "", "", "", "", "", "3"},
            {"", "(四)无法提供", "1.本机关不党担相关政府信息总", "58", "1", "", "", "", "", "59"},
            {"", "", "2.没有现成信息需要另行制作", "", "", "", "", "", "", ""},
            {"", "", "3.补正后申请内容仍不明确", "1", "", "", "", "", "", "1"},
            {"", "(五)不子处理", "1.信访举报投诉类申请", "", "", "", "", "", "", ""},
            {"", "", "2.重复申请", "1", "", "", "", "", "", "1"},
            {"", "", "3.要求提供公开出版物", "", "", "", "", "", "", ""},
            {"", "", "4.无正当理由大量反复申请", "", "", "", "", "", "", ""},
            {"", "", "5.要求行政机关确认或重新", "1", "", "", "", "", "", "1"},
            {"", "", "出由已获取信站", "", "", "", "", "", "", ""},
            {"", "(六)其他处理", "9", "", "", "", "", "", "", "9"},
            {"", "(七)总计", "222", "3", "", "", "", "3", "228", ""},
            {"四、结转下年度继续办理", "12", "", "", "", "", "12"}
        };
        for (String[] r : rows) {
            b.ocrRow(java.util.List.of(r), java.util.List.of());
        }
        b.text("四、政府信息公开行政复议、行政诉讼情况");

        org.gongkai.reportmodel.AnnualReport r = new AnnualReportReader().read(b.build(), "scan.pdf");

        assertThat(r.requests().get("withheld_third_party", "natural_person")).isEqualByComparingTo("1");
        assertThat(r.requests().get("withheld_third_party", "total")).isEqualByComparingTo("1");
        assertThat(r.requests().get("withheld_internal_affairs", "total")).isEqualByComparingTo("2");
        assertThat(r.requests().rowKeys().stream()
                        .flatMap(k -> r.requests().columns(k).stream().map(c -> "requests." + k + "." + c))
                        .filter(r::unknown))
                .isEmpty();
    }

    @Test
    void givenAMisreadTable3Label_whenMatchedByItsCharacters_thenItsPrintedNumberMustAgreeAndNoOtherRowFitAsWell() {
        int third = RequestRows.KEYS.indexOf("withheld_third_party");
        int from = RequestRows.KEYS.indexOf("withheld_security_stability");
        assertThat(RequestRows.blurred("4.保护第法权", from, 8)).isEqualTo(third);
        assertThat(RequestRows.blurred("保护第法权", from, 8)).isEqualTo(third); // its number lost or never printed
        assertThat(RequestRows.blurred("5.保护第法权", from, 8)).isEqualTo(-1); // the number of another row
        assertThat(RequestRows.blurred("4.保护", from, 8)).isEqualTo(-1); // too little of it
        assertThat(RequestRows.blurred("4.保护第三方合法权益工作中严格依法审查各类申请材料并及时答复", from, 8))
                .isEqualTo(-1); // a sentence, not a misread label
        // "属于" and "信息" are shared: the row keeping the most of its characters wins, a tie names none
        int process = RequestRows.KEYS.indexOf("withheld_process_info");
        assertThat(RequestRows.blurred("6.属于四类过程信总", from, 8)).isEqualTo(process);
    }

    @Test
    void givenAMisreadTable2Label_whenMatchedByItsCharacters_thenOnlyARowKeepingMostOfItsCharactersIsNamed() {
        // labels of seed 004's table 二 as its black-and-white copy read them
        assertThat(ProactiveTableReader.blurred("政许可", 2)).isEqualTo(2); // 行政许可
        assertThat(ProactiveTableReader.blurred("其他对外和营理服务事项", 3)).isEqualTo(3);
        assertThat(ProactiveTableReader.blurred("政府全中采购", 4)).isEqualTo(7);
        assertThat(ProactiveTableReader.blurred("行政", 2)).isEqualTo(-1); // 行政许可, 处罚 and 强制 alike
        assertThat(ProactiveTableReader.blurred("政许可", 3)).isEqualTo(-1); // its row already passed
        assertThat(ProactiveTableReader.blurred("本机关行政许可事项办理情况统计及相关说明", 2)).isEqualTo(-1); // a sentence
    }

    /** The ruled tables of a page, found as the reader finds them: in its grey pixels. */
    private static TableGrid grid(BufferedImage page) {
        return TableGrid.of(OcrExtractor.grey(page), page.getWidth(), page.getHeight());
    }

    @Test
    void givenImageFilesOfPages_whenTheirResolutionOrShapeSaysFine_thenTheyAreReadHalved() {
        java.util.function.BiFunction<Integer, Integer, BufferedImage> image =
                (w, h) -> new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        assertThat(OcrExtractor.finePage(300, image.apply(2480, 3508))).isTrue();
        assertThat(OcrExtractor.finePage(150, image.apply(1240, 1754))).isFalse();
        assertThat(OcrExtractor.finePage(300, image.apply(1200, 300))).isFalse(); // a table's picture, not a page
        assertThat(OcrExtractor.finePage(0, image.apply(2480, 3508))).isTrue(); // no resolution: an A4 page's shape
        assertThat(OcrExtractor.finePage(0, image.apply(3508, 2480))).isTrue();
        assertThat(OcrExtractor.finePage(0, image.apply(2480, 700))).isFalse();
        assertThat(OcrExtractor.finePage(0, image.apply(1240, 1754))).isFalse();
        // a 600 dpi page: halved twice, to 150 dpi
        BufferedImage halvedTwice = OcrExtractor.halved(OcrExtractor.halved(image.apply(4960, 7016)));
        assertThat(OcrExtractor.finePage(600, image.apply(4960, 7016))).isTrue();
        assertThat(OcrExtractor.finePage(300, image.apply(2480, 3508))).isTrue();
        assertThat(OcrExtractor.finePage(0, halvedTwice)).isFalse();
        assertThat(halvedTwice.getWidth()).isEqualTo(1240);
    }
}

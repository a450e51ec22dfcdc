package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the cells of table 三 are cut into rows by the lines they were read from. */
class RequestRowsByLineTest {

    private static List<Token> line(int line, String... cells) {
        List<Token> out = new ArrayList<>();
        for (String c : cells) {
            if (c.isEmpty()) {
                out.add(Token.blank(line));
            } else if (c.chars().allMatch(Character::isDigit)) {
                out.add(new Token(Token.Kind.NUM, c, new java.math.BigDecimal(c), true, line));
            } else {
                out.add(new Token(Token.Kind.TEXT, c, null, false, line));
            }
        }
        return out;
    }

    private static List<List<String>> cells(List<Segment> segments) {
        return segments.stream()
                .map(s -> s.values().stream()
                        .map(t -> t.isBlank() ? "_" : t.text())
                        .toList())
                .toList();
    }

    @Test
    void theNextRowsEmptyLabelCellStaysWithTheNextRow() {
        // a text file's row ends with a tab, the next starts with one (its merged label cell)
        List<Token> tokens = new ArrayList<>(line(1, "(一) 予以公开", "116", "2", "", "", "", "1", "120", ""));
        tokens.addAll(line(2, "", "(二) 部分公开", "20", "", "", "", "", "1", "21", ""));

        List<Segment> rows = RequestsTableReader.byLine(Segment.of(tokens));

        assertThat(cells(rows))
                .containsExactly(
                        List.of("116", "2", "_", "_", "_", "1", "120", "_"),
                        List.of("20", "_", "_", "_", "_", "1", "21", "_"));
    }

    @Test
    void aRowWrappedOntoTheNextLineIsOneRowAndRowsOnTheirOwnLinesAreRows() {
        List<Token> wrapped = new ArrayList<>(line(1, "(一) 予以公开", "116", "2", "0", "0"));
        wrapped.addAll(line(2, "0", "1", "119"));
        assertThat(cells(RequestsTableReader.byLine(Segment.of(wrapped))))
                .containsExactly(List.of("116", "2", "0", "0", "0", "1", "119"));

        List<Token> lost = new ArrayList<>(line(1, "(一) 予以公开", "116", "2", "0", "0", "0", "1", "119"));
        lost.addAll(line(2, "20", "0", "0", "0", "0", "1", "21"));
        assertThat(cells(RequestsTableReader.byLine(Segment.of(lost))))
                .containsExactly(
                        List.of("116", "2", "0", "0", "0", "1", "119"), List.of("20", "0", "0", "0", "0", "1", "21"));
    }

    private static List<String> labels(List<Token> tokens) {
        return Segment.of(RequestsTableReader.wrappedLabels(tokens)).stream()
                .map(Segment::label)
                .toList();
    }

    @Test
    void aLabelCellsRestAfterItsRowsNumbersGoesBackToItsRowWhenARowNameRunsAcrossTheBreak() {
        // a ruled table printed from a web page: the label cell wraps, the numbers stand by its first line
        List<Token> tokens = new ArrayList<>(line(1, "7. 属于行政执", "1", "", "1"));
        tokens.addAll(line(2, "法案卷"));
        tokens.addAll(line(3, "8. 属于行政查", "3", "", "3"));
        tokens.addAll(line(4, "询事项"));

        assertThat(labels(tokens)).containsExactly("7.属于行政执法案卷", "8.属于行政查询事项");
    }

    @Test
    void aLineAfterARowsNumbersStaysWithTheNextRowWhenNoNameRunsAcross() {
        // a text file's label broken before its numbers: the next row's
        List<Token> tokens = new ArrayList<>(line(1, "4. 保护第三方合法权益", "1", "", "1"));
        tokens.addAll(line(2, "5. 属于三类内部"));
        tokens.addAll(line(3, "事务信息", "1", "", "1"));
        List<Token> own = new ArrayList<>(line(1, "7. 属于行政执", "1", "", "1"));
        own.addAll(line(2, "法案卷8. 属于行政查询事项", "3", "", "3"));

        assertThat(labels(tokens)).containsExactly("4.保护第三方合法权益", "5.属于三类内部事务信息");
        assertThat(labels(own)).containsExactly("7.属于行政执", "法案卷8.属于行政查询事项");
    }

    @Test
    void givenABlankRowWhoseNameWrapsAboveTheNextRowsNumbers_whenRead_thenTheNumbersAreTheNextRows() {
        // seed 004's table printed with a narrow label column: rows 3 and 4 of 不予处理 blank, row 5's name begun on
        // the line of its numbers and wrapped below them; the 1s were read into row 4, every sum still holding
        SourceDocument.Builder b = new SourceDocument.Builder();
        b.text("某某县人民政府2020年政府信息公开工作年度报告");
        b.text("三、收到和处理政府信息公开申请情况");
        String zeros = "\t0\t0\t0\t0\t0\t0\t0";
        b.text("一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1");
        for (String label : List.of(
                "二、上年结转政府信息公开申请数量",
                "(一)予以公开",
                "(二)部分公开",
                "1.属于国家秘密",
                "2.其他法律行政法规禁止公开",
                "3.危及“三安全一稳定”",
                "4.保护第三方合法权益",
                "5.属于三类内部事务信息",
                "6.属于四类过程性信息",
                "7.属于行政执法案卷",
                "8.属于行政查询事项",
                "1.本机关不掌握相关政府信息",
                "2.没有现成信息需要另行制作",
                "3.补正后申请内容仍不明确",
                "1.信访举报投诉类申请",
                "2.重复申请")) {
            b.text(label + zeros);
        }
        for (String line : List.of(
                "3. 要求提供公", "开出版物", "4. 无正当理由", "大量反复申请", "5. 要求行政机\t1\t\t\t\t\t\t1", "关确认或重新", "出具已获取信", "息")) {
            b.text(line);
        }
        b.text("(六)其他处理" + zeros);
        b.text("(七)总计\t1\t0\t0\t0\t0\t0\t1");
        b.text("四、结转下年度继续办理" + zeros);
        b.text("四、政府信息公开行政复议、行政诉讼情况");

        org.gongkai.reportmodel.AnnualReport r = new AnnualReportReader().read(b.build(), "narrow.pdf");

        assertThat(r.requests().get("rejected_confirmation", "natural_person")).isEqualByComparingTo("1");
        assertThat(r.requests().get("rejected_confirmation", "total")).isEqualByComparingTo("1");
        assertThat(r.requests().get("rejected_mass_repeated", "total")).isEqualByComparingTo("0");
        int four = RequestRows.KEYS.indexOf("rejected_mass_repeated");
        assertThat(RequestRows.begunAfter("4.无正当理由大量反复申请5.要求行政机", four)).isEqualTo(four + 1);
        assertThat(RequestRows.begunAfter("4.无正当理由大量反复申请", four)).isEqualTo(four);
        assertThat(RequestRows.begunAfter("4.无正当理由大量反复申请5.另有", four)).isEqualTo(four);
    }
}

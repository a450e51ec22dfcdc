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
}

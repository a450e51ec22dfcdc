package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.ReportJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds as Word documents, as an office writes them: every tab-separated run of lines a Word table, one cell a
 * field; in the second form each label cell breaks its text into paragraphs where the printed label wraps and each
 * number carries full-width digits, as a typist's input method gives them. Every cell reads as the text file's.
 */
class WordSeedsTest {

    static Stream<Arguments> seeds() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Path p : SeedReportsTest.seeds().toList()) {
            out.add(Arguments.of(p, false));
            out.add(Arguments.of(p, true));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, typed {1}")
    @MethodSource("seeds")
    void givenASeedAsAWordDocument_whenRead_thenEveryCellAsItsTextFile(Path txt, boolean typed) throws Exception {
        byte[] docx = word(Files.readString(txt, StandardCharsets.UTF_8), typed);

        AnnualReport actual = new AnnualReportReader().read(docx, "report.docx");

        AnnualReport expected = ReportJson.read(
                Files.readString(Path.of(txt.toString().replace(".txt", ".expected.json")), StandardCharsets.UTF_8));
        assertThat(actual.unit()).isEqualTo(expected.unit());
        assertThat(actual.year()).isEqualTo(expected.year());
        assertThat(actual.published()).isEqualTo(expected.published());
        for (String t : List.of("proactive", "requests", "reviews")) {
            Grid e = expected.table(t);
            if (e == null) {
                assertThat(actual.table(t)).as(t).isNull();
            } else {
                assertThat(e.differences(actual.table(t))).as(t).isEmpty();
            }
        }
    }

    private static byte[] word(String text, boolean typed) throws Exception {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[] lines = text.split("\n", -1);
            int i = 0;
            while (i < lines.length) {
                if (lines[i].indexOf('\t') < 0) {
                    d.createParagraph().createRun().setText(lines[i].strip());
                    i++;
                    continue;
                }
                List<String[]> rows = new ArrayList<>();
                for (; i < lines.length && lines[i].indexOf('\t') >= 0; i++) {
                    if (!lines[i].startsWith("-")) {
                        rows.add(lines[i].split("\t", -1));
                    }
                }
                int cols = rows.stream().mapToInt(r -> r.length).max().orElse(1);
                XWPFTable t = d.createTable(rows.size(), cols);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < cols; c++) {
                        String v = c < rows.get(r).length ? rows.get(r)[c].strip() : "";
                        cell(t.getRow(r).getCell(c), v, typed);
                    }
                }
            }
            d.write(out);
            return out.toByteArray();
        }
    }

    private static void cell(XWPFTableCell cell, String v, boolean typed) {
        if (!typed) {
            cell.setText(v);
        } else if (v.chars().allMatch(Character::isDigit)) {
            StringBuilder full = new StringBuilder();
            v.chars().forEach(ch -> full.append((char) (ch - '0' + '０')));
            cell.setText(full.toString());
        } else if (v.length() > 6) {
            // a long label typed over two lines of its cell
            cell.setText(v.substring(0, v.length() / 2));
            cell.addParagraph().createRun().setText(v.substring(v.length() / 2));
        } else {
            cell.setText(v);
        }
    }
}

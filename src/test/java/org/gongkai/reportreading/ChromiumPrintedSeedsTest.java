package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.ReportJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Seeds published as web pages and printed to PDF by Chromium, as many reports reach readers: the text as
 * preformatted lines that wrap (a row of numbers runs onto the next line), or its tab-separated rows as ruled
 * tables (a label cell wraps around its row's numbers); printed with the browser's running header and footer
 * (date, address, "3/11" between the rows of a table that runs over a page) and without. The text layer must read
 * as the text file does. The PDFs are made at run time (Chromium is the browser tests' own).
 */
class ChromiumPrintedSeedsTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    static Stream<Arguments> printed() {
        List<Arguments> out = new ArrayList<>();
        for (boolean headerFooter : List.of(true, false)) {
            for (String seed : List.of("000", "001", "002", "004")) {
                out.add(Arguments.of(seed, Form.PREFORMATTED, headerFooter));
            }
            for (String seed : List.of("001", "002", "004")) {
                out.add(Arguments.of(seed, Form.RULED, headerFooter));
            }
            for (String seed : List.of("002", "004")) {
                out.add(Arguments.of(seed, Form.GRID, headerFooter));
            }
        }
        // text reports the seeds do not cover (named by their file in the test resources), with header and footer
        for (String report : List.of(
                "reports-real/22_pingtan_gzj_2019", "reports-unseen/110_spaces_blank_zeros_2021_in_2019_format")) {
            out.add(Arguments.of(report, Form.PREFORMATTED, true));
        }
        for (String report : List.of(
                "reports-unseen/102_tsv_district_2022",
                "reports-unseen/107_pair_education_2023",
                "reports-unseen/103_spaces_street_2020",
                "reports-unseen/104_flat_ecology_2024",
                "reports-unseen/111_flat_city_2020",
                "reports-unseen/114_tsv_signed_changes_2019")) {
            out.add(Arguments.of(report, Form.PREFORMATTED, true));
            out.add(Arguments.of(report, Form.RULED, true));
        }
        // HTML reports printed as the pages they are
        for (String report : List.of(
                "reports-unseen/101_html_bureau_2023",
                "reports-unseen/106_pair_education_2022",
                "reports-unseen/108_html_county_2019")) {
            out.add(Arguments.of(report, Form.PAGE, true));
        }
        return out.stream();
    }

    /**
     * How the page shows the report: {@code RULED} a table cell for each tab-separated field as the text file has
     * them (its label columns vary from row to row); {@code GRID} table 三 as a report prints it, one label cell and
     * seven value columns under their headings, blank cells left blank; {@code PAGE} an HTML report as it is.
     */
    enum Form {
        PAGE,
        PREFORMATTED,
        RULED,
        GRID
    }

    @ParameterizedTest(name = "seed {0}, {1}, header and footer {2}")
    @MethodSource("printed")
    void givenASeedPrintedByChromium_whenRead_thenAsItsTextFile(String seed, Form form, boolean headerFooter)
            throws Exception {
        assumeThat(Files.isExecutable(CHROMIUM)).as("Chromium").isTrue();
        Path txt = seed(seed, form);
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        AnnualReport expected = ReportJson.read(Files.readString(
                Path.of(txt.toString().replaceFirst("\\.(txt|html)$", ".expected.json")), StandardCharsets.UTF_8));
        Path html = dir.resolve(txt.getFileName().toString().replace(".txt", ".html"));
        Files.writeString(
                html,
                switch (form) {
                    case PAGE -> text;
                    case PREFORMATTED -> preformatted(text);
                    case RULED -> tables(text, null);
                    case GRID -> tables(text, expected.table("requests"));
                },
                StandardCharsets.UTF_8);
        Path pdf = print(html, headerFooter);

        AnnualReport actual = new AnnualReportReader().read(pdf);

        assertThat(actual.unit()).isEqualTo(expected.unit());
        assertThat(actual.year()).isEqualTo(expected.year());
        assertThat(actual.published()).isEqualTo(expected.published());
        assertThat(actual.template()).isEqualTo(expected.template());
        for (String t : List.of("proactive", "requests", "reviews")) {
            Grid e = expected.table(t);
            assertThat(e.differences(actual.table(t))).as(t).isEmpty();
        }
    }

    private static Path seed(String prefix, Form form) throws Exception {
        if (prefix.contains("/")) {
            return Path.of("src/test/resources", prefix + (form == Form.PAGE ? ".html" : ".txt"));
        }
        Path shared = Path.of("../shared/seeds");
        Path seeds = Files.isDirectory(shared) ? shared : Path.of("src/test/resources/seeds");
        try (Stream<Path> s = Files.list(seeds)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")
                            && p.toString().endsWith(".txt"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private Path print(Path html, boolean headerFooter) throws Exception {
        Path pdf = dir.resolve(html.getFileName().toString().replace(".html", ".pdf"));
        List<String> command = new ArrayList<>(
                List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--print-to-pdf=" + pdf.toAbsolutePath()));
        if (!headerFooter) {
            command.add("--no-pdf-header-footer");
        }
        command.add(html.toUri().toString());
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium printed").isTrue();
        assertThat(pdf).exists();
        return pdf;
    }

    private static final String HEAD = "<html><head><meta charset=\"utf-8\"><style>"
            + "body{font-family:\"Noto Sans CJK SC\",sans-serif;font-size:11pt} pre{white-space:pre-wrap}"
            + " table{border-collapse:collapse} td{border:1px solid #000;padding:2px 4px}</style></head><body>";

    /** The whole text as preformatted lines that wrap at the page's width. */
    private static String preformatted(String text) {
        return HEAD + "<pre>" + HtmlUtils.htmlEscape(text) + "</pre></body></html>";
    }

    /**
     * A row of table 三 as one label cell (its fields before the first number) and seven value cells. A text file's
     * row may hold more or fewer fields than seven from its first number on (its own columns misaligned, a blank
     * cell dropped): such a row prints its values as the seed's expected table has them, zeros blank. The text
     * file's heading rows and its rows without a number are left out (their cells are blank or zero).
     */
    private static void gridRow(String line, Grid requests, StringBuilder o) {
        List<String> cells = new ArrayList<>();
        for (String c : line.split("\t", -1)) {
            cells.add(c.strip());
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        int first = 0;
        while (first < cells.size() && !cells.get(first).matches("\\d+")) {
            first++;
        }
        if (first == 0 || first == cells.size()) {
            return;
        }
        List<String> label =
                cells.subList(0, first).stream().filter(c -> !c.isEmpty()).toList();
        List<String> values = new ArrayList<>(cells.subList(first, cells.size()));
        if (values.size() != 7) {
            String key = RequestRows.KEYS.stream()
                    .filter(k -> requests.layout().rowKeys().contains(k)
                            && RequestRows.matches(k, String.join("", label).replaceAll("\\s", "")))
                    .findFirst()
                    .orElse(null);
            if (key == null) {
                return;
            }
            values.clear();
            for (String column : Layouts.APPLICANT_COLUMNS) {
                java.math.BigDecimal v = requests.get(key, column);
                values.add(v == null || v.signum() == 0 ? "" : v.toPlainString());
            }
        }
        o.append("<tr><td>")
                .append(HtmlUtils.htmlEscape(String.join(" ", label)))
                .append("</td>");
        for (String c : values) {
            o.append("<td>").append(HtmlUtils.htmlEscape(c)).append("</td>");
        }
        o.append("</tr>");
    }

    /** A blank line with a tab-separated line after it. */
    private static boolean tabbedNext(String[] lines, int i) {
        return lines[i].isBlank() && i + 1 < lines.length && lines[i + 1].indexOf('\t') >= 0;
    }

    /**
     * Each run of tab-separated lines as a ruled table, one cell a field; other lines as headings and paragraphs.
     * With the expected table 三 ({@code printed}), table 三 in the {@code GRID} form.
     */
    private static String tables(String text, Grid printed) {
        boolean grid = printed != null;
        StringBuilder o = new StringBuilder(HEAD);
        String[] lines = text.split("\n", -1);
        int i = 0;
        boolean requests = false;
        while (i < lines.length) {
            String heading = lines[i].replaceAll("^[#*\\s]+", "");
            if (lines[i].indexOf('\t') < 0 && heading.matches("^[二三四五六]、.*")) {
                requests = heading.startsWith("三、");
            }
            if (grid && requests && lines[i].indexOf('\t') >= 0) {
                o.append("<table><tr><td>申请人情况</td>");
                for (String h : List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")) {
                    o.append("<td>").append(h).append("</td>");
                }
                o.append("</tr>");
                // one table to the end of table 三, as a report prints it: 结转下年度 set off by a blank line too
                for (; i < lines.length && (lines[i].indexOf('\t') >= 0 || tabbedNext(lines, i)); i++) {
                    gridRow(lines[i], printed, o);
                }
                o.append("</table>\n");
                continue;
            }
            if (lines[i].indexOf('\t') >= 0) {
                o.append("<table>");
                for (; i < lines.length && lines[i].indexOf('\t') >= 0; i++) {
                    if (lines[i].startsWith("-")) {
                        continue; // a markdown table's separator row
                    }
                    o.append("<tr>");
                    for (String c : lines[i].split("\t", -1)) {
                        o.append("<td>").append(HtmlUtils.htmlEscape(c)).append("</td>");
                    }
                    o.append("</tr>");
                }
                o.append("</table>\n");
                continue;
            }
            String s = lines[i].strip().replace("*", "");
            if (s.startsWith("#")) {
                o.append("<h3>")
                        .append(HtmlUtils.htmlEscape(s.replaceFirst("^#+", "").strip()))
                        .append("</h3>\n");
            } else if (!s.isEmpty()) {
                o.append("<p>").append(HtmlUtils.htmlEscape(s)).append("</p>\n");
            }
            i++;
        }
        return o.append("</body></html>").toString();
    }
}

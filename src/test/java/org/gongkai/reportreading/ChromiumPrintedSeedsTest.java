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
            for (String seed : List.of("000", "001", "002")) {
                out.add(Arguments.of(seed, false, headerFooter));
            }
            for (String seed : List.of("001", "002")) {
                out.add(Arguments.of(seed, true, headerFooter));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seed {0}, ruled tables {1}, header and footer {2}")
    @MethodSource("printed")
    void givenASeedPrintedByChromium_whenRead_thenAsItsTextFile(String seed, boolean ruled, boolean headerFooter)
            throws Exception {
        assumeThat(Files.isExecutable(CHROMIUM)).as("Chromium").isTrue();
        Path txt = seed(seed);
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Path html = dir.resolve(seed + ".html");
        Files.writeString(html, ruled ? ruledTables(text) : preformatted(text), StandardCharsets.UTF_8);
        Path pdf = print(html, headerFooter);

        AnnualReport actual = new AnnualReportReader().read(pdf);

        AnnualReport expected = ReportJson.read(
                Files.readString(Path.of(txt.toString().replace(".txt", ".expected.json")), StandardCharsets.UTF_8));
        assertThat(actual.unit()).isEqualTo(expected.unit());
        assertThat(actual.year()).isEqualTo(expected.year());
        assertThat(actual.published()).isEqualTo(expected.published());
        assertThat(actual.template()).isEqualTo(expected.template());
        for (String t : List.of("proactive", "requests", "reviews")) {
            Grid e = expected.table(t);
            assertThat(e.differences(actual.table(t))).as(t).isEmpty();
        }
    }

    private static Path seed(String prefix) throws Exception {
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

    /** Each run of tab-separated lines as a ruled table, one cell a field; other lines as headings and paragraphs. */
    private static String ruledTables(String text) {
        StringBuilder o = new StringBuilder(HEAD);
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
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

package org.gongkai.reportreading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.GongkaiApplication;
import org.gongkai.reportreading.fetch.LocalPortal;
import org.gongkai.reportreading.fetch.LocalPortal.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report audit --urls FILE OUTDIR} against a local portal serving the real and seed reports the other
 * tests read: a column page whose report links are followed (an HTML report page, a page attaching a PDF, a text
 * file), and hostile links: to another host (never requested), a redirect to another host, an oversize file
 * sent without a length, a script. The refused are named, the others audited as a folder would be.
 */
class AuditUrlsCommandTest {

    private static final Path REAL = Path.of("src/test/resources/reports-real");

    @TempDir
    Path out;

    @TempDir
    Path work;

    private LocalPortal portal;
    private String base;
    private String otherHost;

    @BeforeEach
    void serve() throws IOException {
        Map<String, Page> pages = new ConcurrentHashMap<>();
        portal = LocalPortal.start(pages, this::hostile);
        base = portal.base();
        otherHost = portal.otherHost();
        String column = """
                <html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body><ul>
                <li><a href="/art/hz.html">杭州市2025年政府信息公开工作年度报告</a></li>
                <li><a href='/art/gaj.html' target="_blank"><span>平潭综合实验区公安局2024年年报</span></a></li>
                <li><a href="/files/gaj_2024.txt">平潭综合实验区公安局2024年度报告（文本）</a></li>
                <li><a href="/art/notice.html">关于开展政务公开检查的通知</a></li>
                <li><a href="%s/art/elsewhere.html">2023年政府信息公开工作年度报告</a></li>
                <li><a href="/files/big.pdf">2022年政府信息公开工作年度报告</a></li>
                <li><a href="/art/moved.html">2021年年报</a></li>
                <li><a href="/art/run.js">年报统计</a></li>
                </ul></body></html>
                """.formatted(otherHost);
        String detail = """
                <html><body><h1>平潭综合实验区公安局2024年政府信息公开工作年度报告</h1>
                <p>附件：<a href="../files/hongze_2023.pdf">点击下载</a></p>
                <p><a href="%s/files/copy.pdf">镜像下载</a></p>
                <p><a href="/art/gaj_2023.html">上一篇：2023年年报</a></p>
                </body></html>
                """.formatted(otherHost);
        pages.putAll(Map.of(
                "/col/index.html", new Page("text/html; charset=utf-8", bytes(column)),
                "/art/hz.html",
                        new Page(
                                "text/html; charset=utf-8",
                                Files.readAllBytes(REAL.resolve("31_hangzhou_style_city_2025.html"))),
                "/art/gaj.html", new Page("text/html;charset=UTF-8", bytes(detail)),
                "/files/hongze_2023.pdf",
                        new Page("application/pdf", Files.readAllBytes(REAL.resolve("08_hongze_2023.pdf"))),
                "/files/gaj_2024.txt",
                        new Page(
                                "text/plain; charset=utf-8",
                                Files.readAllBytes(REAL.resolve("12_pingtan_gaj_2024.txt"))),
                "/files/seed.txt", new Page("text/plain; charset=utf-8", Files.readAllBytes(firstSeed())),
                "/art/run.js", new Page("application/javascript", bytes("alert(1)"))));
    }

    /** A redirect to another host and an oversize body without a length; the rest are pages. */
    private boolean hostile(HttpExchange x, String path) throws IOException {
        if (path.equals("/art/moved.html")) {
            x.getResponseHeaders().add("Location", otherHost + "/art/hz.html");
            x.sendResponseHeaders(302, -1);
            x.close();
            return true;
        }
        if (path.equals("/files/big.pdf")) {
            bigWithoutLength(x);
            return true;
        }
        return false;
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    /** 3 MB of a "PDF" sent in chunks, no Content-Length: only counting the bytes can refuse it. */
    private static void bigWithoutLength(HttpExchange x) throws IOException {
        x.getResponseHeaders().add("Content-Type", "application/pdf");
        x.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream o = x.getResponseBody()) {
            o.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 48; i++) {
                o.write(chunk);
            }
        } catch (IOException e) {
            // the client hung up once it had read enough to refuse the file
        }
    }

    @Test
    void givenAColumnAndAReportAddress_whenAudited_thenTheReportsAreReadAndTheHostileOnesRefusedByName()
            throws Exception {
        Path list = work.resolve("urls.txt");
        Files.writeString(
                list, "# 年报栏目\n" + base + "/col/index.html\n\n" + base + "/files/seed.txt\n", StandardCharsets.UTF_8);

        String[] r = run("report", "audit", "--urls", list.toString(), out.toString(), "--max-mb", "1");

        assertThat(r[0]).as(r[2]).isEqualTo("2");
        assertThat(r[2])
                .contains("4 files fetched, 3 refused")
                .contains("4 reports read")
                .contains(base + "/files/big.pdf: refused: larger than 1048576 bytes")
                .contains(base + "/art/moved.html: refused: redirects to another host")
                .contains(base + "/art/run.js: refused: content type application/javascript")
                .contains(otherHost + "/art/elsewhere.html: not followed, another host")
                .contains(otherHost + "/files/copy.pdf: not followed, another host");
        List<String> sources = r[1].lines().skip(1).map(l -> l.split("\t")[4]).toList();
        assertThat(sources)
                .containsExactlyInAnyOrder(
                        base + "/art/hz.html",
                        base + "/files/hongze_2023.pdf",
                        base + "/files/gaj_2024.txt",
                        base + "/files/seed.txt");
        assertThat(r[1]).contains("平潭综合实验区公安局\t2024").contains("洪泽");
        assertThat(portal.requested())
                .as("nothing is asked of another host, nor a link that names no report")
                .noneMatch(h -> h.startsWith("localhost"))
                .doesNotContain("127.0.0.1:" + portal.port() + "/art/notice.html")
                .doesNotContain("127.0.0.1:" + portal.port() + "/art/gaj_2023.html");
        try (var files = Files.list(out.resolve("downloads"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "001_hz.html", "002_hongze_2023.pdf", "003_gaj_2024.txt", "004_seed.txt");
        }
        assertThat(out.resolve("audit.xlsx")).exists();
        assertThat(Files.readString(out.resolve("audit.html"), StandardCharsets.UTF_8))
                .contains("big.pdf")
                .contains("<svg");

        String[] again = run("report", "audit", out.resolve("downloads").toString(), "--out", work.toString());
        assertThat(again[0]).as(again[2]).isEqualTo("0");
        assertThat(again[1].lines().count()).isEqualTo(r[1].lines().count());
    }

    @Test
    void givenAFileLimit_whenFetched_thenTheRestIsNotFetchedAndSaidSo() throws Exception {
        Path list = work.resolve("urls.txt");
        Files.writeString(list, base + "/col/index.html\n", StandardCharsets.UTF_8);

        String[] r = run(
                "report",
                "audit",
                "--urls",
                list.toString(),
                "--out",
                out.toString(),
                "--max-files",
                "1",
                "--max-mb",
                "1");

        assertThat(r[2])
                .contains("1 files fetched, 0 refused")
                .contains(base + "/art/gaj.html: not fetched, 1 files already downloaded");
        assertThat(r[1].lines().skip(1).toList()).as(r[1] + r[2]).hasSize(1);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Path firstSeed() throws IOException {
        try (var s = Files.list(Path.of("src/test/resources/seeds"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = GongkaiApplication.commandLine().execute(args);
            return new String[] {
                String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)
            };
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}

package org.gongkai.reportreading.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor audits many reports in the console (a ZIP and a loose file) as {@code report audit DIR} does a
 * folder: the ranking with each report's findings, the unreadable named, the XLSX and HTML to download; a ZIP
 * whose entry inflates past the upload limit is refused by name while the other files are read.
 */
@GongkaiTest
class ReportAuditConsoleTest {

    private static final String PAGE = "/console/report-reading/audit";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void givenAZipAndAFile_whenTheAuditorAudits_thenRankingFindingsAndDownloads() throws Exception {
        String real = Files.readString(
                Path.of("src/test/resources/reports-real/12_pingtan_gaj_2024.txt"), StandardCharsets.UTF_8);
        String lastYear = real.replace("2024年", "2023年")
                .replace("2025-01-20", "2024-01-22")
                .replace("2025年", "2024年")
                .replace("一、本年新收政府信息公开申请数量 8 0 0 0 0 0 8", "一、本年新收政府信息公开申请数量 90 0 0 0 0 0 90");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("reports/gaj_2024.txt", real.getBytes(StandardCharsets.UTF_8));
        entries.put("reports/gaj_2023.txt", lastYear.getBytes(StandardCharsets.UTF_8));
        entries.put("reports/broken.pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("pingtan.zip", zip(entries));
        files.put("seed.txt", Files.readAllBytes(firstSeed()));

        ConsoleSession s = new ConsoleSession(port, "auditor");
        HttpResponse<String> r = s.upload(PAGE, PAGE, "files", files, Map.of());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String page = r.body();
        assertThat(page)
                .contains("读取 3 份年报")
                .contains("1 个文件无法读取")
                .contains("pingtan.zip/broken.pdf")
                .contains("年度数据突变")
                .doesNotContain("year_on_year_jump");
        assertThat(page.indexOf("pingtan.zip/gaj_2023.txt"))
                .as("the altered year ranks first")
                .isLessThan(page.indexOf("pingtan.zip/gaj_2024.txt"))
                .isLessThan(page.indexOf(">seed.txt<") < 0 ? Integer.MAX_VALUE : page.indexOf(">seed.txt<"));
        HttpResponse<String> html = s.get(PAGE + "/audit.html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("<svg").contains("broken.pdf");
        HttpResponse<String> xlsx = s.get(PAGE + "/audit.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(audit.recent(20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("auditor");
            assertThat(e.action()).isEqualTo("reportreading.audit");
        });
    }

    @Test
    void givenAZipThatInflatesPastTheLimit_whenAudited_thenRefusedByNameAndTheOthersRead() throws Exception {
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("huge.txt", new byte[21 * 1024 * 1024]);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bomb.zip", zip(bomb));
        files.put("seed.txt", Files.readAllBytes(firstSeed()));

        ConsoleSession s = new ConsoleSession(port, "auditor");
        long t0 = System.nanoTime();
        HttpResponse<String> r = s.upload(PAGE, PAGE, "files", files, Map.of());

        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("读取 1 份年报").contains("bomb.zip").contains("huge.txt 解压后超过 20 MB");
    }

    @Test
    void givenNoFile_whenAudited_thenTheErrorIsShownAnd400() throws Exception {
        HttpResponse<String> r = new ConsoleSession(port, "auditor").upload(PAGE, PAGE, "files", Map.of(), Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("field-error");
        // nothing to download for an account that has not audited (results are kept per account, not per session)
        assertThat(new ConsoleSession(port, "reviewer")
                        .get(PAGE + "/audit.xlsx")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void givenAnAudit_thenItIsKeptForItsOwnerAcrossSessionsHiddenFromOthersAndOldOnesForgotten() throws Exception {
        jdbc.sql("""
                INSERT INTO report_audit_result (owner, unit_code, audited_at, page_json, xlsx, html)
                VALUES ('someone-gone', '001', TIMESTAMPTZ '2000-01-01 00:00:00+00', '{}', '\\x00', '\\x00')""").update();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("seed.txt", Files.readAllBytes(firstSeed()));
        files.put("noise.txt", new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3});
        HttpResponse<String> r = new ConsoleSession(port, "auditor").upload(PAGE, PAGE, "files", files, Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("文件“noise.txt”是二进制内容"); // why, in Chinese, naming the file

        // a new login of the same account (a new session) finds it: kept in the module's table, not the session
        ConsoleSession again = new ConsoleSession(port, "auditor");
        assertThat(again.get(PAGE).body()).contains("读取 1 份年报").contains("noise.txt");
        assertThat(again.get(PAGE + "/audit.xlsx").statusCode()).isEqualTo(200);
        assertThat(again.get(PAGE + "/audit.html").body()).contains("noise.txt");
        // another account sees nothing of it
        ConsoleSession other = new ConsoleSession(port, "reviewer");
        assertThat(other.get(PAGE).body()).doesNotContain("noise.txt");
        assertThat(other.get(PAGE + "/audit.xlsx").statusCode()).isEqualTo(404);
        // one row per account, an audit older than a week is gone
        assertThat(jdbc.sql("SELECT count(*) FROM report_audit_result WHERE owner = 'auditor'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM report_audit_result WHERE owner = 'someone-gone'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Path firstSeed() throws Exception {
        try (var s = Files.list(Path.of("src/test/resources/seeds"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }
}

package org.gongkai.reportreading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.GongkaiApplication;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.ReportJson;
import org.gongkai.support.Bombs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = GongkaiApplication.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path seed(String prefix) throws Exception {
        Path src = Path.of("src/test/resources/seeds");
        try (var s = Files.list(src)) {
            Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.toString().endsWith(".txt"))
                    .findFirst()
                    .orElseThrow();
            return Files.copy(p, dir.resolve(p.getFileName()));
        }
    }

    @Test
    void givenSeveralFiles_whenParsedAsJson_thenAnArrayInTheOrderGiven() throws Exception {
        Path a = seed("004");
        Path b = seed("000");
        Run r = run("report", "parse", a.toString(), b.toString(), "--json");
        assertThat(r.exit()).isZero();
        List<AnnualReport> reports = ReportJson.readAll(r.out());
        assertThat(reports).extracting(AnnualReport::unit).containsExactly("苍南县人民政府", "乐清市人民政府");
        assertThat(r.out().strip()).startsWith("[");
    }

    @Test
    void givenOneFile_whenParsedAsJson_thenOneObject() throws Exception {
        Run r = run("report", "parse", "--json", seed("002").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).startsWith("{");
        assertThat(ReportJson.read(r.out()).year()).isEqualTo(2023);
    }

    @Test
    void givenADirectory_thenEveryReportInIt() throws Exception {
        seed("001");
        seed("003");
        Files.writeString(dir.resolve("notes.csv"), "not read");
        Run r = run("report", "parse", dir.toString(), "--json");
        assertThat(r.exit()).isZero();
        assertThat(ReportJson.readAll(r.out())).hasSize(2);
    }

    @Test
    void givenAnUnreadableFileAmongOthers_thenItIsNamedTheOthersReadAndExit2() throws Exception {
        Path ok = seed("000");
        Path doc = dir.resolve("old.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});
        Path missing = dir.resolve("missing.pdf");
        Path brokenPdf = dir.resolve("broken.pdf");
        Files.writeString(brokenPdf, "%PDF-1.7 garbage");
        Run r = run(
                "report", "parse", doc.toString(), ok.toString(), missing.toString(), brokenPdf.toString(), "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("old.doc", "missing.pdf", "broken.pdf");
        assertThat(ReportJson.readAll(r.out())).extracting(AnnualReport::unit).containsExactly("乐清市人民政府");
    }

    @Test
    void givenAFileThatIsNoReport_thenNoTablesMissingTableAndExit0() throws Exception {
        Path f = Files.writeString(dir.resolve("menu.md"), "# 今日菜单\n\n米饭 2 碗\n");
        Run r = run("report", "parse", f.toString(), "--json");
        assertThat(r.exit()).isZero();
        AnnualReport a = ReportJson.read(r.out());
        assertThat(a.requests()).isNull();
        assertThat(a.findings()).extracting(x -> x.code()).containsOnly("missing_table");
    }

    @Test
    void givenNoJsonFlag_thenAReadableSummaryWithFindings() throws Exception {
        Run r = run("report", "parse", seed("003").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("瑞安市人民政府", "2019", "missing_table");
    }

    @Test
    void anInflatingDocxIsRefusedWithinSecondsWithExit2NamingTheFileWhileTheOthersAreRead() throws Exception {
        Path bomb = Files.write(dir.resolve("bomb.docx"), Bombs.ratioDocx());
        Path pdf = Files.write(dir.resolve("long.pdf"), Bombs.tenThousandPagePdf());
        long t0 = System.nanoTime();
        Run r = run(
                "report", "parse", bomb.toString(), pdf.toString(), seed("000").toString(), "--json");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(10));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("文件“bomb.docx”", "未处理", "long.pdf", "10,000 页");
        assertThat(ReportJson.readAll(r.out())).hasSize(1);
    }

    @Test
    void givenUnreadableFiles_thenEachReasonIsSaidInChineseNamingTheFile() throws Exception {
        Path doc = Files.write(dir.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2});
        Path locked = Files.write(dir.resolve("locked.pdf"), encryptedPdf());
        Path binary = Files.write(dir.resolve("noise.txt"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3});
        Path missing = dir.resolve("missing.html");
        Run r = run("report", "parse", doc.toString(), locked.toString(), binary.toString(), missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains("文件“old.doc”是旧版 Word/Excel 格式")
                .contains("文件“locked.pdf”已加密")
                .contains("文件“noise.txt”是二进制内容")
                .contains("“" + missing + "”不存在")
                .doesNotContain("cannot", "not supported", "binary content", "no such file");
    }

    /** A PDF that opens only with a password. */
    private static byte[] encryptedPdf() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument d = new org.apache.pdfbox.pdmodel.PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
                    "owner", "user", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
            d.save(out);
            return out.toByteArray();
        }
    }
}

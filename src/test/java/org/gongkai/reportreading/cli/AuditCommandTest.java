package org.gongkai.reportreading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.GongkaiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report audit DIR}: a folder holding a real report, the same unit's report of the year before (its text
 * copied, its requests far higher), another unit's report that copies its text word for word, a seed and a
 * file that is no report. The ranking, the XLSX and the HTML summary name every one of them.
 */
class AuditCommandTest {

    @TempDir
    Path dir;

    @TempDir
    Path out;

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

    @Test
    void givenAFolderOfReports_whenAudited_thenRankingXlsxAndHtmlWithSeriesAndCopiedText() throws Exception {
        String real = Files.readString(
                Path.of("src/test/resources/reports-real/12_pingtan_gaj_2024.txt"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gaj_2024.txt"), real, StandardCharsets.UTF_8);
        String lastYear = real.replace("2024年", "2023年")
                .replace("2025-01-20", "2024-01-22")
                .replace("2025年", "2024年")
                .replace("一、本年新收政府信息公开申请数量 8 0 0 0 0 0 8", "一、本年新收政府信息公开申请数量 90 0 0 0 0 0 90");
        Files.writeString(dir.resolve("gaj_2023.txt"), lastYear, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("other_unit_2024.txt"),
                real.replace("平潭综合实验区公安局", "平潭综合实验区交通运输局").replace("区公安局", "区交通运输局"),
                StandardCharsets.UTF_8);
        Files.copy(Path.of("src/test/resources/seeds").resolve(firstSeed()), dir.resolve("seed.txt"));
        Files.write(dir.resolve("broken.pdf"), "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII));

        String[] r = run("report", "audit", dir.toString(), "--out", out.toString(), "--threads", "2");

        assertThat(r[0]).as(r[2]).isEqualTo("2");
        assertThat(r[2]).contains("broken.pdf").contains("4 reports read");
        String ranking = r[1];
        assertThat(ranking.lines().skip(1).map(l -> l.split("\t")[4]))
                .containsExactlyInAnyOrder("gaj_2024.txt", "gaj_2023.txt", "other_unit_2024.txt", "seed.txt");
        String first = ranking.lines().skip(1).findFirst().orElseThrow();
        assertThat(first)
                .as("the altered year: its table no longer balances and its text says 8")
                .startsWith("1\t5\t平潭综合实验区公安局\t2023\tgaj_2023.txt");
        assertThat(ranking.lines()
                        .filter(l -> l.contains("gaj_2024.txt"))
                        .findFirst()
                        .orElseThrow())
                .contains("年度数据突变")
                .contains("正文雷同");
        assertThat(ranking).contains("other_unit_2024.txt\t正文雷同");

        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(out.resolve("audit.xlsx"))))) {
            Sheet rank = wb.getSheet("排名");
            assertThat(rank.getLastRowNum()).isEqualTo(4);
            assertThat(rank.getRow(1).getCell(1).getStringCellValue()).isEqualTo("gaj_2023.txt");
            Sheet findings = wb.getSheet("校验问题");
            boolean copied = false;
            boolean jump = false;
            for (int i = 1; i <= findings.getLastRowNum(); i++) {
                String code = findings.getRow(i).getCell(3).getStringCellValue();
                copied |= code.equals("copied_text");
                jump |= code.equals("year_on_year_jump")
                        && findings.getRow(i).getCell(5).getStringCellValue().contains("2023年90，2024年8");
            }
            assertThat(copied).isTrue();
            assertThat(jump).isTrue();
            assertThat(wb.getSheet("无法读取").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("broken.pdf");
        }
        String html = Files.readString(out.resolve("audit.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<svg")
                .contains("正文雷同")
                .contains("平潭综合实验区交通运输局")
                .contains("broken.pdf");
        assertThat(html).doesNotContain("copied_text");
    }

    private static String firstSeed() throws Exception {
        try (var s = Files.list(Path.of("src/test/resources/seeds"))) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }
}

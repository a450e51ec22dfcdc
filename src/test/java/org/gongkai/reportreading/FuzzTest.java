package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated inputs: the reader may give up (no tables, or an unreadable-file error) but never hangs
 * and never throws anything else. Bounded by count.
 */
class FuzzTest {

    private static final int ROUNDS = 150;
    private final AnnualReportReader reader = new AnnualReportReader();

    private static List<byte[]> corpus() throws Exception {
        List<byte[]> c = new ArrayList<>();
        Path dir = Path.of("src/test/resources/seeds");
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                c.add(Files.readAllBytes(p));
            }
        }
        AnnualReport r = SyntheticReport.consistent(2022, 3);
        c.add(DocumentFormatsTest.html(r).getBytes(StandardCharsets.UTF_8));
        return c;
    }

    private void readSafely(byte[] input, String name) {
        try {
            AnnualReport a = reader.read(input, name);
            assertThat(ReportJson.write(a)).startsWith("{");
        } catch (UnreadableReportException e) {
            assertThat(e.getMessage()).contains(name);
        }
    }

    @Test
    void givenMutatedReports_whenRead_thenNoHangAndNoUnexpectedException() throws Exception {
        List<byte[]> corpus = corpus();
        Random rnd = new Random(20260101);
        String alphabet = "0123456789\t \n|.、()（）增减万元件<b></b>总计其他一二三四五六七八九十";
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < ROUNDS; i++) {
                String s = new String(corpus.get(rnd.nextInt(corpus.size())), StandardCharsets.UTF_8);
                StringBuilder sb = new StringBuilder(s);
                int edits = 1 + rnd.nextInt(60);
                for (int e = 0; e < edits && sb.length() > 0; e++) {
                    int at = rnd.nextInt(sb.length());
                    switch (rnd.nextInt(5)) {
                        case 0 -> sb.deleteCharAt(at);
                        case 1 -> sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                        case 2 -> sb.insert(at, "9".repeat(1 + rnd.nextInt(40)));
                        case 3 -> sb.delete(at, Math.min(sb.length(), at + rnd.nextInt(400)));
                        default -> {
                            int from = rnd.nextInt(sb.length());
                            sb.insert(at, sb.substring(from, Math.min(sb.length(), from + rnd.nextInt(300))));
                        }
                    }
                }
                readSafely(sb.toString().getBytes(StandardCharsets.UTF_8), "mutant-" + i + ".txt");
            }
        });
    }

    @Test
    void givenRandomBytesAndRandomTables_whenRead_thenNoHangAndNoUnexpectedException() {
        Random rnd = new Random(7);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < ROUNDS; i++) {
                byte[] b = new byte[rnd.nextInt(5000)];
                rnd.nextBytes(b);
                if (i % 3 == 0) {
                    b[0] = '%';
                    if (b.length > 5) {
                        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 5);
                    }
                }
                readSafely(b, "random-" + i + ".bin");
                StringBuilder t = new StringBuilder("三、收到和处理政府信息公开申请情况\n");
                for (int l = 0; l < 40; l++) {
                    for (int c = 0; c < rnd.nextInt(20); c++) {
                        t.append(rnd.nextInt(3) == 0 ? "" : Integer.toString(rnd.nextInt(1_000_000)))
                                .append(rnd.nextBoolean() ? "\t" : "");
                    }
                    t.append(rnd.nextInt(4) == 0 ? "（六）其他处理" : "").append('\n');
                }
                t.append("四、政府信息公开行政复议、行政诉讼情况\n").append("1".repeat(rnd.nextInt(100)));
                readSafely(t.toString().getBytes(StandardCharsets.UTF_8), "table-" + i + ".txt");
            }
        });
    }
}

package org.gongkai.reportreading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.GongkaiApplication;
import org.gongkai.reportmodel.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report parse --json} in its own JVM, as the launcher runs it: Logback is configured there by the
 * application alone (in this test JVM Spring's tests have configured it already). The fixture is a page printed
 * to PDF by Chromium whose monospaced font has no glyph for a Hangul line: PDFBox warns about the unmapped
 * glyph while reading, and that warning once came first on standard output, before the JSON.
 */
class ParseCommandStdoutTest {

    private static final Path PRINTED = Path.of("src/test/resources/chromium-printed/unmapped-glyph.pdf");

    @TempDir
    Path dir;

    @Test
    void givenAPdfTheLibraryWarnsAbout_whenParsedAsJson_thenStdoutIsOnlyTheJsonAndTheWarningGoesToStderr()
            throws Exception {
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        System.getProperty("java.class.path"),
                        GongkaiApplication.class.getName(),
                        "report",
                        "parse",
                        "--json",
                        PRINTED.toString()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isZero();
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(json.strip()).startsWith("{").endsWith("}");
        assertThat(ReportJson.read(json).unit()).isEqualTo("乐清市人民政府");
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains("No Unicode mapping");
    }
}

package org.gongkai.calendar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.GongkaiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./gongkai calendar plus|import} as a user runs it (no Spring). */
class CalendarCliTest {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GongkaiApplication.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, String json) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    private String dataDir() {
        return tmp.resolve("data").toString();
    }

    @Test
    void givenABundledYear_whenAskingPlus_thenOneIsoDateIsPrinted() {
        Run r = run("calendar", "plus", "2024-09-27", "20", "--data-dir", dataDir());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("2024-10-30" + System.lineSeparator());
    }

    @Test
    void givenAnUnloadedYear_whenAskingPlus_thenExit3NamesTheYear() {
        Run r = run("calendar", "plus", "2027-03-01", "5", "--data-dir", dataDir());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("2027");
    }

    @Test
    void givenBadArguments_whenAskingPlus_thenExit2WithAMessage() {
        assertThat(run("calendar", "plus", "2024-13-01", "5").exit()).isEqualTo(2);
        Run r = run("calendar", "plus", "2024-09-27", "-3");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("-3");
        assertThat(run("calendar", "plus", "2024-09-27", "many").exit()).isEqualTo(2);
    }

    @Test
    void givenA2027Notice_whenImported_thenPlusReachesInto2027() throws Exception {
        Path notice = write("2027.json", """
                {"year":2027,"papers":["https://www.gov.cn/notice-2027"],"days":[
                 {"name":"元旦","date":"2027-01-01","isOffDay":true},
                 {"name":"春节","date":"2027-02-06","isOffDay":true},
                 {"name":"春节","date":"2027-02-20","isOffDay":false}]}""");
        Run imported = run("calendar", "import", notice.toString(), "--data-dir", dataDir());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2027").contains("2027-02-20").contains("调休上班");
        assertThat(tmp.resolve("data/calendar/2027.json")).exists();

        Run r = run("calendar", "plus", "2026-12-10", "20", "--data-dir", dataDir());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("2027-01-08");
        // the make-up Saturday 2027-02-20 counts: Fri 02-19 + 1 = Sat 02-20
        assertThat(run("calendar", "plus", "2027-02-19", "1", "--data-dir", dataDir())
                        .out()
                        .strip())
                .isEqualTo("2027-02-20");
    }

    @Test
    void givenAnInvalidNotice_whenImported_thenExit2AndNothingIsLoaded() throws Exception {
        Path notice = write("bad.json", """
                {"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},
                 {"name":"元旦","date":"2027-01-01","isOffDay":true},
                 {"name":"春节","date":"2028-02-01","isOffDay":true}]}""");
        Run r = run("calendar", "import", notice.toString(), "--data-dir", dataDir());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("重复").contains("2028-02-01");
        assertThat(tmp.resolve("data/calendar/2027.json")).doesNotExist();
        assertThat(run("calendar", "plus", "2027-03-01", "1", "--data-dir", dataDir())
                        .exit())
                .isEqualTo(3);
    }

    @Test
    void givenABrokenFileInTheDataDir_whenAskingPlus_thenExit2NamesTheFile() throws Exception {
        Files.createDirectories(tmp.resolve("data/calendar"));
        Files.writeString(tmp.resolve("data/calendar/2027.json"), "{\"year\":2027,\"days\":[]}");
        Run r = run("calendar", "plus", "2024-09-27", "20", "--data-dir", dataDir());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("2027.json");
    }

    @Test
    void givenHolidayCnsEmpty2027File_whenImported_thenItIsRefused() throws Exception {
        Path notice = write("2027.json", "{\"year\":2027,\"papers\":[],\"days\":[]}");
        Run r = run("calendar", "import", notice.toString(), "--data-dir", dataDir());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("为空");
        assertThat(run("calendar", "import", tmp.resolve("nope.json").toString())
                        .exit())
                .isEqualTo(2);
    }
}

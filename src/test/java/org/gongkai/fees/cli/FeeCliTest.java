package org.gongkai.fees.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.gongkai.GongkaiApplication;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./gongkai fee count|pages N} prints one integer; bad N gives a message and exit 2. */
class FeeCliTest {

    record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GongkaiApplication.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString().strip(), err.toString());
    }

    @Test
    void givenTheWorkedExamples_thenTheFeesArePrinted() {
        assertThat(run("fee", "count", "35")).isEqualTo(new Run(0, "3000", ""));
        assertThat(run("fee", "pages", "250")).isEqualTo(new Run(0, "4700", ""));
        assertThat(run("fee", "pages", "0").out()).isEqualTo("0");
    }

    @Test
    void givenABadNumber_thenExit2WithAMessage() {
        for (String bad : new String[] {"-1", "abc", "3.5", "99999999999"}) {
            Run r = run("fee", "count", bad);
            assertThat(r.exit()).as(bad).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains(bad).contains("无效");
        }
        assertThat(run("fee", "pages", "x").exit()).isEqualTo(2);
    }
}

package org.gongkai.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gongkai.GongkaiApplication;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The shared {@code --data-dir} option: the directory given or ./data, absolute; the Spring arguments from it. */
class DataDirOptionTest {

    @Command(name = "probe")
    static class Probe implements Runnable {
        @Mixin
        DataDirOption dataDir;

        @Override
        public void run() {}
    }

    private static DataDirOption parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.dataDir;
    }

    @Test
    void withoutTheOption_theDirectoryIsDataAndTheApplicationKeepsItsDefault() {
        DataDirOption option = parse();

        assertThat(option.path()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(option.applicationArguments()).containsExactly("--gongkai.demo=false", "--logging.level.root=WARN");
    }

    @Test
    void withTheOption_theDirectoryIsAbsoluteAndNormalisedAndGivenToTheApplication() {
        DataDirOption option = parse("--data-dir", "target/../target/county");

        Path expected = Path.of("target/county").toAbsolutePath().normalize();
        assertThat(option.path()).isEqualTo(expected);
        assertThat(option.applicationArguments())
                .containsExactly("--gongkai.data-dir=" + expected, "--gongkai.demo=false", "--logging.level.root=WARN");
        assertThat(DataDirOption.operator()).isEqualTo("cli:" + System.getProperty("user.name", "operator"));
    }

    @Test
    void everyCommandThatWorksOnADataDirectoryTakesTheSameOption() {
        CommandLine cli = GongkaiCommand.commandLine(GongkaiApplication.class);
        for (String path : new String[] {"backup", "restore", "admin reset-password", "catalog import"}) {
            CommandLine sub = cli;
            for (String name : path.split(" ")) {
                sub = sub.getSubcommands().get(name);
            }
            assertThat(sub.getCommandSpec().findOption("--data-dir"))
                    .as(path)
                    .isNotNull()
                    .satisfies(o -> assertThat(o.paramLabel()).isEqualTo("DIR"));
        }
    }
}

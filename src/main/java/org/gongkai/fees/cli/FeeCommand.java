package org.gongkai.fees.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.IntToLongFunction;
import org.gongkai.fees.FeePolicy;
import org.gongkai.platform.China;
import org.gongkai.platform.cli.ModuleCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./gongkai fee count N} and {@code ./gongkai fee pages N}: the fee in yuan, one integer (no Spring). */
@Command(
        name = "fee",
        description = "Information-processing fee (国办函〔2020〕109号)",
        mixinStandardHelpOptions = true,
        subcommands = {FeeCommand.Count.class, FeeCommand.Pages.class})
public class FeeCommand implements Runnable, ModuleCommand {

    static final int EXIT_BAD_INPUT = 2;
    private static final FeePolicy POLICY = new FeePolicy();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "count", description = "Fee for N applications by one applicant in one natural month")
    static class Count implements Callable<Integer> {
        @Parameters(paramLabel = "N", description = "applications in the month")
        String n;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return print(spec, n, POLICY::byCount);
        }
    }

    @Command(name = "pages", description = "Fee for one application of N pages")
    static class Pages implements Callable<Integer> {
        @Parameters(paramLabel = "N", description = "pages (or equivalent)")
        String n;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return print(spec, n, POLICY::byPages);
        }
    }

    private static int print(CommandSpec spec, String text, IntToLongFunction fee) {
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > FeePolicy.MAX_QUANTITY) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.fees", China.LOCALE);
            spec.commandLine()
                    .getErr()
                    .println(new MessageFormat(bundle.getString("fees.cli.bad-number"), China.LOCALE)
                            .format(new Object[] {text, String.valueOf(FeePolicy.MAX_QUANTITY)}));
            spec.commandLine().getErr().flush();
            return EXIT_BAD_INPUT;
        }
        spec.commandLine().getOut().println(fee.applyAsLong(n));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

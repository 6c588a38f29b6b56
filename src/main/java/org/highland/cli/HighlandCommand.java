package org.highland.cli;

import org.highland.report.BuildInfo;
import org.highland.report.OutputExistsException;
import org.highland.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code highland} command line. */
@Command(name = "highland", mixinStandardHelpOptions = true, versionProvider = HighlandCommand.Version.class,
        description = "Policy-scenario agent-based model of the life and health industry of Zhejiang and its neighbours.",
        subcommands = {RunCommand.class, BenchCommand.class, ParamsCommand.class, ChartCommand.class, ReportCommand.class, CompareCommand.class, ValidateCommand.class, CalibrateCommand.class, ScreenCommand.class, SweepCommand.class, SensitivityCommand.class, DiscoverCommand.class,
                SolveStocksCommand.class})
public final class HighlandCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new HighlandCommand());
        cl.setExecutionExceptionHandler(HighlandCommand::handle);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        return cl.execute(args);
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof ScenarioException || e instanceof BadInputException || e instanceof OutputExistsException) {
            cl.getErr().println("highland: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        cl.getErr().println("highland: failed: " + e);
        e.printStackTrace(cl.getErr());
        return ExitCodes.FAILURE;
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"highland " + BuildInfo.version()};
        }
    }
}

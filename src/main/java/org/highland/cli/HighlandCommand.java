package org.highland.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.concurrent.Callable;
import org.highland.experiment.io.OutputExistsException;
import org.highland.report.BuildInfo;
import org.highland.report.OutputPathException;
import org.highland.report.OutputPaths;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code highland} command line. */
@Command(name = "highland", mixinStandardHelpOptions = true, versionProvider = HighlandCommand.Version.class,
        description = "Policy-scenario agent-based model of the life and health industry of Zhejiang and its neighbours.",
        subcommands = {RunCommand.class, BenchCommand.class, ParamsCommand.class, ChartCommand.class, ReportCommand.class, CompareCommand.class, ValidateCommand.class, CalibrateCommand.class, ScreenCommand.class, SweepCommand.class, SensitivityCommand.class, DiscoverCommand.class, CheckCommand.class,
                SolveStocksCommand.class, InstrumentsCommand.class,
                CommandLine.HelpCommand.class})
public final class HighlandCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command given: the usage on standard error and exit code 2, as for any other bad input. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        System.err.println("highland: no command given. Fix: name one, e.g. 'highland run scenarios/baseline.yaml',"
                + " or 'highland help COMMAND'.");
        return ExitCodes.BAD_INPUT;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new HighlandCommand());
        cl.setExecutionExceptionHandler(HighlandCommand::handle);
        cl.setParameterExceptionHandler(HighlandCommand::badOption);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Results folders are deleted on the way out (try-with-resources), so none is partial.
            cl.getErr().println(OUT_OF_MEMORY);
            return ExitCodes.FAILURE;
        }
    }

    static final String OUT_OF_MEMORY = "highland: out of memory. Fix: give Java more, e.g."
            + " HIGHLAND_JAVA_OPTS=-Xmx8g ./highland ..., or run fewer replications, a smaller --scale or an"
            + " earlier --end.";

    /**
     * A command line picocli cannot parse (an unknown option, a value of the wrong type, a missing
     * argument): one line in the form of every other refusal, with picocli's suggestions for a
     * misspelt option, rather than the whole usage text.
     */
    private static int badOption(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String command = cl.getCommandSpec().qualifiedName();
        boolean root = cl.getParent() == null;
        String fix = "see '" + command + " --help' for what it takes.";
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (root && !unmatched.getUnmatched().isEmpty()) {
                // A misspelt command: picocli suggests only options here.
                suggestions = LocatedDocument.closestOf(unmatched.getUnmatched().get(0), cl.getSubcommands().keySet())
                        .map(List::of).orElse(List.of());
            }
            if (!suggestions.isEmpty()) {
                fix = "did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList())
                        + "? Or " + fix;
            }
        }
        String message = e.getMessage().strip();
        cl.getErr().println("highland: " + (root ? "" : cl.getCommandName() + ": ") + message
                + (message.endsWith(".") ? "" : ".") + " Fix: " + fix);
        return ExitCodes.BAD_INPUT;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (JvmShutdown.inProgress()) {
            // Stopped by kill or Ctrl-C: the shutdown hooks say what was kept and how to go on. Work
            // cut short by the stop (a Spark job its own hook cancels) failing is no fault to report.
            return ExitCodes.FAILURE;
        }
        if (e instanceof ScenarioException || e instanceof BadInputException || e instanceof OutputExistsException
                || e instanceof OutputPathException) {
            cl.getErr().println("highland: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                cl.getErr().println(OUT_OF_MEMORY);
                return ExitCodes.FAILURE;
            }
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            // A disk that fills or a folder removed under a run: the path and the reason say it all.
            cl.getErr().println(ioFailure(e));
            return ExitCodes.FAILURE;
        }
        cl.getErr().println("highland: failed: " + e);
        e.printStackTrace(cl.getErr());
        return ExitCodes.FAILURE;
    }

    /** The one line for an I/O failure ({@link IOException} or {@link UncheckedIOException}): where, why, what to check. */
    static String ioFailure(Exception e) {
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        return "highland: " + context(e, io) + describe(io) + ". Fix: " + remedy(io);
    }

    /** What the code was doing, when it said so; not the exception's own text again. */
    private static String context(Exception e, IOException io) {
        String message = e.getMessage();
        return e == io || message == null || message.equals(String.valueOf(io)) ? "" : message + ": ";
    }

    /** What to check for this kind of failure. */
    private static String remedy(IOException io) {
        if (io instanceof java.nio.file.NoSuchFileException) {
            return "check that the path exists (was a folder moved or deleted during the run?).";
        }
        if (io instanceof java.nio.file.AccessDeniedException) {
            return "check the permissions of that path, or choose another --out.";
        }
        return "check the disk space and the permissions of that path.";
    }

    private static String describe(IOException io) {
        if (io instanceof FileSystemException fs) {
            return (fs.getFile() == null ? "" : fs.getFile() + ": ") + OutputPaths.reason(fs);
        }
        return OutputPaths.reason(io);
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"highland " + BuildInfo.version()};
        }
    }
}

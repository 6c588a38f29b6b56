package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highland.experiment.calibration.CalibrationPlan;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help texts say what the commands do: every option that takes a value states its default (or
 * that it is required), and a shared option that a command uses differently is described as
 * that command uses it.
 */
class HelpTextsTest {
    @TempDir
    Path dir;

    private static Map<String, CommandLine> commands() {
        return new CommandLine(new HighlandCommand()).getSubcommands();
    }

    @Test
    void everyOptionWithAValueStatesItsDefaultOrThatItIsRequired() {
        List<String> silent = new ArrayList<>();
        commands().forEach((name, command) -> {
            for (OptionSpec o : command.getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp() || o.arity().max() == 0) {
                    continue;
                }
                String text = String.join(" ", o.description()).toLowerCase(Locale.ROOT);
                boolean required = o.required() || (o.group() != null && o.group().multiplicity().min() >= 1);
                if (!text.contains("default") && !required && !text.contains("required")) {
                    silent.add(name + " " + o.longestName() + ": " + text);
                }
            }
        });
        assertEquals(List.of(), silent, "options that do not say their default");
    }

    /**
     * {@code highland --help} lists each command with the first line of its description only, so
     * that line must be a whole sentence, not a fragment cut off mid-phrase ("... (and the").
     */
    @Test
    void theCommandListShowsAWholeSentencePerCommand() {
        List<String> fragments = new ArrayList<>();
        commands().forEach((name, command) -> {
            String[] description = command.getCommandSpec().usageMessage().description();
            String first = description.length == 0 ? "" : description[0].strip();
            if (!first.endsWith(".")) {
                fragments.add(name + ": " + first);
            }
        });
        assertEquals(List.of(), fragments, "first description lines that are not a sentence");
    }

    /** chart and report also read a sweep folder after sensitivity (tornado charts, ranked indices). */
    @Test
    void chartAndReportSayTheyReadASweepFolderAfterSensitivity() {
        for (String name : List.of("chart", "report")) {
            CommandLine command = commands().get(name);
            String results = String.join(" ", command.getCommandSpec().positionalParameters().get(0).description());
            assertTrue(results.contains("sweep folder after sensitivity"), name + ": " + results);
            assertTrue(command.getUsageMessage().contains("Sweep folder"), name + ": " + command.getUsageMessage());
        }
    }

    /**
     * compare applies every --set to the base and each variant; its help says so, since the shared
     * option's text ("Override one scenario value") reads as if a --set could aim at one of them.
     */
    @Test
    void compareSaysEverySetAppliesToTheBaseAndEachVariant() {
        String help = commands().get("compare").getUsageMessage().replaceAll("\\s+", " ");
        assertTrue(help.contains("Every --set applies to the base and to each variant alike"), help);
    }

    @Test
    void calibrateHasNoEndAndItsReplicationsDefaultIsThePlans() {
        CommandLine calibrate = commands().get("calibrate");
        assertNull(calibrate.getCommandSpec().findOption("--end"), "calibrate runs to its last fitted year");
        String replications = String.join(" ", calibrate.getCommandSpec().findOption("--replications").description());
        assertTrue(replications.contains("default: " + CalibrationPlan.DEFAULT_REPLICATIONS), replications);
        assertFalse(replications.contains("(default: the scenario's"), replications);
        String help = calibrate.getUsageMessage();
        assertFalse(help.contains("--end does not apply") || help.contains("--end=<"), help);
        CliRun run = CliRun.highland("calibrate", "scenarios/baseline.yaml", "--end", "2016");
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("--end"), run.err);
    }

    /** Every command that shows progress can be told not to, as a script or a log wants. */
    @Test
    void everyCommandThatShowsProgressTakesQuiet() {
        List<String> without = new ArrayList<>();
        for (String name : List.of("run", "validate", "compare", "screen", "calibrate", "solve-stocks", "sweep",
                "sensitivity")) {
            if (commands().get(name).getCommandSpec().findOption("--quiet") == null) {
                without.add(name);
            }
        }
        assertEquals(List.of(), without, "commands without --quiet");
        CliRun quiet = CliRun.highland("run", "scenarios/baseline.yaml", "--quiet", "--scale", "0.02", "--end", "2016",
                "--replications", "1", "--out", dir.resolve("quiet").toString());
        assertEquals(0, quiet.exitCode, quiet.toString());
    }

    @Test
    void solveStocksSaysItsEndDefaultsToTheLastFigureYear() {
        String end = String.join(" ", commands().get("solve-stocks").getCommandSpec().findOption("--end").description());
        assertTrue(end.contains("figures solved from") && !end.contains("scenario's"), end);
    }

    @Test
    void everyHelpRendersWithoutFormatWarnings() {
        for (String name : commands().keySet()) {
            CliRun run = CliRun.highland(name, "--help");
            assertEquals(0, run.exitCode, name + ": " + run);
            assertFalse(run.err.contains("WARN"), name + ": " + run.err);
            assertFalse(run.out.contains("%n") || run.out.contains("%%"), name + ": " + run.out);
        }
    }
}

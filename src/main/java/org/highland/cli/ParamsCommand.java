package org.highland.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.highland.experiment.io.Numbers;
import org.highland.model.Param;
import org.highland.policy.InstrumentNotes;
import org.highland.policy.PolicySpec;
import org.highland.scenario.InstrumentCatalog;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.PlausibleRange;
import org.highland.scenario.PlausibleRanges;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code highland params}: every numeric parameter with its value, unit, validity bounds, meaning,
 * and plausible range for sensitivity analysis with its basis (source, assumption, input, data;
 * "none" where the ranges file has no row); {@code --update-odd} rewrites the parameter table of
 * docs/ODD.md from the same columns ({@link ParameterTable}), and its table of the instruments'
 * numeric fields with their type defaults ({@link InstrumentTable}).
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"List every parameter of a scenario (or of the defaults) with unit, validity bounds and meaning.",
                "Also the policies' non-numeric choices (type, region, budget mode, sectors...),",
                "and each parameter's plausible range (low, high) and basis from " + PlausibleRanges.BUILT_IN + "."})
public final class ParamsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: built-in defaults).")
    Path scenarioFile;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override one value (repeatable; default: none).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--update-odd", paramLabel = "FILE", description = "Rewrite the parameter table of FILE (docs/ODD.md, section 10) from the built-in"
            + " defaults: path, default, unit, range and meaning as listed here, keeping each row's source /"
            + " rationale; new parameters get an empty one to fill in. Also rewrite its table of the instruments'"
            + " numeric fields (section 8.13) as listed here for one policy of every type with only its type"
            + " given (default: list, write nothing).")
    Path oddFile;

    @Override
    public Integer call() {
        if (oddFile != null) {
            return updateOdd();
        }
        Scenario scenario = scenarioFile == null ? Scenarios.defaults(sets) : Scenarios.load(scenarioFile, sets);
        var out = spec.commandLine().getOut();
        out.println("path\tvalue\tunit\tmin\tmax\tdoc\tlow\thigh\tbasis\trange_source");
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, scenario, PlausibleRanges.builtIn())) {
            PlausibleRange r = row.range();
            out.println(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s", row.path(), row.value(),
                    row.unit(), ParameterTable.bound(row.min()), ParameterTable.bound(row.max()),
                    ParameterTable.meaning(row.path(), row.doc()),
                    r == null ? "" : plausible(r.low()), r == null ? "" : plausible(r.high()),
                    r == null ? "none" : r.basis().word(), r == null ? "" : r.source()));
        }
        printPolicyChoices(scenario, out);
        return ExitCodes.OK;
    }

    /**
     * Regenerates the ODD's two tables (nothing is written unless both are found); they document
     * the defaults, so a scenario or --set is refused.
     */
    private int updateOdd() {
        if (scenarioFile != null || !sets.isEmpty()) {
            throw new BadInputException("--update-odd: expected no SCENARIO and no --set, since it documents the built-in"
                    + " defaults. Fix: run 'highland params --update-odd " + oddFile + "' alone.");
        }
        if (!Files.isRegularFile(oddFile)) {
            throw new BadInputException("--update-odd " + oddFile + ": expected the ODD file whose tables to rewrite, but"
                    + " there is no such file. Fix: pass docs/ODD.md (relative paths start from "
                    + Path.of("").toAbsolutePath() + ").");
        }
        String updated;
        List<String> before = new ArrayList<>();
        try {
            String text = Files.readString(oddFile);
            ParameterTable.documentedRows(text).forEach(r -> before.add(r.path()));
            updated = ParameterTable.regenerate(text, Scenarios.defaults());
            updated = InstrumentTable.regenerate(updated);
            Files.writeString(oddFile, updated);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(oddFile + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> blank = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (ParameterTable.DocumentedRow row : ParameterTable.documentedRows(updated)) {
            after.add(row.path());
            if (row.rationale().isBlank()) {
                blank.add(row.path());
            }
        }
        // A parameter the model no longer has leaves the table with its rationale: say which.
        List<String> removed = before.stream().filter(p -> !after.contains(p)).toList();
        spec.commandLine().getOut().println("updated the parameter table and the table of the instruments' fields of "
                + oddFile);
        if (!removed.isEmpty()) {
            spec.commandLine().getOut().println("removed the rows of parameters the model no longer has, with their source /"
                    + " rationale: " + String.join(", ", removed));
        }
        if (!blank.isEmpty()) {
            spec.commandLine().getErr().println("no source / rationale yet (write one, or \"assumption\"): "
                    + String.join(", ", blank));
        }
        return ExitCodes.OK;
    }

    /**
     * The policies' values that are not numbers (type, region, budget mode, sectors, kinds, ...),
     * which the numeric catalogue leaves out, with their meanings; unit, bounds and range empty.
     */
    private static void printPolicyChoices(Scenario scenario, java.io.PrintWriter out) {
        for (Map.Entry<String, PolicySpec> e : scenario.policies().entrySet()) {
            String path = "policies." + e.getKey();
            out.println(path + ".type\t" + typeId(e.getValue()) + "\ttext\t\t\tinstrument type (highland instruments"
                    + " lists them)\t\t\tinput\tpolicy design");
            for (RecordComponent c : e.getValue().getClass().getRecordComponents()) {
                if (c.getAnnotation(Param.class) != null) {
                    continue;
                }
                Object value;
                try {
                    value = c.getAccessor().invoke(e.getValue());
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
                String doc = InstrumentNotes.fieldDoc(c.getName());
                out.println(path + "." + c.getName() + "\t" + value + "\t" + (value instanceof List ? "list" : "text")
                        + "\t\t\t" + (doc == null ? "" : doc) + "\t\t\tinput\tpolicy design");
            }
        }
    }

    private static String typeId(PolicySpec policy) {
        for (String id : InstrumentCatalog.ids()) {
            if (InstrumentCatalog.classOf(id) == policy.getClass()) {
                return id;
            }
        }
        return policy.getClass().getSimpleName();
    }

    private static String plausible(double v) {
        return Double.isFinite(v) ? Numbers.format(v) : "";
    }

}

package org.highland.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.highland.policy.InstrumentNotes;

/** Reads {@link Scenario}s over the built-in defaults. */
public final class Scenarios {
    /** Classpath resource holding every default. */
    public static final String DEFAULTS = "highland/defaults.yaml";
    private static final ScenarioReader<Scenario> READER = new ScenarioReader<>(Scenario.class, DEFAULTS);

    private Scenarios() {
    }

    /** Reads a scenario file with {@code --set} overrides; throws {@link ScenarioException}. */
    public static Scenario load(Path file, List<String> sets) {
        return READER.read(file, sets);
    }

    /**
     * As {@link #load(Path, List)}, and passes {@code warnings} one line for each policy that
     * spends a budget but states none: it silently took its type's default, which for a copied
     * instrument may be far more (or less) than meant; and one for each that spends a budget and
     * states no region: its type's default, all, puts a copy in every region, each spending the
     * whole budget.
     */
    public static Scenario load(Path file, List<String> sets, Consumer<String> warnings) {
        return READER.read(file, sets, (object, type, field, value) -> {
            if (BUDGET.equals(field) && object.startsWith("policies.") && spendsBudget(type)) {
                warnings.accept("warning: " + object + " (" + type + ") states no " + BUDGET + ": it uses the type"
                        + " default of " + value + " million yuan a year per region at full scale."
                        + " Fix: add '" + BUDGET + ": <million yuan a year>' to the policy.");
            }
            if (REGION.equals(field) && object.startsWith("policies.") && spendsBudget(type)) {
                warnings.accept("warning: " + object + " (" + type + ") states no " + REGION + ": it uses the type"
                        + " default '" + value + "', a copy of the policy in every region, each spending the whole "
                        + BUDGET + ". Fix: add '" + REGION + ": <region name>' to the policy, or '" + REGION + ": "
                        + value + "' to keep a copy in each.");
            }
        });
    }

    private static final String BUDGET = "annualBudgetMillion";
    private static final String REGION = "region";

    private static boolean spendsBudget(String typeId) {
        InstrumentNotes.Note note = InstrumentNotes.of(InstrumentCatalog.classOf(typeId));
        return note != null && note.budget() == InstrumentNotes.Budget.SPENDS;
    }

    /**
     * Reads a scenario held as resolved YAML text (no {@code extends}) with {@code --set}
     * overrides; {@code label} names it in messages. Throws {@link ScenarioException}.
     */
    public static Scenario loadText(String label, String yaml, List<String> sets) {
        return READER.readText(label, yaml, sets);
    }

    /** The built-in defaults as a scenario. */
    public static Scenario defaults() {
        return READER.defaults();
    }

    /** The built-in defaults with {@code --set} overrides; throws {@link ScenarioException}. */
    public static Scenario defaults(List<String> sets) {
        return READER.read(null, sets);
    }

    /** The scenario as YAML, every default filled in. */
    public static String toYaml(Scenario scenario) {
        return READER.toYaml(scenario);
    }
}

package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.highland.policy.InstrumentNotes;
import org.highland.policy.PolicySpec;
import org.highland.run.CliRun;
import org.highland.scenario.InstrumentCatalog;
import org.junit.jupiter.api.Test;

/** {@code highland instruments}: every registered policy type is listed and documented, and the docs match the code. */
class InstrumentsCommandTest {
    @Test
    void everyPermittedPolicyRecordIsRegisteredAndDocumented() {
        Set<Class<?>> registered = new java.util.HashSet<>();
        for (InstrumentCatalog.Type type : InstrumentCatalog.all()) {
            registered.add(type.record());
            assertNotNull(type.note(), type.id() + " has no entry in InstrumentNotes");
            List<String> undocumented = new ArrayList<>();
            for (InstrumentCatalog.Field field : type.fields()) {
                if (field.meaning().isBlank()) {
                    undocumented.add(field.name());
                }
                if (field.defaultValue().isEmpty()) {
                    undocumented.add(field.name() + " (no type default)");
                }
            }
            assertEquals(List.of(), undocumented, type.id() + ": fields without a meaning or default");
        }
        Set<String> missing = new TreeSet<>();
        for (Class<?> permitted : PolicySpec.class.getPermittedSubclasses()) {
            if (!registered.contains(permitted)) {
                missing.add(permitted.getSimpleName());
            }
        }
        assertEquals(Set.of(), missing, "sealed PolicySpec permits records that @JsonSubTypes does not register");
    }

    @Test
    void listsEveryTypeWithItsFieldsAndShowsOneWithAnExample() {
        CliRun all = CliRun.highland("instruments");
        assertEquals(0, all.exitCode, all.toString());
        for (String id : InstrumentCatalog.ids()) {
            assertTrue(all.out.contains("\n" + id + ": ") || all.out.startsWith(id + ": "), id + " missing:\n" + all.out);
        }
        CliRun one = CliRun.highland("instruments", "clinical-trial-support");
        assertEquals(0, one.exitCode, one.toString());
        String phase3 = one.out.lines().filter(l -> l.strip().startsWith("phase3MaxMillion")).findFirst().orElse("");
        assertTrue(phase3.matches("\\s*phase3MaxMillion\\s+30\\s+million_yuan\\s+in \\[0, 10000\\]\\s+maximum support for phase III"),
                phase3);
        assertTrue(one.out.contains("myPolicy: {type: clinical-trial-support"), one.out);
        assertTrue(!one.out.contains("\nrd-subsidy:"), "one type only:\n" + one.out);
    }

    @Test
    void everyTypesFieldsLineUpInColumnsWhateverTheLengthOfAUnit() {
        for (InstrumentCatalog.Type type : InstrumentCatalog.all()) {
            List<String> lines = InstrumentsCommand.text(type, false).lines().toList();
            String header = lines.get(2);
            int meaning = header.indexOf("meaning");
            for (InstrumentCatalog.Field f : type.fields()) {
                String line = lines.stream().filter(l -> l.startsWith("  " + f.name() + " ")).findFirst().orElseThrow();
                assertEquals(f.meaning(), line.substring(meaning), type.id() + "." + f.name() + ":\n" + header + "\n" + line);
            }
        }
    }

    /**
     * A park's build-out takes its budget before the rent subsidy gets any (a 3 B yuan build-out on
     * 600 M a year pays no rent subsidy for five years): the type's line says so, where a planner
     * choosing the budget reads.
     */
    @Test
    void theParkInvestmentSaysTheBuildOutIsPaidFirstOutOfTheBudget() {
        String text = InstrumentsCommand.text(InstrumentCatalog.all().stream()
                .filter(t -> t.id().equals("park-investment")).findFirst().orElseThrow(), false);
        assertTrue(text.contains("the construction cost paid first out of each year's budget (a budget below it spreads"
                + " the build-out over years), and subsidises its rent from what is left"), text);
    }

    @Test
    void anUnknownTypeIsRefusedWithTheNearestName() {
        CliRun run = CliRun.highland("instruments", "rd-subsdy");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertTrue(run.err.strip().endsWith("Fix: did you mean 'rd-subsidy'?"), run.err);
        assertTrue(run.err.contains("elderly-care-subsidy"), "lists the valid types: " + run.err);
        CliRun far = CliRun.highland("instruments", "lottery");
        assertEquals(ExitCodes.BAD_INPUT, far.exitCode, far.toString());
        assertTrue(far.err.strip().endsWith("Fix: use one of the listed types."), far.err);
    }

    @Test
    void theSpendingTypesHaveABudgetThatBinds() {
        for (InstrumentCatalog.Type type : InstrumentCatalog.all()) {
            if (type.note().budget() != InstrumentNotes.Budget.SPENDS) {
                continue;
            }
            String budget = type.fields().stream().filter(f -> f.name().equals("annualBudgetMillion")).findFirst()
                    .orElseThrow().defaultValue();
            assertTrue(Double.parseDouble(budget) <= 10_000, type.id() + " default budget " + budget
                    + " M yuan a year is practically uncapped");
        }
    }

    /**
     * The warning on a budget that bound says what that did to the instrument and which of its
     * fields narrow its claims: every type that pays has those words, naming fields it has.
     */
    @Test
    void everyTypeThatPaysSaysWhatABindingBudgetDoesAndHowToNarrowIt() {
        for (InstrumentCatalog.Type type : InstrumentCatalog.all()) {
            InstrumentNotes.Shortfall shortfall = InstrumentNotes.shortfall(type.record());
            if (type.note().budget() == InstrumentNotes.Budget.NO_OUTLAY) {
                continue;
            }
            assertNotNull(shortfall, type.id() + " pays but has no InstrumentNotes.Shortfall");
            assertTrue(!shortfall.effect().isBlank() && !shortfall.fields().isEmpty(), type.id() + ": " + shortfall);
            Set<String> fields = new TreeSet<>();
            type.fields().forEach(f -> fields.add(f.name()));
            for (String field : shortfall.fields()) {
                assertTrue(fields.contains(field), type.id() + " has no field " + field + ": " + fields);
            }
        }
        assertEquals("lower share or capPerFirmMillion, raise minRdShare, or narrow sectors",
                InstrumentNotes.shortfall(org.highland.policy.RdSubsidyPolicy.class).narrowing());
        assertEquals("lower costShare, phase1MaxMillion, phase2MaxMillion or phase3MaxMillion, or narrow sectors or kinds",
                InstrumentNotes.shortfall(org.highland.policy.TrialSupportPolicy.class).narrowing());
        assertEquals("lower annualPublicMillion",
                InstrumentNotes.shortfall(org.highland.policy.GuidanceFundPolicy.class).narrowing());
    }

    @Test
    void docsInstrumentsIsTheGeneratedCatalogue() throws IOException {
        Path doc = Path.of("docs/INSTRUMENTS.md");
        assertEquals(InstrumentsCommand.markdown(), Files.readString(doc),
                "docs/INSTRUMENTS.md is stale: regenerate it with 'highland instruments --markdown > docs/INSTRUMENTS.md'");
    }

    @Test
    void paramsGivesPolicyFieldsTheirMeaningAndListsTheirChoices() {
        CliRun run = CliRun.highland("params", "scenarios/baseline.yaml");
        assertEquals(0, run.exitCode, run.toString());
        List<String> rows = run.out.lines().filter(l -> l.startsWith("policies.shanghaiTrialSupport.")).toList();
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            assertTrue(!f[5].isBlank(), "no meaning: " + row);
        }
        assertTrue(rows.contains("policies.shanghaiTrialSupport.region\tShanghai\ttext\t\t\t"
                + InstrumentNotes.fieldDoc("region") + "\t\t\tinput\tpolicy design"), String.join("\n", rows));
        assertTrue(run.out.contains("\tmillion_yuan_per_year\t0\t10000000\t"), "bounds without exponent");
    }
}

package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.highland.run.CliRun;
import org.highland.scenario.InstrumentCatalog;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highland params --update-odd}: the ODD's parameter table and table of the instruments' fields regenerated from the catalog. */
class ParamsOddTableTest {
    @TempDir
    Path dir;

    @Test
    void updatingKeepsRationalesByPathDropsUnknownRowsAndNamesNewOnes() throws IOException {
        Path odd = dir.resolve("ODD.md");
        Files.writeString(odd, "# Text before\n\n" + ParameterTable.BEGIN + "\n" + ParameterTable.HEADER
                + "| `replications` | 3 | count | 1 .. 2 | stale | enough for a rough band |\n"
                + "| `no.such.parameter` | 1 | share | 0 .. 1 | gone | removed long ago |\n"
                + ParameterTable.END + "\n\nText after\n" + INSTRUMENTS);
        CliRun run = CliRun.highland("params", "--update-odd", odd.toString());
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        String updated = Files.readString(odd);
        assertTrue(updated.startsWith("# Text before\n\n" + ParameterTable.BEGIN + "\n" + ParameterTable.HEADER
                + "| `seed` | 20150101 | seed | 0 .. 9007199254740992 | default random seed; --seed overrides |  |\n"
                + "| `replications` | 10 | count | 1 .. 100000 | default number of replications; --replications"
                + " overrides | enough for a rough band |\n"), updated.substring(0, Math.min(800, updated.length())));
        assertTrue(updated.contains(ParameterTable.END + "\n\nText after\n"), "text after the table is kept");
        assertFalse(updated.contains("no.such.parameter"), "a row of a parameter that does not exist is dropped");
        assertTrue(run.out.contains("removed the rows of parameters the model no longer has, with their source /"
                + " rationale: no.such.parameter"), "and named: " + run.out);
        assertTrue(run.err.contains("seed") && !run.err.contains("replications,"),
                "names the rows without a rationale: " + run.err);
        assertEquals(updated, ParameterTable.regenerate(updated, Scenarios.defaults()), "a second update changes nothing");
    }

    /** A stand-in for ODD section 8.13 with one stale and one unknown row. */
    private static final String INSTRUMENTS = "\n### 8.13\n\n" + InstrumentTable.BEGIN + "\n" + InstrumentTable.HEADER
            + "| `rd-subsidy` | `share` | 0.5 | share | 0 .. 1 | stale |\n"
            + "| `rd-subsidy` | `noSuchField` | 1 | share | 0 .. 1 | gone |\n"
            + InstrumentTable.END + "\n\nSection 9\n";

    /**
     * The update also rewrites the table of the instruments' numeric fields (section 8.13) from the
     * catalog of one policy of every type with only its type given: each row as params prints it,
     * stale cells and unknown fields gone, every registered type's numeric fields listed with the
     * type defaults of defaults.yaml, and the text around it kept.
     */
    @Test
    void updatingRewritesTheInstrumentTableFromTheTypeDefaults() throws IOException {
        Path odd = dir.resolve("ODD.md");
        Files.writeString(odd, ParameterTable.BEGIN + "\n" + ParameterTable.END + "\n" + INSTRUMENTS);
        CliRun run = CliRun.highland("params", "--update-odd", odd.toString());
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        String updated = Files.readString(odd);
        String table = updated.substring(updated.indexOf(InstrumentTable.BEGIN), updated.indexOf(InstrumentTable.END));
        assertTrue(table.startsWith(InstrumentTable.BEGIN + "\n" + InstrumentTable.HEADER
                + "| `rd-subsidy` | `startYear` | 2015 | year | 2000 .. 2100 | first year in force (from January) |\n"), table);
        assertTrue(table.contains("\n| `rd-subsidy` | `share` | 0.1 | share | 0 .. 1 | share of last year's R&D spend"
                + " paid back |\n"), "the stale row is rewritten: " + table);
        assertFalse(table.contains("noSuchField") || table.contains("stale"), table);
        assertTrue(updated.endsWith(InstrumentTable.END + "\n\nSection 9\n"), "text after the table is kept");
        assertTrue(updated.startsWith(ParameterTable.BEGIN + "\n" + ParameterTable.HEADER + "| `seed` |"),
                "section 10's table is written too");

        // Every numeric field of every registered type, with its type default, as the instrument catalogue has it.
        List<String> expected = new ArrayList<>();
        for (InstrumentCatalog.Type type : InstrumentCatalog.all()) {
            for (InstrumentCatalog.Field field : type.fields()) {
                if (!field.unit().isEmpty()) {
                    expected.add(type.id() + "." + field.name() + "=" + field.defaultValue());
                }
            }
        }
        List<String> written = InstrumentTable.documentedRows(updated).stream()
                .map(r -> r.key() + "=" + r.cells().get(2)).toList();
        assertEquals(expected, written);
        assertEquals(InstrumentCatalog.ids().size(), InstrumentTable.documentedRows(updated).stream()
                .map(InstrumentTable.Row::type).distinct().count(), "one policy of every type");
        assertEquals(updated, InstrumentTable.regenerate(updated), "a second update changes nothing");
    }

    /** Without the markers of the instruments' table nothing is written: a table left stale would go unnoticed. */
    @Test
    void aDocumentWithoutTheInstrumentTableIsRefused() throws IOException {
        Path odd = dir.resolve("ODD.md");
        String text = ParameterTable.BEGIN + "\n" + ParameterTable.END + "\n";
        Files.writeString(odd, text);
        CliRun run = CliRun.highland("params", "--update-odd", odd.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertTrue(run.err.contains(InstrumentTable.BEGIN), run.err);
        assertTrue(run.err.contains(". Fix: pass docs/ODD.md, or put those two lines where the table is to go."), run.err);
        assertEquals(text, Files.readString(odd), "file untouched");
    }

    @Test
    void theTableDocumentsTheDefaultsOnly() throws IOException {
        Path odd = dir.resolve("ODD.md");
        Files.writeString(odd, ParameterTable.BEGIN + "\n" + ParameterTable.END + "\n");
        CliRun run = CliRun.highland("params", "--set", "seed=5", "--update-odd", odd.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertEquals(ParameterTable.BEGIN + "\n" + ParameterTable.END + "\n", Files.readString(odd), "file untouched");
        Path plain = dir.resolve("plain.md");
        Files.writeString(plain, "no table here\n");
        CliRun noTable = CliRun.highland("params", "--update-odd", plain.toString());
        assertEquals(ExitCodes.BAD_INPUT, noTable.exitCode, noTable.toString());
        assertTrue(noTable.err.contains(ParameterTable.BEGIN), noTable.err);
    }

    @Test
    void theShippedOddTableIsAlreadyUpToDate() throws IOException {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        assertEquals(odd, InstrumentTable.regenerate(ParameterTable.regenerate(odd, Scenarios.defaults())),
                "run highland params --update-odd docs/ODD.md");
    }
}

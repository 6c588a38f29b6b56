package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.highland.run.CliRun;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highland params --update-odd}: the ODD's parameter table regenerated from the catalog. */
class ParamsOddTableTest {
    @TempDir
    Path dir;

    @Test
    void updatingKeepsRationalesByPathDropsUnknownRowsAndNamesNewOnes() throws IOException {
        Path odd = dir.resolve("ODD.md");
        Files.writeString(odd, "# Text before\n\n" + ParameterTable.BEGIN + "\n" + ParameterTable.HEADER
                + "| `replications` | 3 | count | 1 .. 2 | stale | enough for a rough band |\n"
                + "| `no.such.parameter` | 1 | share | 0 .. 1 | gone | removed long ago |\n"
                + ParameterTable.END + "\n\nText after\n");
        CliRun run = CliRun.highland("params", "--update-odd", odd.toString());
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        String updated = Files.readString(odd);
        assertTrue(updated.startsWith("# Text before\n\n" + ParameterTable.BEGIN + "\n" + ParameterTable.HEADER
                + "| `seed` | 20150101 | seed | 0 .. 9007199254740992 | default random seed; --seed overrides |  |\n"
                + "| `replications` | 10 | count | 1 .. 100000 | default number of replications; --replications"
                + " overrides | enough for a rough band |\n"), updated.substring(0, Math.min(800, updated.length())));
        assertTrue(updated.endsWith(ParameterTable.END + "\n\nText after\n"), "text after the table is kept");
        assertFalse(updated.contains("no.such.parameter"), "a row of a parameter that does not exist is dropped");
        assertTrue(run.err.contains("seed") && !run.err.contains("replications,"),
                "names the rows without a rationale: " + run.err);
        assertEquals(updated, ParameterTable.regenerate(updated, Scenarios.defaults()), "a second update changes nothing");
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
        assertEquals(odd, ParameterTable.regenerate(odd, Scenarios.defaults()),
                "run highland params --update-odd docs/ODD.md");
    }
}

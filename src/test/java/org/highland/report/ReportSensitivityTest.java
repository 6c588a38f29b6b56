package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.highland.experiment.sensitivity.SamplingNotes;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sensitivity section of report.html for a sweep folder. */
class ReportSensitivityTest {
    private static final String FLAT = "trial-base:cumulative_innovative_drug_approvals:Zhejiang:2016";
    private static final String VARIES = "base:enterprises:Zhejiang:2016";
    private static final String CSV = """
            output,factor,method,rank,mu_star,mu_star_low,mu_star_high,mu,sigma,s1,s1_low,s1_high,st,st_low,st_high,mu_star_noise_se
            %1$s,firms.discountRatePerYear,morris,1,0.00000,0.00000,0.00000,0.00000,0.00000,,,,,,,0.00000
            %1$s,capital.valueElasticity,morris,2,0.00000,0.00000,0.00000,0.00000,0.00000,,,,,,,0.00000
            %2$s,capital.valueElasticity,morris,1,41.5,30.1,52.0,-12.0,20.0,,,,,,,3.0
            %2$s,firms.discountRatePerYear,morris,2,12.25,8.0,16.0,4.0,6.0,,,,,,,3.0
            """.formatted(FLAT, VARIES);
    private static final String NOTES = """
            output,note,brief
            %1$s,sample: 2 trajectories (6 points) x 2 replication(s) per point,2 trajectories x 2 replication(s) per point
            %1$s,"%3$s (the output is 0 at all 6 points, so every elementary effect is 0): no factor moves it.",%3$s
            %2$s,sample: 2 trajectories (6 points) x 2 replication(s) per point,2 trajectories x 2 replication(s) per point
            """.formatted(FLAT, VARIES, SamplingNotes.NO_VARIATION);

    @TempDir
    Path dir;

    /** Writes the folder's sensitivity files (no notes file when {@code notes} is null) and returns its report.html. */
    private String report(String csv, String notes) throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), csv);
        if (notes != null) {
            Files.writeString(dir.resolve("sensitivity_notes.csv"), notes);
        }
        CliRun run = CliRun.highland("report", dir.toString());
        assertEquals(0, run.exitCode, run.toString());
        return Files.readString(dir.resolve("report.html"));
    }

    private static String table(String html) {
        return html.substring(html.indexOf("<table>"), html.indexOf("</table>"));
    }

    /** The warning paragraph the report gives {@code output}. */
    private static String note(String html, String output) {
        String note = html.substring(html.indexOf("<p class=\"warning\"><strong>" + output + "</strong>"));
        return note.substring(0, note.indexOf("</p>"));
    }

    /**
     * A Morris output that does not vary across the design (a policy effect before the policy
     * starts) is said so once, in its note: the table of indices has no row of zeros for it, while
     * the output that varies keeps its rows, its tornado is still drawn, and sensitivity.csv keeps
     * every row.
     */
    @Test
    void aMorrisOutputThatDoesNotVaryHasItsNoteAndNoRowsOfZeros() throws IOException {
        String html = report(CSV, NOTES);
        String table = table(html);
        assertFalse(table.contains(FLAT), "no rows of zeros for the output that does not vary:\n" + table);
        assertFalse(table.contains("0.00000"), table);
        assertTrue(table.contains("<td>" + VARIES + "</td><td class=\"num\">1</td><td>capital.valueElasticity</td>"
                + "<td>Morris mu*</td><td class=\"num\">41.5 [30.1, 52.0]</td>"), table);
        assertTrue(table.contains("12.25 [8.0, 16.0]"), table);
        String note = note(html, FLAT);
        assertTrue(note.contains(SamplingNotes.NO_VARIATION), note);
        assertTrue(note.contains("left out of the table of indices") && note.contains("sensitivity.csv"), note);
        assertEquals(2, html.split("<svg", -1).length - 1, "both tornadoes are still drawn");
        assertEquals(CSV, Files.readString(dir.resolve("sensitivity.csv")), "the CSV keeps its rows");
    }

    /**
     * A Sobol output without variance across the sample (a policy effect before the policy starts)
     * is treated like the Morris one: only its note, which says that its factors' indices are
     * undefined and left out of the table, and no row of "undefined" per factor; the output that
     * varies keeps its rows, and sensitivity.csv keeps the empty rows.
     */
    @Test
    void aSobolOutputWithoutVarianceHasItsNoteAndNoUndefinedRows() throws IOException {
        String csv = """
                output,factor,method,rank,mu_star,mu_star_low,mu_star_high,mu,sigma,s1,s1_low,s1_high,st,st_low,st_high,mu_star_noise_se
                %1$s,firms.discountRatePerYear,sobol,1,,,,,,,,,,,,
                %1$s,capital.valueElasticity,sobol,2,,,,,,,,,,,,
                %2$s,capital.valueElasticity,sobol,1,,,,,,0.61,0.40,0.80,0.72,0.55,0.90,
                %2$s,firms.discountRatePerYear,sobol,2,,,,,,0.11,0.02,0.20,0.18,0.05,0.31,
                """.formatted(FLAT, VARIES);
        String notes = """
                output,note,brief
                %1$s,sample: 2 base samples (8 points) x 1 replication(s) per point,2 base samples x 1 replication(s) per point
                %1$s,"%3$s (the output is 0 at all 4 A and B points, leaving no variance for the factors to account for).",%3$s
                %2$s,sample: 2 base samples (8 points) x 1 replication(s) per point,2 base samples x 1 replication(s) per point
                """.formatted(FLAT, VARIES, SamplingNotes.NO_VARIANCE);
        String html = report(csv, notes);
        String table = table(html);
        assertFalse(table.contains(FLAT), "no rows for the output without variance:\n" + table);
        assertFalse(table.contains("undefined"), table);
        assertTrue(table.contains("<td>" + VARIES + "</td><td class=\"num\">1</td><td>capital.valueElasticity</td>"
                + "<td>Sobol ST</td><td class=\"num\">0.72 [0.55, 0.90]</td>"), table);
        assertTrue(table.contains("0.18 [0.05, 0.31]"), table);
        String note = note(html, FLAT);
        assertTrue(note.contains(SamplingNotes.NO_VARIANCE), note);
        assertTrue(note.contains("indices are undefined and left out of the table of indices")
                && note.contains("sensitivity.csv keeps their rows with empty indices"), note);
        assertFalse(note.contains("mu*"), "the Morris sentence is not used for a Sobol output: " + note);
        assertFalse(note(html, VARIES).contains("left out"), "the output that varies is listed");
        assertEquals(csv, Files.readString(dir.resolve("sensitivity.csv")), "the CSV keeps its rows");
    }

    /** Without a notes file (a folder analysed before it existed) nothing is known not to vary: every row is shown. */
    @Test
    void withoutNotesEveryRowIsListed() throws IOException {
        String html = report(CSV, null);
        assertTrue(html.contains("<td>" + FLAT + "</td>"), html);
    }

    /**
     * A screen of levels (experiments/level-directions.yaml) asks which way each factor moves an
     * output: the table gives Morris mu with its sign beside mu*, and marks a mu* within twice its
     * replication noise as the console and the tornado's grey bar do; a Sobol estimate no true
     * index can take is marked too, and a Sobol row has no mu.
     */
    @Test
    void theTableGivesMorrisMuAndMarksWhatIsNoEvidence() throws IOException {
        String csv = CSV.replace(",12.25,8.0,16.0,4.0,6.0,,,,,,,3.0", ",5.5,1.0,9.0,-5.5,2.0,,,,,,,3.0");
        String table = table(report(csv, NOTES));
        assertTrue(table.contains("<th>mu (direction)</th><th>evidence</th>"), table);
        assertTrue(table.contains("<td>capital.valueElasticity</td><td>Morris mu*</td><td class=\"num\">41.5 [30.1,"
                + " 52.0]</td><td class=\"num\">-12.0</td><td></td></tr>"), table);
        assertTrue(table.contains("<td>firms.discountRatePerYear</td><td>Morris mu*</td><td class=\"num\">5.5 [1.0,"
                + " 9.0]</td><td class=\"num\">-5.5</td><td>within noise (se 3.0)</td></tr>"), table);
        String sobol = """
                output,factor,method,rank,mu_star,mu_star_low,mu_star_high,mu,sigma,s1,s1_low,s1_high,st,st_low,st_high,mu_star_noise_se
                %1$s,capital.valueElasticity,sobol,1,,,,,,0.61,0.40,0.80,1.28,0.55,2.0,
                %1$s,firms.discountRatePerYear,sobol,2,,,,,,0.11,0.02,0.20,0.18,0.05,0.31,
                """.formatted(VARIES);
        Files.delete(dir.resolve("report.html"));
        String sobolTable = table(report(sobol, null));
        assertTrue(sobolTable.contains("<td class=\"num\">1.28 [0.55, 2.0]</td><td></td><td>not evidence: no true"
                + " index can take it</td></tr>"), sobolTable);
        assertTrue(sobolTable.contains("0.18 [0.05, 0.31]</td><td></td><td></td></tr>"), sobolTable);
    }

    /** Every output does not vary: the note stands alone, without an empty table. */
    @Test
    void noOutputVariesNoTable() throws IOException {
        String html = report(CSV.lines().filter(l -> !l.startsWith(VARIES)).reduce("", (a, l) -> a + l + "\n"),
                NOTES.lines().filter(l -> !l.startsWith(VARIES)).reduce("", (a, l) -> a + l + "\n"));
        assertFalse(html.contains("<table>"), "no empty table");
        assertTrue(html.contains("<strong>" + FLAT + "</strong>"), html);
    }
}

package org.highland.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.highland.report.ResultsFolder;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.NamedChart;
import org.highland.run.CliRun;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Sobol output that takes one value across the sample (a policy effect before the policy
 * starts) has no indices: they are written empty, its notes and the console say why, its
 * chart says so instead of being drawn as a Morris chart, and report.html shows only its note.
 */
class OutputWithoutVarianceTest {
    @TempDir
    Path dir;

    /**
     * A and B equal to 0.1 at every block, AB not: V is 0 (the one-pass formula gives a rounding
     * error instead), so S1 and ST would be a difference divided by next to nothing.
     */
    @Test
    void aConstantOutputHasNoSobolIndices() {
        double[] y = {0.1, 0.3, 0.1, 0.1, 0.2, 0.1, 0.1, 0.1, 0.1};
        assertTrue(SobolIndices.withoutVariance(y, 1));
        SobolIndices.Result r = SobolIndices.estimate(y, 1, 50, 1);
        for (Interval i : List.of(r.first()[0], r.total()[0])) {
            assertTrue(Double.isNaN(i.value()) && Double.isNaN(i.low()) && Double.isNaN(i.high()), i.toString());
        }
        assertFalse(SobolIndices.withoutVariance(new double[] {0.1, 0.3, 0.1, 0.1, 0.2, 0.2}, 1), "B differs");
    }

    @Test
    void aPolicyEffectBeforeThePolicyStartsIsSaidToHaveNoIndices() throws Exception {
        Path out = dir.resolve("sweep");
        CliRun run = FlatOutputStudy.run(dir, "sobol", "{method: sobol, size: 2}", 1, out);
        assertEquals(0, run.exitCode, run.toString());
        String flat = FlatOutputStudy.FLAT;

        List<String> rows = Files.readAllLines(out.resolve(Sensitivity.FILE));
        List<String> flatRows = rows.stream().filter(l -> l.startsWith(flat + ",")).toList();
        assertEquals(List.of(flat + ",firms.discountRatePerYear,sobol,1,,,,,,,,,,,,",
                flat + ",capital.valueElasticity,sobol,2,,,,,,,,,,,,"), flatRows,
                "no index, written empty; factors in the experiment's order");
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("base:enterprises:Zhejiang:2016,") && l.matches(".*,0\\.\\d.*")),
                "the output that varies keeps its indices: " + rows);

        List<String> notes = Files.readAllLines(out.resolve(Sensitivity.NOTES_FILE));
        assertTrue(notes.stream().anyMatch(l -> l.startsWith(flat + ",\"no variance across the sample: indices"
                + " undefined (the output is 0 at all 4 A and B points")
                && l.endsWith(",no variance across the sample: indices undefined")), notes.toString());
        assertTrue(run.out.contains(flat + " (count)\n  sample: 2 base samples (8 points) x 1 replication(s) per point\n"
                + "  no variance across the sample: indices undefined"), run.out);
        assertFalse(run.out.contains("NaN"), run.out);

        List<NamedChart> charts = ChartPlan.build(ResultsFolder.read(out), List.of(flat), List.of(), List.of());
        JFreeChart chart = charts.get(0).chart();
        XYPlot plot = chart.getXYPlot();
        assertEquals(0, plot.getDataset(0).getItemCount(0), "no bars");
        assertEquals("no variance across the sample: indices undefined", plot.getNoDataMessage());
        List<String> texts = texts(chart);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Sobol indices of the factors: none"))
                && texts.stream().noneMatch(t -> t.contains("Morris")), texts.toString());
        assertTrue(texts.contains("Sampling: 2 base samples x 1 replication(s) per point; no variance across the"
                + " sample: indices undefined"), texts.toString());

        CliRun report = CliRun.highland("report", out.toString());
        assertEquals(0, report.exitCode, report.toString());
        String html = Files.readString(out.resolve("report.html"));
        // Like a Morris output that does not vary: its note says the indices are undefined, no row says it per factor.
        assertFalse(html.contains("<td>undefined</td>") || html.contains("<td>" + flat + "</td>"), html);
        assertTrue(html.contains("<strong>" + flat + "</strong>: ") && html.contains("indices are undefined and left"
                + " out of the table of indices; sensitivity.csv keeps their rows with empty indices."), html);
        assertFalse(html.contains("<td>Morris mu*</td>") || html.contains("Morris elementary effects"),
                "a Sobol sweep has no Morris row or chart");
    }

    private static List<String> texts(JFreeChart chart) {
        return IntStream.range(0, chart.getSubtitleCount()).mapToObj(chart::getSubtitle)
                .filter(TextTitle.class::isInstance).map(t -> ((TextTitle) t).getText()).toList();
    }
}

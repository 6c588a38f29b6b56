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
 * A Morris output that takes one value at every point (a policy effect before the policy starts)
 * has mu* 0 with a noise of 0 for every factor. That is said once, in the console, the notes, the
 * chart and the report, not as each factor "within noise (se 0)" with an unresolved ranking; the
 * report's table leaves its rows of zeros out, sensitivity.csv keeps them.
 */
class MorrisOutputWithoutVariationTest {
    @TempDir
    Path dir;

    @Test
    void oneValueAtEveryPointIsWithoutVariation() {
        assertTrue(MorrisIndices.withoutVariation(new double[] {0.1, 0.1, 0.1}));
        assertFalse(MorrisIndices.withoutVariation(new double[] {0.1, 0.1, 0.1 + 1e-12}), "exact equality");
        assertFalse(MorrisIndices.withoutVariation(new double[] {Double.NaN, Double.NaN}), "a missing output varies");
    }

    @Test
    void aPolicyEffectBeforeThePolicyStartsIsSaidOnceNotToVary() throws Exception {
        Path out = dir.resolve("sweep");
        CliRun run = FlatOutputStudy.run(dir, "morris", "{method: morris, size: 2, levels: 4}", 2, out);
        assertEquals(0, run.exitCode, run.toString());
        String flat = FlatOutputStudy.FLAT;

        assertTrue(run.out.contains(flat + " (count; mu*, mu and sigma: change of the output as the factor crosses its"
                + " whole range)\n  sample: 2 trajectories (6 points) x 2 replication(s) per point\n"
                + "  the output does not vary across the design: mu* 0 for every factor (the output is 0 at all 6"
                + " points"), "no table, one line instead: " + run.out);
        assertFalse(run.out.contains("within noise (se 0"), "no factor said to be within a noise of 0: " + run.out);
        assertTrue(run.out.contains("base:enterprises:Zhejiang:2016 (count; mu*, mu and sigma: change of the output as"
                + " the factor crosses its whole range)\n  rank  mu*"), "the output that varies keeps its table");

        List<String> notes = Files.readAllLines(out.resolve(Sensitivity.NOTES_FILE)).stream()
                .filter(l -> l.startsWith(flat + ",")).toList();
        assertEquals(2, notes.size(), "the sample and the one note, no noise or overlap warnings: " + notes);
        assertTrue(notes.get(1).endsWith(",the output does not vary across the design: mu* 0 for every factor"),
                notes.toString());

        List<NamedChart> charts = ChartPlan.build(ResultsFolder.read(out), List.of(flat), List.of(), List.of());
        JFreeChart chart = charts.get(0).chart();
        XYPlot plot = chart.getXYPlot();
        assertEquals(0, plot.getDataset(0).getItemCount(0), "no grey bars of length 0");
        assertEquals(SamplingNotes.NO_VARIATION, plot.getNoDataMessage());
        List<String> texts = IntStream.range(0, chart.getSubtitleCount()).mapToObj(chart::getSubtitle)
                .filter(TextTitle.class::isInstance).map(t -> ((TextTitle) t).getText()).toList();
        assertTrue(texts.contains("Morris elementary effects of the factors: all 0, the output takes one value across"
                + " the design"), texts.toString());
        assertTrue(texts.contains("Sampling: 2 trajectories x 2 replication(s) per point; the output does not vary"
                + " across the design: mu* 0 for every factor"), texts.toString());

        CliRun report = CliRun.highland("report", out.toString());
        assertEquals(0, report.exitCode, report.toString());
        String html = Files.readString(out.resolve("report.html"));
        String paragraph = html.substring(html.indexOf("<strong>" + flat + "</strong>"));
        paragraph = paragraph.substring(0, paragraph.indexOf("</p>"));
        assertTrue(paragraph.contains("the output does not vary across the design"), paragraph);
        assertFalse(paragraph.contains("within twice its replication noise") || paragraph.contains("overlap"),
                paragraph);
        assertFalse(html.contains("<td>" + flat + "</td>"), "the report's table has no row of zeros per factor");
        assertTrue(html.contains("<td>base:enterprises:Zhejiang:2016</td>"), "the output that varies keeps its rows");
        assertEquals(2, Files.readAllLines(out.resolve(Sensitivity.FILE)).stream()
                .filter(l -> l.startsWith(flat + ",")).count(), "sensitivity.csv keeps a row per factor");
    }
}

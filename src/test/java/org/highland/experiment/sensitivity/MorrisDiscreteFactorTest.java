package org.highland.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.highland.experiment.sweep.DesignMethod;
import org.highland.experiment.sweep.Designs;
import org.highland.experiment.sweep.OutputOfInterest;
import org.highland.experiment.sweep.SweepDescriptor;
import org.highland.experiment.sweep.SweepFactor;
import org.highland.report.ResultsFolder;
import org.highland.report.chart.ChartPlan;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A factor given by levels is quantized onto them, so a step of Δ on the Morris grid can move it
 * by one of its levels, by two, or (levels of equal value) by none. Its elementary effect divides
 * by the change it made, in units of its range, so that a linear output has mu* equal to its slope
 * over the whole range whatever the grid's levels; a step that leaves it unchanged has no effect.
 */
class MorrisDiscreteFactorTest {
    private static final String OUTPUT = "base:enterprises:Zhejiang:2030";

    /** Sensitivity of a Morris sweep whose output at each point is {@code f} of the factor values. */
    private static List<SensitivityRow> analyse(List<SweepFactor> factors, int levels, ToDoubleFunction<double[]> f) {
        SweepOutputs sweep = sweep(factors, levels, f);
        return Sensitivity.analyse(sweep, 200);
    }

    private static SweepOutputs sweep(List<SweepFactor> factors, int levels, ToDoubleFunction<double[]> f) {
        SweepDescriptor d = new SweepDescriptor("discrete", "", DesignMethod.MORRIS, 8, levels, 7, false, 1, 1.0,
                null, List.of("base"), Map.of(), factors,
                List.of(new OutputOfInterest("enterprises", "Zhejiang", 2030, "base", false)));
        List<double[]> values = Designs.values(factors, d.units());
        double[] y = values.stream().mapToDouble(f).toArray();
        double[] variance = new double[y.length];
        Arrays.fill(variance, Double.NaN);
        return new SweepOutputs(d, new double[][] {y}, new double[][] {variance}, null);
    }

    private static SensitivityRow row(List<SensitivityRow> rows, String factor) {
        return rows.stream().filter(r -> r.factor().equals(factor)).findFirst().orElseThrow();
    }

    @Test
    void aLinearOutputOfALevelsFactorHasItsSlopeOverTheRangeWhateverTheGridLevels() {
        List<SweepFactor> factors = List.of(SweepFactor.levels("talent.leadingPerClinicalProject",
                new double[] {1, 2, 3}), SweepFactor.range("capital.valueElasticity", 0, 1.5));
        for (int levels : new int[] {2, 4, 6, 8, 10}) {
            // y = 5 x: over the factor's range 1..3 the output moves by 10.
            List<SensitivityRow> rows = analyse(factors, levels, x -> 5 * x[0] + 2 * x[1]);
            SensitivityRow discrete = row(rows, "talent.leadingPerClinicalProject");
            assertEquals(10, discrete.muStar().value(), 1e-9, "grid levels " + levels);
            assertEquals(10, discrete.mu(), 1e-9, "grid levels " + levels);
            assertEquals(0, discrete.sigma(), 1e-9, "a linear output has one slope, grid levels " + levels);
            assertEquals(3, row(rows, "capital.valueElasticity").muStar().value(), 1e-9);
        }
    }

    /**
     * Levels [1, 1, 2] on a grid of 4: a step between the two lower grid positions keeps the value
     * 1, so only some trajectories give the factor an effect, and its indices are over those. One
     * level gives no effect at all: its indices are empty, not 0, and the notes say why.
     */
    @Test
    void aStepThatLeavesTheLevelUnchangedHasNoEffect() {
        List<SweepFactor> factors = List.of(SweepFactor.levels("a", new double[] {1, 1, 2}),
                SweepFactor.range("b", 0, 1), SweepFactor.levels("c", new double[] {4}));
        SweepOutputs sweep = sweep(factors, 4, x -> 5 * x[0] + 3 * x[1] + x[2]);
        int[] effects = MorrisIndices.effects(MorrisIndices.positions(factors, sweep.descriptor().units()), 3);
        assertTrue(effects[0] > 0 && effects[0] < 8, "some steps leave a at 1: " + Arrays.toString(effects));
        assertEquals(8, effects[1]);
        assertEquals(0, effects[2]);

        List<SensitivityRow> rows = Sensitivity.analyse(sweep, 200);
        SensitivityRow a = row(rows, "a");
        assertEquals(5, a.muStar().value(), 1e-9, "over the steps that move it, not 0 for the others");
        assertEquals(5, a.muStar().low(), 1e-9);
        assertEquals(5, a.muStar().high(), 1e-9);
        assertEquals(0, a.sigma(), 1e-9);
        SensitivityRow c = row(rows, "c");
        assertTrue(Double.isNaN(c.muStar().value()) && Double.isNaN(c.muStar().low()) && Double.isNaN(c.mu())
                && Double.isNaN(c.sigma()), "no effect: " + c);
        assertEquals(3, c.rank(), "ranked last");

        List<SamplingNote> notes = SamplingNotes.of(sweep, rows).get(OUTPUT);
        assertEquals("sample: 8 trajectories (32 points) x 1 replication(s) per point", notes.get(0).text());
        assertEquals("fewer elementary effects than the 8 trajectories, the others' step leaving the factor's value"
                + " unchanged: a " + effects[0] + "; mu*, mu and sigma are over those.", notes.get(1).text());
        assertEquals("no step of the design changes the value of c: no elementary effect, so mu*, mu and sigma are"
                + " left empty and ranked last; give levels of different values.", notes.get(2).text());

        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed);
        Sensitivity.print(out, rows, 10, Map.of(OUTPUT, notes));
        out.flush();
        assertTrue(printed.toString().lines().anyMatch(l -> l.matches(" +3  undefined +c")), printed.toString());
    }

    /** A factor without elementary effects is an empty row of sensitivity.csv, drawn as no bar. */
    @Test
    void aFactorWithoutEffectsIsAnEmptyRowAndNoBar(@TempDir Path dir) throws Exception {
        List<SweepFactor> factors = List.of(SweepFactor.range("b", 0, 1), SweepFactor.levels("c", new double[] {4}));
        SweepOutputs sweep = sweep(factors, 4, x -> 3 * x[0] + x[1]);
        List<SensitivityRow> rows = Sensitivity.analyse(sweep, 200);
        StringWriter csv = new StringWriter();
        Sensitivity.write(csv, rows);
        assertTrue(csv.toString().endsWith("\n" + OUTPUT + ",c,morris,2,,,,,,,,,,,,\n"), csv.toString());
        Files.writeString(dir.resolve(Sensitivity.FILE), csv.toString());
        JFreeChart chart = ChartPlan.build(ResultsFolder.read(dir), List.of(), List.of(), List.of()).get(0).chart();
        assertEquals(3.0, chart.getXYPlot().getDataset(0).getYValue(0, 0));
        assertTrue(Double.isNaN(chart.getXYPlot().getDataset(0).getYValue(0, 1)));
        chart.createBufferedImage(800, 400);
    }

    /**
     * Over ranges the step is the grid's as before: sensitivity.csv of a nonlinear output with
     * replication noise on common streams is the one written before steps were measured per factor.
     */
    @Test
    void factorsOverRangesGiveTheSameTableAsBefore() throws Exception {
        List<SweepFactor> factors = List.of(SweepFactor.range("a", -Math.PI, Math.PI),
                SweepFactor.range("b", 0.1, 0.7), SweepFactor.range("c", 2, 5));
        SweepDescriptor d = new SweepDescriptor("ranges", "", DesignMethod.MORRIS, 6, 6, 11, true, 3, 1.0,
                null, List.of("base"), Map.of(), factors,
                List.of(new OutputOfInterest("enterprises", "Zhejiang", 2030, "base", false)));
        List<double[]> values = Designs.values(factors, d.units());
        int points = values.size();
        double[][][] replications = new double[1][points][3];
        double[] means = new double[points];
        double[] variance = new double[points];
        for (int p = 0; p < points; p++) {
            double[] x = values.get(p);
            for (int k = 0; k < 3; k++) {
                replications[0][p][k] = Math.sin(x[0]) + 7 * x[1] * x[1] * Math.pow(x[2], 1.5) + 0.3 * Math.sin(17 * p + k);
                means[p] += replications[0][p][k] / 3;
            }
            for (int k = 0; k < 3; k++) {
                variance[p] += (replications[0][p][k] - means[p]) * (replications[0][p][k] - means[p]) / 2 / 3;
            }
        }
        List<SensitivityRow> rows = Sensitivity.analyse(new SweepOutputs(d, new double[][] {means},
                new double[][] {variance}, replications), 300);
        StringWriter csv = new StringWriter();
        Sensitivity.write(csv, rows);
        assertEquals("""
                output,factor,method,rank,mu_star,mu_star_low,mu_star_high,mu,sigma,s1,s1_low,s1_high,st,st_low,st_high,mu_star_noise_se
                base:enterprises:Zhejiang:2030,b,morris,1,21.5904,15.5581,26.6072,21.5904,7.81109,,,,,,,0.339706
                base:enterprises:Zhejiang:2030,c,morris,2,15.4027,10.1420,21.1261,15.4027,8.08884,,,,,,,0.226221
                base:enterprises:Zhejiang:2030,a,morris,3,2.80079,2.21456,3.35897,2.80079,0.774124,,,,,,,0.239764
                """, csv.toString());
        // To the last bit, not only to the six digits written.
        assertEquals("""
                b Interval[value=21.59035512604978, low=15.5580560307872, high=26.607221963009593] 21.59035512604978 \
                7.811087015601538 0.3397057395277819
                c Interval[value=15.402689102093293, low=10.141984627824224, high=21.126078501169577] \
                15.402689102093293 8.088844039263545 0.22622135414089808
                a Interval[value=2.8007916265595925, low=2.214564040327708, high=3.358966320203036] 2.8007916265595925 \
                0.7741236693965352 0.23976362050417432""", String.join("\n", rows.stream().map(r -> r.factor() + " " + r.muStar() + " " + r.mu()
                + " " + r.sigma() + " " + r.muStarNoise()).toList()));
    }
}

package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an experiment file may leave out and what it may not write: the defaults a user gets for
 * omitted keys, the edges of the allowed ranges, and the rules that are not about one value
 * (Morris levels are even; an output names a scenario or a difference, not both; unknown keys
 * in a design or an output are named).
 */
class ExperimentFileRulesTest {
    @TempDir
    Path dir;

    private ExperimentSpec read(String body) throws Exception {
        return ExperimentReader.read(SweepFixtures.write(dir, "e.yaml", "base: " + SweepFixtures.BASELINE + "\n" + body), null);
    }

    private String refused(String text) throws Exception {
        Path file = SweepFixtures.write(dir, "bad.yaml", text);
        return assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, null)).getMessage();
    }

    private static final String FACTOR = "factors:\n  - {path: firms.discountRatePerYear, range: [0.05, 0.2]}\n";
    private static final String OUTPUT = "outputs:\n  - {metric: enterprises, area: Zhejiang, year: 2016}\n";

    @Test
    void omittedReplicationsSeedLevelsAndStreamsTakeTheirDocumentedDefaults() throws Exception {
        ExperimentSpec spec = read(FACTOR + "design: {method: morris, size: 2}\n" + OUTPUT);
        assertEquals(1, spec.replications());
        assertEquals(20150101L, spec.seed());
        assertEquals(4, spec.morrisLevels());
        assertTrue(spec.commonStreams());
    }

    @Test
    void theEdgesOfTheRangesAreAllowedAndOneBeyondIsNot() throws Exception {
        ExperimentSpec spec = read(FACTOR + "design: {method: grid, size: 1, levels: 2}\nreplications: 1\nseed: 0\n" + OUTPUT);
        assertEquals(1, spec.size());
        assertEquals(1, spec.replications());
        assertEquals(0L, spec.seed());
        assertEquals(100_000, read(FACTOR + "design: {method: grid, size: 1}\nreplications: 100000\n" + OUTPUT).replications());
        String m = refused("base: " + SweepFixtures.BASELINE + "\n" + FACTOR
                + "design: {method: grid, size: 1}\nreplications: 0\n" + OUTPUT);
        assertTrue(m.contains("replications") && m.contains("from 1 to 100000"), m);
        m = refused("base: " + SweepFixtures.BASELINE + "\n" + FACTOR
                + "design: {method: grid, size: 1}\nreplications: 100001\n" + OUTPUT);
        assertTrue(m.contains("replications") && m.contains("from 1 to 100000"), m);
    }

    @Test
    void aVariantNameThatCouldNotBeToldApartInTheOutputLabelsIsRefused() throws Exception {
        for (String name : new String[] {"base", "trial-2", "trial:2"}) {
            String m = refused("base: " + SweepFixtures.BASELINE + "\nvariants: {'" + name + "': "
                    + SweepFixtures.BASELINE + "}\n" + FACTOR + "design: {method: grid, size: 1}\n" + OUTPUT);
            assertTrue(m.contains("variants." + name + ": expected a variant name other than 'base' and without '-' or ':'"),
                    m);
        }
    }

    @Test
    void aScenarioGivenAsAnExperimentIsOneProblemSayingSo() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ExperimentReader.read(SweepFixtures.BASELINE, null));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("expected an experiment file (base, factors, design, outputs), got what reads"
                + " as a scenario file (it has ") && e.getMessage().contains("policies")
                && e.getMessage().contains("or run it with highland run"), e.getMessage());
    }

    @Test
    void aFileOfAnotherKindIsRefusedAsNotAnExperimentFile() throws Exception {
        Path text = SweepFixtures.write(dir, "experiment.txt", "base: x\n");
        String m = assertThrows(ScenarioException.class, () -> ExperimentReader.read(text, null)).getMessage();
        assertEquals(text + ": expected an experiment file ending in .yaml, .yml or .json. Fix: pass the experiment"
                + " file itself.", m);
    }

    @Test
    void aDifferenceWithoutAnyVariantsSaysToAddOne() throws Exception {
        String m = refused("base: " + SweepFixtures.BASELINE + "\n" + FACTOR + "design: {method: morris, size: 2}\n"
                + "outputs:\n  - {metric: enterprises, area: Zhejiang, year: 2016, difference: trial}\n");
        assertTrue(m.contains("outputs[0].difference") && m.contains("got 'trial'")
                && m.contains("Fix: add the variant, e.g. 'variants: {trial: "), m);
    }

    @Test
    void morrisLevelsMustBeEvenOtherDesignsDoNotCare() throws Exception {
        String m = refused("base: " + SweepFixtures.BASELINE + "\n" + FACTOR + "design: {method: morris, size: 2, levels: 5}\n" + OUTPUT);
        assertTrue(m.contains("design.levels") && m.contains("even number of Morris levels, got 5"), m);
        assertEquals(6, read(FACTOR + "design: {method: morris, size: 2, levels: 6}\n" + OUTPUT).morrisLevels());
        assertEquals(DesignMethod.GRID, read(FACTOR + "design: {method: grid, size: 2, levels: 5}\n" + OUTPUT).method());
    }

    @Test
    void anUnknownMethodIsQuotedAMissingOneSaidToBeMissing() throws Exception {
        String m = refused("base: " + SweepFixtures.BASELINE + "\n" + FACTOR + "design: {method: gird, size: 2}\n" + OUTPUT);
        assertTrue(m.contains("got 'gird'"), m);
        m = refused("base: " + SweepFixtures.BASELINE + "\n" + FACTOR + "design: {size: 2}\n" + OUTPUT);
        assertTrue(m.contains("design.method") && m.contains("got nothing"), m);
    }

    @Test
    void unknownKeysOfADesignAndOfAnOutputAreNamedWithASuggestion() throws Exception {
        String m = refused("base: " + SweepFixtures.BASELINE + "\n" + FACTOR + "design: {method: grid, size: 2, sise: 3}\n" + OUTPUT);
        assertTrue(m.contains("design.sise") && m.contains("did you mean 'size'"), m);
        m = refused("base: " + SweepFixtures.BASELINE + "\n" + FACTOR + "design: {method: grid, size: 2}\n"
                + "outputs:\n  - {metric: enterprises, area: Zhejiang, year: 2016, aera: Jiangsu}\n");
        assertTrue(m.contains("aera") && m.contains("did you mean 'area'"), m);
    }

    @Test
    void anOutputNamesAScenarioOrADifferenceNotBoth() throws Exception {
        String m = refused("base: " + SweepFixtures.BASELINE + "\n" + FACTOR + "design: {method: grid, size: 2}\n"
                + "outputs:\n  - {metric: enterprises, area: Zhejiang, year: 2016, scenario: base, difference: trial}\n");
        assertTrue(m.contains("outputs[0].difference") && m.contains("either scenario or difference, not both"), m);
    }

    @Test
    void aMissingBaseNextToAnotherProblemIsReportedNotACrash() throws Exception {
        String m = refused("name: [not, a, text]\n" + FACTOR + "design: {method: grid, size: 2}\n" + OUTPUT);
        assertTrue(m.contains("name") && m.contains("a text"), m);
    }
}

package org.highland.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notes under a sensitivity table: Sobol estimates no true index can take are flagged as
 * sampling noise, consistent ones are not; a Morris mu* within twice its noise is flagged; one
 * replication per point and overlapping leading intervals are said.
 */
class SamplingNotesTest {
    private static SensitivityRow sobol(String factor, double s1, double st) {
        return new SensitivityRow("base:enterprises:Zhejiang:2021", factor, "sobol", 1, Interval.NONE, Double.NaN,
                Double.NaN, new Interval(s1, s1 - 0.01, s1 + 0.01), new Interval(st, st - 0.01, st + 0.01), Double.NaN);
    }

    private static SensitivityRow morris(String factor, double muStar, double noise) {
        return new SensitivityRow("base:enterprises:Zhejiang:2021", factor, "morris", 1,
                new Interval(muStar, muStar - 1, muStar + 1), 0, 1, Interval.NONE, Interval.NONE, noise);
    }

    private static String joined(List<SamplingNote> notes) {
        return String.join("\n", notes.stream().map(SamplingNote::text).toList());
    }

    @Test
    void impossibleSobolEstimatesAreFlaggedAsSamplingNoise() {
        String negative = joined(SamplingNotes.sobol(List.of(sobol("a", -0.3, 0.4), sobol("b", 0.2, 0.3)), 16, 64, 2,
                0.01));
        assertTrue(negative.contains("warning: estimates no true index can take") && negative.contains("S1 -0.300 < 0 (a)")
                && negative.contains("at 16 base samples"), negative);
        String aboveTotal = joined(SamplingNotes.sobol(List.of(sobol("a", 0.5, 0.3)), 16, 48, 2, 0.01));
        assertTrue(aboveTotal.contains("S1 0.500 > ST 0.300 (a)"), aboveTotal);
        String aboveOne = joined(SamplingNotes.sobol(List.of(sobol("a", 0.6, 1.4), sobol("b", 0.6, 0.7)), 16, 64, 2,
                0.01));
        assertTrue(aboveOne.contains("ST 1.400 > 1 (a)") && aboveOne.contains("sum of S1 1.200 > 1"), aboveOne);
        String fine = joined(SamplingNotes.sobol(List.of(sobol("a", 0.6, 0.7), sobol("b", -0.02, 0.1)), 1000, 4000, 2,
                0.01));
        assertFalse(fine.contains("warning"), "consistent indices, a small negative S1 within sampling slack: " + fine);
        assertTrue(fine.contains("sample: 1000 base samples (4000 points) x 2 replication(s) per point"), fine);
    }

    /** Each note has a brief form for the foot of a tornado chart: a few words, saying how many bars are grey. */
    @Test
    void everyNoteHasABriefFormForTheChart() {
        List<SamplingNote> sobol = SamplingNotes.sobol(List.of(sobol("a", -0.3, 0.4), sobol("b", 0.2, 0.395),
                sobol("c", 0.1, 0.2)), 16, 80, 2, 0.3);
        List<String> briefs = sobol.stream().map(SamplingNote::brief).toList();
        assertEquals(List.of("16 base samples x 2 replication(s) per point",
                "impossible estimates (outside 0 <= S1 <= ST <= 1) for 1 factor(s), grey: noise dominates, no ranking",
                "replication noise 30 % of the variance", "ranks 1 and 2 overlap: the leader is unresolved"), briefs);
        assertTrue(SamplingNotes.impossible(-0.3, 0.4) && !SamplingNotes.impossible(0.2, 0.3));
        List<SamplingNote> morris = SamplingNotes.morris(List.of(morris("a", 10, 1), morris("b", 3, 2)), 8, 24, 1);
        assertEquals(List.of("8 trajectories x 1 replication(s) per point",
                "one replication per point: noise not told from effects", "1 of 2 mu* within noise (grey): not evidence"),
                morris.stream().map(SamplingNote::brief).toList());
        for (SamplingNote n : sobol) {
            assertTrue(n.brief().length() < n.text().length() / 2 + 20, "brief: " + n);
        }
    }

    @Test
    void replicationNoiseIsWarnedAboutWhenItIsAFairShareOrCannotBeMeasured() {
        assertTrue(joined(SamplingNotes.sobol(List.of(sobol("a", 0.6, 0.7)), 500, 1500, 2, 0.3))
                .contains("warning: replication noise (the variance of a point's mean over its replications) is 30 %"));
        assertFalse(joined(SamplingNotes.sobol(List.of(sobol("a", 0.6, 0.7)), 500, 1500, 2, 0.05)).contains("warning"));
        assertTrue(joined(SamplingNotes.morris(List.of(morris("a", 5, Double.NaN)), 10, 20, 1))
                .contains("warning: one replication per point"));
    }

    @Test
    void aMorrisFactorWithinTwiceItsNoiseIsFlaggedAndOverlappingLeadersSaid() {
        SensitivityRow clear = morris("a", 10, 1);
        SensitivityRow noisy = morris("b", 3, 2);
        assertTrue(clear.aboveNoise());
        assertFalse(noisy.aboveNoise());
        String notes = joined(SamplingNotes.morris(List.of(clear, noisy), 8, 24, 3));
        assertTrue(notes.contains("warning: 1 of 2 factors has its mu* within twice its replication noise (se): its"
                + " effect and rank are not evidence"), notes);
        assertFalse(notes.contains("overlap"), "intervals [9, 11] and [2, 4] are apart: " + notes);
        String close = joined(SamplingNotes.morris(List.of(morris("a", 10, 1), morris("b", 9, 1)), 8, 24, 3));
        assertTrue(close.contains("intervals of mu* of ranks 1 and 2 overlap"), close);
        assertEquals("count", SamplingNotes.unit("trial-base:cumulative_innovative_drug_approvals:Zhejiang:2035"));
        assertEquals("billion_yuan", SamplingNotes.unit("base:biomedicine_industrial_output:Zhejiang/park:A:2030"));
    }
}

package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.highland.experiment.screening.Output;
import org.highland.experiment.screening.ScreeningRow;
import org.junit.jupiter.api.Test;

/**
 * What screen prints per output: its unit, and for an output no run moved (every effect exactly
 * 0, no noise) one line saying so instead of a ranking of ties each "within noise (se 0.00)".
 */
class ScreeningSummaryTest {
    private static ScreeningRow oat(String factor, String output, double atLow, double atHigh, double noise, int rank) {
        return new ScreeningRow(factor, output, "oat", 0, 1, 0, atLow, atHigh, atHigh - atLow, Double.NaN, Double.NaN,
                Double.NaN, 1, noise, rank, Double.NaN, Double.NaN);
    }

    @Test
    void eachOutputShowsItsUnitAndAnUnmovedOneSaysSo() {
        Output output = new Output("biomedicine_industrial_output", "Zhejiang", 2030);
        Output approvals = new Output("cumulative_innovative_drug_approvals", "Zhejiang", 2025);
        String text = ScreeningSummary.render(List.of(
                oat("a", output.label(), 0.5, 2.5, 0.1, 1), oat("b", output.label(), 1, 1.2, 0.3, 2),
                oat("a", approvals.label(), 0, 0, 0, 1), oat("b", approvals.label(), 0, 0, 0, 2)),
                List.of(output, approvals), 5);
        assertTrue(text.contains("biomedicine_industrial_output:Zhejiang:2030 (billion_yuan): effect at nominal"), text);
        assertTrue(text.contains("1. a  swing +2.000"), text);
        assertTrue(text.contains("cumulative_innovative_drug_approvals:Zhejiang:2025 (count): effect at nominal +0.000\n"
                + "  every run gave this output the same effect: no factor moves it (ranks are ties)\n"), text);
        assertFalse(text.contains("se 0.00"), text);
    }

    /**
     * With one replication per point the noise is unknown (NaN); an output no run moved is still
     * said to be unmoved, in a Morris screen as in one at a time, not ranked as ties of mu* 0.000.
     */
    @Test
    void anUnmovedOutputOfOneReplicationSaysSoToo() {
        Output approvals = new Output("cumulative_innovative_drug_approvals", "Zhejiang", 2016);
        ScreeningRow a = new ScreeningRow("a", approvals.label(), "morris", 0, 1, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, 0, 0, 4, Double.NaN, 1, 0, 0);
        ScreeningRow b = new ScreeningRow("b", approvals.label(), "morris", 0, 1, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, 0, 0, 4, Double.NaN, 2, 0, 0);
        String text = ScreeningSummary.render(List.of(a, b), List.of(approvals), 5);
        assertTrue(text.contains("cumulative_innovative_drug_approvals:Zhejiang:2016 (count)\n"
                + "  every run gave this output the same effect: no factor moves it (ranks are ties)\n"), text);
        assertFalse(text.contains("mu* 0.000"), text);
        String oat = ScreeningSummary.render(List.of(oat("a", approvals.label(), 0, 0, Double.NaN, 1)),
                List.of(approvals), 5);
        assertTrue(oat.contains("every run gave this output the same effect"), oat);
    }
}

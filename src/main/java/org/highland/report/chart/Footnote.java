package org.highland.report.chart;

import java.util.Locale;
import org.highland.experiment.io.Counts;
import org.highland.run.TerminalFigures;

/**
 * What every chart says at its foot, so a chart handed on alone still tells where it came from,
 * and that it is indicative only when it comes from a reduced scale or few replications (the
 * terminal tables say so too; a chart pasted into a slide must not lose it).
 *
 * @param scenario     scenario name (for a comparison: base and variants)
 * @param replications replications per scenario (0 when unknown)
 * @param scale        population scale of the run (NaN when unknown)
 * @param version      Highland version and commit
 * @param bands        whether the chart draws 5-95 % bands of replications, so the footnote says what
 *                     they are; false for charts that draw none (a tornado, a stack of means, dots
 *                     with whiskers their subtitle explains)
 */
public record Footnote(String scenario, int replications, double scale, String version, boolean bands) {
    /** The footnote of a chart with 5-95 % bands. */
    public Footnote(String scenario, int replications, double scale, String version) {
        this(scenario, replications, scale, version, true);
    }

    /** The same footnote for a chart that draws no bands: it does not mention them. */
    public Footnote withoutBands() {
        return new Footnote(scenario, replications, scale, version, false);
    }

    public String text() {
        String text = String.format(Locale.ROOT, "Scenario %s; %s at scale %s; %sHighland %s", scenario,
                Counts.of(replications, "replication"), trim(scale), bands ? "bands: 5-95 % of replications; " : "", version);
        return indicative() ? text + "; INDICATIVE ONLY: " + shortfall() : text;
    }

    /** Whether the figures come from a reduced scale or fewer replications than figures to report need. */
    public boolean indicative() {
        return replications > 0 && (scale < 1 || replications < TerminalFigures.MIN_REPLICATIONS);
    }

    /** What makes the figures indicative, e.g. "reduced scale, fewer than 10 replications"; empty if nothing. */
    public String shortfall() {
        if (!indicative()) {
            return "";
        }
        String few = "fewer than " + TerminalFigures.MIN_REPLICATIONS + " replications";
        return scale < 1 ? (replications < TerminalFigures.MIN_REPLICATIONS ? "reduced scale, " + few : "reduced scale")
                : few;
    }

    private static String trim(double d) {
        String s = String.format(Locale.ROOT, "%.4f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}

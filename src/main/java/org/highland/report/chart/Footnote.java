package org.highland.report.chart;

import java.util.Locale;

/**
 * What every chart says at its foot, so a chart handed on alone still tells where it came from.
 *
 * @param scenario     scenario name (for a comparison: base and variants)
 * @param replications replications per scenario
 * @param scale        population scale of the run
 * @param version      Highland version and commit
 */
public record Footnote(String scenario, int replications, double scale, String version) {
    public String text() {
        return String.format(Locale.ROOT, "Scenario %s; %d replications at scale %s; bands: 5-95 %% of replications;"
                + " Highland %s", scenario, replications, trim(scale), version);
    }

    private static String trim(double d) {
        String s = String.format(Locale.ROOT, "%.4f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}

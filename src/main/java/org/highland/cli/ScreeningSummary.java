package org.highland.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.highland.experiment.screening.Output;
import org.highland.experiment.screening.ScreeningRow;

/** The few factors that move each output's effect most, as printed by {@code screen}. */
final class ScreeningSummary {
    private ScreeningSummary() {
    }

    static String render(List<ScreeningRow> rows, List<Output> outputs, int top) {
        StringBuilder sb = new StringBuilder();
        for (Output o : outputs) {
            List<ScreeningRow> block = rows.stream().filter(r -> r.output().equals(o.label()))
                    .sorted(Comparator.comparingInt(ScreeningRow::rank)).limit(Math.max(0, top)).toList();
            if (block.isEmpty()) {
                continue;
            }
            ScreeningRow first = block.get(0);
            sb.append(o.label()).append(" (").append(o.unit()).append(')');
            if ("oat".equals(first.method())) {
                sb.append(String.format(Locale.ROOT, ": effect at nominal %+.4g", first.effectNominal()));
            }
            sb.append('\n');
            // No noise, or none measurable (one replication: NaN), beside no effect: a ranking of
            // ties at +0.000 would read as a finding.
            if (block.stream().allMatch(r -> r.importance() == 0 && !(r.noise() > 0))) {
                sb.append("  every run gave this output the same effect: no factor moves it (ranks are ties)\n");
                continue;
            }
            for (ScreeningRow r : block) {
                if ("oat".equals(r.method())) {
                    sb.append(String.format(Locale.ROOT, "  %d. %s  swing %+.4g (effect %+.4g at %.4g, %+.4g at %.4g)",
                            r.rank(), r.factor(), r.swing(), r.effectAtLow(), r.low(), r.effectAtHigh(), r.high()));
                } else {
                    sb.append(String.format(Locale.ROOT, "  %d. %s  mu* %.4g [95 %% interval %.4g, %.4g]  mu %+.4g"
                            + "  sigma %.4g", r.rank(), r.factor(), r.muStar(), r.muStarLow(), r.muStarHigh(), r.mu(),
                            r.sigma()));
                }
                sb.append(r.aboveNoise() ? "" : String.format(Locale.ROOT, "  within noise (se %.3g)", r.noise()));
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}

package org.highland.experiment.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * One-at-a-time screen: the effect at the nominal point, then each factor at its low and at its
 * high end with every other factor nominal. Cheap (2k + 1 points for k factors) and easy to read,
 * but blind to interactions: a factor that matters only together with another looks inert.
 */
public final class OneAtATime {
    public static final String METHOD = "oat";

    private OneAtATime() {
    }

    /** Point 0 is nominal; points 2i+1 and 2i+2 move factor i to its low and high end. */
    public static List<double[]> design(List<Factor> factors) {
        double[] nominal = new double[factors.size()];
        for (int i = 0; i < nominal.length; i++) {
            nominal[i] = factors.get(i).nominal();
        }
        List<double[]> points = new ArrayList<>();
        points.add(nominal);
        for (int i = 0; i < factors.size(); i++) {
            double[] low = nominal.clone();
            low[i] = factors.get(i).low();
            double[] high = nominal.clone();
            high[i] = factors.get(i).high();
            points.add(low);
            points.add(high);
        }
        return points;
    }

    /** Rows per output (in output order), then factor; ranked within each output. */
    public static List<ScreeningRow> estimate(List<Factor> factors, List<Output> outputs, List<PointEffect> effects) {
        List<ScreeningRow> rows = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            List<ScreeningRow> block = new ArrayList<>();
            for (int i = 0; i < factors.size(); i++) {
                Factor f = factors.get(i);
                PointEffect low = effects.get(2 * i + 1);
                PointEffect high = effects.get(2 * i + 2);
                double atLow = low.mean()[o];
                double atHigh = high.mean()[o];
                // The two ends ran with the same streams: the noise of their paired change.
                double noise = PointEffect.changeSe(low, high, o);
                block.add(new ScreeningRow(f.path(), outputs.get(o).label(), METHOD, f.low(), f.high(),
                        effects.get(0).mean()[o], atLow, atHigh, atHigh - atLow, Double.NaN, Double.NaN, Double.NaN,
                        1, noise, 0, Double.NaN, Double.NaN));
            }
            rows.addAll(Screening.ranked(block));
        }
        return rows;
    }
}

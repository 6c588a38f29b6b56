package org.highland.experiment.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PRIM, the patient rule induction method (Friedman and Fisher 1999) as used for scenario
 * discovery (Bryant and Lempert 2010; the EMA Workbench): starting from the box of all cases, peel
 * repeatedly the slice (the lowest or highest {@code alpha} share of the cases still inside, along
 * one factor) whose removal leaves the highest share of cases of interest, until fewer than
 * {@code minMass} of all cases remain or no peel raises that share. Each step's box is kept with
 * its coverage (cases of interest inside / all cases of interest), density (cases of interest
 * inside / cases inside) and mass (cases inside / all cases).
 */
public final class Prim {
    /** One box of the peeling trajectory: per factor [low, high], and its quality. */
    public record Box(double[] low, double[] high, double coverage, double density, double mass) {
    }

    private Prim() {
    }

    /**
     * @param x        cases x factors
     * @param interest whether each case is of interest (e.g. the outcome below a threshold)
     * @return the boxes of the peeling trajectory, the first the box of all cases
     */
    public static List<Box> peel(double[][] x, boolean[] interest, double alpha, double minMass) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        int total = 0;
        for (boolean b : interest) {
            total += b ? 1 : 0;
        }
        double[] low = new double[k];
        double[] high = new double[k];
        for (int i = 0; i < k; i++) {
            final int f = i;
            low[i] = Arrays.stream(x).mapToDouble(r -> r[f]).min().orElse(0);
            high[i] = Arrays.stream(x).mapToDouble(r -> r[f]).max().orElse(0);
        }
        boolean[] inside = new boolean[n];
        Arrays.fill(inside, true);
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(box(low, high, inside, interest, total));
        while (true) {
            Box current = trajectory.get(trajectory.size() - 1);
            double bestDensity = current.density();
            int bestFactor = -1;
            boolean bestFromBelow = false;
            double bestBound = 0;
            for (int f = 0; f < k; f++) {
                double[] values = insideValues(x, inside, f);
                if (values.length == 0 || values[0] == values[values.length - 1]) {
                    continue;
                }
                int cut = Math.max(1, (int) Math.floor(alpha * values.length));
                // Peel from below: keep values above the cut's value (all of a tied value go together).
                double lowCut = values[cut - 1];
                double highCut = values[values.length - cut];
                for (boolean fromBelow : new boolean[] {true, false}) {
                    int in = 0;
                    int good = 0;
                    for (int c = 0; c < n; c++) {
                        if (inside[c] && (fromBelow ? x[c][f] > lowCut : x[c][f] < highCut)) {
                            in++;
                            good += interest[c] ? 1 : 0;
                        }
                    }
                    if (in < minMass * n || in == 0) {
                        continue;
                    }
                    double density = good / (double) in;
                    if (density > bestDensity) {
                        bestDensity = density;
                        bestFactor = f;
                        bestFromBelow = fromBelow;
                        bestBound = fromBelow ? lowCut : highCut;
                    }
                }
            }
            if (bestFactor < 0) {
                return trajectory;
            }
            low = low.clone();
            high = high.clone();
            for (int c = 0; c < n; c++) {
                if (inside[c] && (bestFromBelow ? x[c][bestFactor] <= bestBound : x[c][bestFactor] >= bestBound)) {
                    inside[c] = false;
                }
            }
            double[] remaining = insideValues(x, inside, bestFactor);
            if (bestFromBelow) {
                low[bestFactor] = remaining[0];
            } else {
                high[bestFactor] = remaining[remaining.length - 1];
            }
            trajectory.add(box(low, high, inside, interest, total));
        }
    }

    private static double[] insideValues(double[][] x, boolean[] inside, int f) {
        double[] v = new double[x.length];
        int m = 0;
        for (int c = 0; c < x.length; c++) {
            if (inside[c]) {
                v[m++] = x[c][f];
            }
        }
        v = Arrays.copyOf(v, m);
        Arrays.sort(v);
        return v;
    }

    private static Box box(double[] low, double[] high, boolean[] inside, boolean[] interest, int total) {
        int in = 0;
        int good = 0;
        for (int c = 0; c < inside.length; c++) {
            if (inside[c]) {
                in++;
                good += interest[c] ? 1 : 0;
            }
        }
        return new Box(low, high, total == 0 ? 0 : good / (double) total, in == 0 ? 0 : good / (double) in,
                in / (double) inside.length);
    }

    /** The box of highest density among those covering at least {@code minCoverage} of the cases of interest. */
    public static int select(List<Box> trajectory, double minCoverage) {
        int best = 0;
        for (int i = 0; i < trajectory.size(); i++) {
            Box b = trajectory.get(i);
            if (b.coverage() >= minCoverage && b.density() > trajectory.get(best).density()) {
                best = i;
            }
        }
        return best;
    }
}

package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-year population's size fitting and listing against their plain definitions, bit for
 * bit: the fitting merges and skips passes over the firms, the listing keeps a heap of the
 * largest revenues instead of sorting them, and neither may change a result.
 */
class PopulationBuilderTest {
    @TempDir
    static Path dir;

    @Test
    void fittingGivesTheSizesOfAFullPassPerMarginAndRound() {
        Random random = new Random(3);
        Sector[] sectors = Sector.values();
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(trial % 4 == 0 ? 20 : 3000);
            int parks = 1 + random.nextInt(4);
            // From no large firm to all of them; targets from far below the small firms' sums
            // (the whole group is scaled) to far above, some of them zero.
            double largeShare = new double[] {0, 0.002, 0.0127, 0.3, 1}[trial % 5];
            double targetScale = new double[] {1e-3, 0.5, 5, 50}[random.nextInt(4)];
            Sector[] sector = new Sector[n];
            int[] park = new int[n];
            double[] size = new double[n];
            boolean[] large = new boolean[n];
            for (int i = 0; i < n; i++) {
                sector[i] = sectors[random.nextInt(random.nextBoolean() ? 2 : sectors.length)];
                park[i] = random.nextInt(parks);
                large[i] = random.nextDouble() < largeShare;
                size[i] = Math.exp((large[i] ? 3 : 0) + 1.2 * random.nextGaussian());
            }
            double[] parkTarget = targets(random, parks, n * targetScale);
            double[] sectorTarget = targets(random, Sector.COUNT, n * targetScale);
            double[] expected = size.clone();
            fitByFullPasses(sector, park, expected, large, parkTarget, sectorTarget);
            PopulationBuilder.fitToTargets(sector, park, size, large, parkTarget, sectorTarget);
            for (int i = 0; i < n; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(size[i]),
                        "trial " + trial + ", firm " + i + ": " + expected[i] + " expected, " + size[i]);
            }
        }
    }

    @Test
    void theListedFirmsAreTheFirstOfAStableSortByDescendingRevenue() {
        Region region = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "listing", "")).region(0);
        Random random = new Random(5);
        int n = 400;
        Enterprise[] firms = new Enterprise[n];
        for (int i = 0; i < n; i++) {
            firms[i] = ModelRuns.firmOutsideParks(region, Sector.GENERIC_DRUG);
        }
        for (int trial = 0; trial < 60; trial++) {
            // Few distinct revenues in some trials, so many firms tie at the threshold.
            int distinct = trial % 2 == 0 ? 1 + random.nextInt(6) : 1_000_000;
            double[] revenue = new double[n];
            for (int i = 0; i < n; i++) {
                revenue[i] = random.nextInt(distinct) * 0.5;
                firms[i].baseRevenue = revenue[i];
                firms[i].listed = false;
            }
            int listed = 1 + random.nextInt(trial % 3 == 0 ? n + 10 : 30);
            PopulationBuilder.markLargestListed(region, listed);
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> revenue[i]).reversed());
            boolean[] expected = new boolean[n];
            for (int j = 0; j < Math.min(listed, n); j++) {
                expected[order[j]] = true;
            }
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], firms[i].listed,
                        "trial " + trial + ", firm " + i + " of revenue " + revenue[i]);
            }
        }
    }

    /** Random shares of {@code total}, one of them sometimes zero. */
    private static double[] targets(Random random, int groups, double total) {
        double[] target = new double[groups];
        for (int g = 0; g < groups; g++) {
            target[g] = random.nextInt(5) == 0 ? 0 : total * random.nextDouble();
        }
        return target;
    }

    /** The fitting by its definition: per round, each margin summed over every firm, then each firm scaled. */
    private static void fitByFullPasses(Sector[] sector, int[] park, double[] size, boolean[] large,
            double[] parkTarget, double[] sectorTarget) {
        int[] parkGroup = new int[size.length];
        int[] sectorGroup = new int[size.length];
        for (int i = 0; i < size.length; i++) {
            parkGroup[i] = sector[i].biomedicine() ? park[i] : -1;
            sectorGroup[i] = sector[i].ordinal();
        }
        for (int round = 0; round < PopulationBuilder.FITTING_ROUNDS; round++) {
            scaleMargin(size, large, parkGroup, parkTarget);
            scaleMargin(size, large, sectorGroup, sectorTarget);
        }
    }

    private static void scaleMargin(double[] size, boolean[] large, int[] group, double[] target) {
        double[] largeSum = new double[target.length];
        double[] smallSum = new double[target.length];
        for (int i = 0; i < size.length; i++) {
            int g = group[i];
            if (g >= 0) {
                if (large[i]) {
                    largeSum[g] += size[i];
                } else {
                    smallSum[g] += size[i];
                }
            }
        }
        for (int i = 0; i < size.length; i++) {
            int g = group[i];
            if (g < 0) {
                continue;
            }
            double rest = target[g] - smallSum[g];
            if (rest > 0 && largeSum[g] > 0) {
                if (large[i]) {
                    size[i] *= rest / largeSum[g];
                }
            } else if (largeSum[g] + smallSum[g] > 0) {
                size[i] *= target[g] / (largeSum[g] + smallSum[g]);
            }
        }
    }
}

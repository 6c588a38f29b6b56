package org.highland.model;

import java.util.Arrays;
import org.highland.model.random.Draws;
import org.highland.model.random.Uniform;

/**
 * How a run at scale F &lt; 1 stands for the full population without bias. Each simulated
 * start-year firm stands for 1/F real firms, so counts are drawn with their full-scale mean
 * (no rounding bias), and sizes are the means of rank blocks of a full-scale sample: with a
 * heavy-tailed size distribution (lognormal with sigma 4.45 puts about 80 % of the expected
 * output above the top 1/8000 quantile) the sum of a small sample falls far short of its
 * expectation, so renormalising a small sample to the sector totals would make its typical
 * firm larger the smaller the scale. A block mean is the conditional expectation of the block's
 * firms: the blocks add up to the full-scale sum, and a firm near a size threshold stays near it.
 */
final class Thinning {
    private Thinning() {
    }

    /**
     * An integer with mean {@code x}: floor plus a Bernoulli draw for the fraction. Draws nothing
     * when {@code x} is whole, so a full-scale run uses its random numbers as before.
     */
    static int count(double x, Uniform random) {
        double whole = Math.floor(x);
        if (x == whole) {
            return (int) whole;
        }
        return (int) whole + (random.nextDouble() < x - whole ? 1 : 0);
    }

    /**
     * Thins a full-scale sample of start-year firms, already fitted to the full-scale totals, to
     * about {@code scale} of them by stratified sampling. Within each cell (a sector) the firms
     * are ranked by size and cut into k = count(m x scale) blocks of consecutive rank (block j:
     * ranks floor(j m / k) to floor((j + 1) m / k) of the cell's m firms); each block becomes one
     * firm. A block below the top one is represented by a member drawn at random, with its own
     * size, so every per-firm quantity (a count above a size threshold, say) keeps its full-scale
     * mean. The top block, where a heavy tail puts most of the output into a few firms, is
     * represented by a firm of size (block sum) x k / m, so that output does not hinge on whether
     * one giant happens to be drawn. Its reported output, (block sum) x k / (m x scale), has the
     * block sum as its mean over k (not the block mean: the top block takes the rounding
     * remainder, one member more than 1 / scale when m / k is not whole; and a cell smaller than
     * 1 / scale has k = 1 with probability m x scale, when its one firm must stand for all of it,
     * else nothing); the member that lends it its other traits (its park) is drawn in
     * proportion to size, so each park keeps its expected output. The firms come out in random
     * order, as drawn firms would.
     *
     * @param cell cell of each full-scale firm, 0 or more
     * @param size full-scale size of each full-scale firm
     * @return for each thinned firm the index of the full-scale firm it stands for, and its size
     */
    static Sample thin(int[] cell, double[] size, double scale, Uniform random) {
        int full = cell.length;
        int cells = 0;
        for (int c : cell) {
            cells = Math.max(cells, c + 1);
        }
        // Counting sort by cell, then by size within the cell.
        int[] start = new int[cells + 1];
        for (int c : cell) {
            start[c + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        int[] next = Arrays.copyOf(start, cells);
        int[] byCell = new int[full];
        for (int i = 0; i < full; i++) {
            byCell[next[cell[i]]++] = i;
        }
        int[] source = new int[full];
        double[] thinned = new double[full];
        int n = 0;
        for (int c = 0; c < cells; c++) {
            int m = start[c + 1] - start[c];
            int k = count(m * scale, random);
            if (k == 0) {
                continue;
            }
            IndexSort.ascending(byCell, start[c], start[c + 1], size);
            int from = 0;
            for (int j = 0; j < k; j++) {
                int to = (int) ((long) (j + 1) * m / k);
                if (j < k - 1) {
                    int member = byCell[start[c] + from + (int) (random.nextDouble() * (to - from))];
                    source[n] = member;
                    thinned[n++] = size[member];
                } else {
                    double sum = 0;
                    for (int r = from; r < to; r++) {
                        sum += size[byCell[start[c] + r]];
                    }
                    double pick = random.nextDouble() * sum;
                    int member = byCell[start[c] + to - 1];
                    for (int r = from; r < to; r++) {
                        pick -= size[byCell[start[c] + r]];
                        if (pick < 0) {
                            member = byCell[start[c] + r];
                            break;
                        }
                    }
                    source[n] = member;
                    thinned[n++] = sum * k / m;
                }
                from = to;
            }
        }
        int[] order = Draws.permutation(n, random);
        int[] outSource = new int[n];
        double[] outSize = new double[n];
        for (int j = 0; j < n; j++) {
            outSource[order[j]] = source[j];
            outSize[order[j]] = thinned[j];
        }
        return new Sample(outSource, outSize);
    }

    /** Thinned firms: a full-scale firm of the same cell (for its traits), and the size. */
    record Sample(int[] source, double[] size) {
    }
}

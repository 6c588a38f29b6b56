package org.highland.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.highland.model.random.SplitMix64;
import org.junit.jupiter.api.Test;

class PrimTest {
    @Test
    void findsThePlantedBox() {
        SplitMix64 random = new SplitMix64(42);
        int n = 2000;
        double[][] x = new double[n][3];
        boolean[] interest = new boolean[n];
        for (int c = 0; c < n; c++) {
            for (int i = 0; i < 3; i++) {
                x[c][i] = random.nextDouble();
            }
            boolean inBox = x[c][0] > 0.6 && x[c][1] < 0.3;
            // Noise: 5 % of the box's cases are not of interest, 1 % of the others are.
            interest[c] = random.nextDouble() < (inBox ? 0.95 : 0.01);
        }
        List<Prim.Box> trajectory = Prim.peel(x, interest, 0.05, 0.05);
        Prim.Box box = trajectory.get(Prim.select(trajectory, 0.8));
        assertEquals(0.6, box.low()[0], 0.05);
        assertEquals(0.3, box.high()[1], 0.05);
        assertTrue(box.low()[2] < 0.05 && box.high()[2] > 0.95, "the third factor stays unrestricted");
        assertTrue(box.density() > 0.85 && box.coverage() >= 0.8, box.toString());
        assertTrue(trajectory.get(0).density() < 0.2, "the planted box is a small share of all cases");
    }
}

package org.highland.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search's luckiest candidate does not ship unless a larger measurement confirms it. */
class ConfirmationTest {
    @TempDir
    Path dir;

    private static Evaluation at(int index, double x, double loss) {
        return new Evaluation(index, new double[] {x}, loss, 0);
    }

    @Test
    void theConfirmedLossDecidesAndTheStartCompetes() {
        // Search losses rank x = 3 first, but its "true" loss (x - 1)^2 is the worst; the start
        // (x = 1) is truly best and must win though the search ranked it last.
        List<Evaluation> search = List.of(at(1, 1.0, 0.30), at(2, 3.0, 0.10), at(3, 2.0, 0.20), at(4, 3.0, 0.15),
                at(5, 1.5, 0.25), at(6, 2.5, 0.40));
        List<double[]> rescored = new ArrayList<>();
        Function<double[], Evaluation> truth = v -> {
            rescored.add(v);
            return new Evaluation(0, v, (v[0] - 1) * (v[0] - 1), 7);
        };
        List<Confirmation> c = Confirmation.run(search, 3, truth);
        // The start plus the 3 best distinct values (3.0 once, though evaluated twice): 1, 3, 2, 1.5.
        assertEquals(4, c.size());
        assertEquals(4, rescored.size());
        assertEquals(1, c.get(0).evaluation().index(), "the start is truly best");
        assertEquals(0.0, c.get(0).confirmed().loss(), 1e-12);
        assertEquals(1, c.get(0).confirmed().index(), "the confirmed evaluation keeps the search's number");
        assertEquals(List.of(1, 5, 3, 2), c.stream().map(x -> x.evaluation().index()).toList());
        assertEquals(0.10, c.get(3).evaluation().loss(), 1e-12, "the search loss is kept beside the confirmed one");
        assertEquals(4.0, c.get(3).confirmed().loss(), 1e-12);
    }

    @Test
    void writesOneRowPerCandidateBestFirst() throws IOException {
        List<Evaluation> search = List.of(at(1, 1.0, 0.3), at(2, 2.0, 0.1));
        List<Confirmation> c = Confirmation.run(search, 1, v -> new Evaluation(0, v, v[0], 3));
        Path file = dir.resolve(Confirmation.FILE);
        Confirmation.write(file, List.of(new FreeParameter("a.b", 0, 5)), c);
        List<String> lines = Files.readAllLines(file);
        assertEquals("evaluation,search_loss,search_within,confirmed_loss,confirmed_within,chosen,a.b", lines.get(0));
        assertEquals("1,0.3,0,1.0,3,true,1.0", lines.get(1));
        assertEquals("2,0.1,0,2.0,3,false,2.0", lines.get(2));
        assertTrue(lines.size() == 3);
    }
}

package org.highland.experiment.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** Evaluates a design point after point and ranks screening rows. */
public final class Screening {
    private Screening() {
    }

    /**
     * The effects at every point, in point order. Points run one after the other (each point's
     * replications use the threads), so results do not depend on scheduling.
     *
     * @param done called after each point with its effects and index, e.g. to report progress
     */
    public static List<PointEffect> evaluate(List<double[]> points, EffectModel model,
                                             ObjIntConsumer<PointEffect> done) {
        List<PointEffect> effects = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            PointEffect e = model.effects(points.get(p).clone());
            effects.add(e);
            done.accept(e, p);
        }
        return effects;
    }

    /** The rows of one output with ranks by importance, largest first; ties keep factor order. */
    static List<ScreeningRow> ranked(List<ScreeningRow> block) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            order.add(i);
        }
        // NaN (an output a factor leaves undefined) ranks last.
        order.sort(Comparator.comparingDouble((Integer i) -> {
            double v = block.get(i).importance();
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : -v;
        }).thenComparingInt(i -> i));
        List<ScreeningRow> out = new ArrayList<>(block);
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            out.set(i, block.get(i).withRank(rank + 1));
        }
        return out;
    }
}

package org.highland.experiment.calibration;

import java.util.List;
import java.util.function.Function;
import org.highland.experiment.validation.Target;
import org.highland.experiment.validation.Validation;
import org.highland.experiment.validation.ValidationRow;

/** Scores candidates against targets with the validation's loss. */
public final class Scoring {
    private Scoring() {
    }

    /** Simulates a candidate and scores it; the evaluation's index is left 0 for the search to set. */
    public static Function<double[], Evaluation> of(Simulator simulator, List<Target> targets) {
        return values -> {
            List<ValidationRow> rows = Validation.evaluate(targets, simulator.simulate(values));
            long within = rows.stream().filter(r -> r.within() && r.target().calibration()).count();
            return new Evaluation(0, values, Validation.loss(rows), (int) within);
        };
    }
}

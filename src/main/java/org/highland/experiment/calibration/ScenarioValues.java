package org.highland.experiment.calibration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Problem;
import org.highland.scenario.Scenario;

/** Reads the current values of the free parameters from a scenario: the search's start. */
public final class ScenarioValues {
    private ScenarioValues() {
    }

    /**
     * @throws CalibrationException naming, each by where it was read and in line order, every
     *                              problem of {@link #problems}
     */
    public static double[] of(Scenario scenario, List<FreeParameter> parameters) {
        List<RowProblem> problems = new ArrayList<>();
        double[] values = read(scenario, parameters, problems);
        if (!problems.isEmpty()) {
            throw new CalibrationException(RowProblem.report(problems));
        }
        return values;
    }

    /**
     * Every free parameter that is not a number of the scenario, whose range leaves the
     * parameter's validity bounds (a candidate there could not be simulated, and the search would
     * stop at it), or whose scenario value lies outside its range, each at its line.
     */
    public static List<RowProblem> problems(Scenario scenario, List<FreeParameter> parameters) {
        List<RowProblem> problems = new ArrayList<>();
        read(scenario, parameters, problems);
        return problems;
    }

    /** The scenario's values of the parameters, adding to {@code problems} those of {@link #problems}. */
    private static double[] read(Scenario scenario, List<FreeParameter> parameters, List<RowProblem> problems) {
        Map<String, ParameterRow> rows = new LinkedHashMap<>();
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, scenario)) {
            rows.put(row.path(), row);
        }
        double[] values = new double[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            FreeParameter p = parameters.get(i);
            ParameterRow row = rows.get(p.path());
            if (row == null) {
                problems.add(p.problem("free parameter " + p.path() + " is not a number of the scenario. Fix: "
                        + Problem.ended(LocatedDocument.didYouMeanParameter(p.path(), rows.keySet(),
                        "use a path listed by `highland params`"))));
                continue;
            }
            if (p.min() < row.min() || p.max() > row.max()) {
                problems.add(p.problem(p.path() + ": expected a range within its validity bounds [" + plain(row.min())
                        + ", " + plain(row.max()) + "], got [" + plain(p.min()) + ", " + plain(p.max()) + "]; the search"
                        + " would stop at the first candidate outside them. Fix: keep both ends within the bounds."));
                continue;
            }
            values[i] = row.number();
            if (values[i] < p.min() || values[i] > p.max()) {
                problems.add(p.problem("free parameter " + p.path() + " = " + row.value() + " lies outside its range ["
                        + plain(p.min()) + ", " + plain(p.max()) + "]. Fix: widen the range or change the scenario."));
            }
        }
        return values;
    }

    /** A bound as written in a file: 0.5, 3, -0.08 (no exponent, no trailing zeros). */
    private static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }
}

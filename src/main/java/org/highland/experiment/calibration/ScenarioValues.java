package org.highland.experiment.calibration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;

/** Reads the current values of the free parameters from a scenario: the search's start. */
public final class ScenarioValues {
    private ScenarioValues() {
    }

    /**
     * @throws CalibrationException if a path is not a number of the scenario, or its value lies
     *                              outside the parameter's range
     */
    public static double[] of(Scenario scenario, List<FreeParameter> parameters) {
        Map<String, String> current = new HashMap<>();
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, scenario)) {
            current.put(row.path(), row.value());
        }
        double[] values = new double[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            FreeParameter p = parameters.get(i);
            String v = current.get(p.path());
            if (v == null) {
                throw new CalibrationException("free parameter " + p.path() + " is not a number of the scenario."
                        + " Fix: use a path listed by `highland params`.");
            }
            values[i] = Double.parseDouble(v);
            if (values[i] < p.min() || values[i] > p.max()) {
                throw new CalibrationException("free parameter " + p.path() + " = " + v + " lies outside its range ["
                        + p.min() + ", " + p.max() + "]. Fix: widen the range or change the scenario.");
            }
        }
        return values;
    }
}

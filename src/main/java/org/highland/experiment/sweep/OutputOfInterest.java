package org.highland.experiment.sweep;

import java.io.Serializable;

/**
 * A quantity an experiment records per task: one metric in one area and year, of the base, of a
 * variant, or the difference variant minus base (same seed and replication: common random
 * numbers).
 *
 * @param metric     metric name, e.g. {@code cumulative_innovative_drug_approvals}
 * @param area       area key, e.g. {@code Zhejiang}
 * @param year       calendar year
 * @param scenario   {@code base} or the name of a variant
 * @param difference whether the value is {@code scenario} minus base
 */
public record OutputOfInterest(String metric, String area, int year, String scenario, boolean difference)
        implements Serializable {
    public static final String BASE = "base";

    /** The {@code scenario} column of outputs.csv: {@code base}, {@code trial} or {@code trial-base}. */
    public String scenarioLabel() {
        return difference ? scenario + "-" + BASE : scenario;
    }

    /** {@code scenario:metric:area:year}, as printed in sensitivity tables. */
    public String label() {
        return scenarioLabel() + ":" + metric + ":" + area + ":" + year;
    }
}

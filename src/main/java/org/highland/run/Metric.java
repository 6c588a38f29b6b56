package org.highland.run;

import java.io.Serializable;

/**
 * One output quantity recorded once a year per area.
 *
 * @param name        snake_case name; matches the {@code metric} column of baseline-figures.csv
 *                    where the concept is the same
 * @param unit        unit in snake_case
 * @param flow        true for a per-year flow (summed over the year's months), false for a stock or
 *                    ratio read at the end of the year
 * @param description one line for reports
 */
public record Metric(String name, String unit, boolean flow, String description) implements Serializable {
}

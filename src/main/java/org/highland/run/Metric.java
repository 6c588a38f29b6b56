package org.highland.run;

import java.io.Serializable;

/**
 * One output quantity recorded once a year per area.
 *
 * @param name        snake_case name; matches the {@code metric} column of baseline-figures.csv
 *                    where the concept is the same
 * @param unit        unit in snake_case
 * @param flow        true for an amount of the year (a flow: the year's revenue or R&D summed over
 *                    its months, the events counted in it, its harvest), false for a level read at
 *                    the end of the year (a stock, a ratio or a rate); the legends say which, and a
 *                    chart draws a flow as steps with a "per year" axis
 * @param description one line for reports
 */
public record Metric(String name, String unit, boolean flow, String description) implements Serializable {
}

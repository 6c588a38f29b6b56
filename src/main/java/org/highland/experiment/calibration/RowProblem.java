package org.highland.experiment.calibration;

import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with a row of a free-parameter table, for a report of all of them at once.
 *
 * @param line    the row's line in its file (from 1); 0 for a free parameter not read from a file
 * @param message the whole message, starting with {@code file:line: } where there is a file
 */
public record RowProblem(int line, String message) {

    /** The messages in line order, one a line; problems of one line in the order given. */
    public static String report(List<RowProblem> problems) {
        return String.join("\n", problems.stream().sorted(Comparator.comparingInt(RowProblem::line))
                .map(RowProblem::message).toList());
    }
}

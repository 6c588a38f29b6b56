package org.highland.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be read: carries every {@link Problem} found, and renders them one per line
 * as its message so a command line tool can print {@link #getMessage()} and stop.
 */
public class ScenarioException extends RuntimeException {
    private final List<Problem> problems;

    /** @param problems at least one problem, in the order they should be shown */
    public ScenarioException(List<Problem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order found (file order for parsing, field order for validation). */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        return problems.stream().map(Problem::render).collect(Collectors.joining("\n"));
    }
}

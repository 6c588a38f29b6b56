package org.highland.experiment.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * Reads a resolved scenario shipped as YAML text (a sweep's or a command's tasks on a cluster),
 * with a point's {@code --set}s, through the ordinary reader (so a task checks its values exactly as
 * the command line would). The text is read as it is, with no file between: executors of a cluster
 * have none of the user's files, and a temporary one could vanish under a task still reading it
 * while the JVM shuts down. Reading costs about as much as a small replication, so the last few
 * scenarios read are kept (the replications of a point, run one after another, share them).
 */
public final class ScenarioTexts {
    private static final int KEPT = 32;
    /** How a shipped scenario is named in messages: the user's file is not there to name. */
    static final String LABEL = "the scenario shipped to the tasks";

    private static final Map<List<Object>, Scenario> RECENT = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Scenario> eldest) {
            return size() > KEPT;
        }
    };

    private ScenarioTexts() {
    }

    public static Scenario load(String yaml, List<String> sets) {
        List<Object> key = List.of(yaml, List.copyOf(sets));
        synchronized (RECENT) {
            Scenario kept = RECENT.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Scenario scenario = Scenarios.loadText(LABEL, yaml, sets);
        synchronized (RECENT) {
            RECENT.put(key, scenario);
        }
        return scenario;
    }
}

package org.highland.experiment.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * Reads a resolved scenario shipped as YAML text (a sweep's or a command's tasks on a cluster),
 * with a point's {@code --set}s, through the ordinary reader (so a task checks its values exactly as
 * the command line would). The reader reads files, and executors of a cluster have none of the
 * user's: the text goes to a temporary file, deleted as soon as it has been read, and by a shutdown
 * hook when Ctrl-C or kill (SIGTERM) stops the JVM during the read; only SIGKILL then leaves one
 * behind. Reading costs about as much as a small replication,
 * so the last few scenarios read are kept (the replications of a point, run one after another,
 * share them).
 */
public final class ScenarioTexts {
    private static final int KEPT = 32;
    /** The temporary files being read now, which the shutdown hook deletes if the JVM stops meanwhile. */
    private static final Set<Path> READING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> READING.forEach(f -> f.toFile().delete()),
                "highland-scenario-texts-cleanup"));
    }
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
        Scenario scenario = read(yaml, sets);
        synchronized (RECENT) {
            RECENT.put(key, scenario);
        }
        return scenario;
    }

    private static Scenario read(String yaml, List<String> sets) {
        Path file;
        try {
            file = Files.createTempFile("highland-scenario-", ".yaml");
            READING.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a scenario for the tasks", e);
        }
        try {
            Files.writeString(file, yaml);
            return Scenarios.load(file, sets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a scenario for the tasks to " + file, e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The scenario was read; a file the system will not delete now is left to it.
            }
            READING.remove(file);
        }
    }
}

package org.highland.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * A command's replications shipped to a cluster (serialized: the scenario as its resolved YAML)
 * give exactly the results of the scenario as loaded, so Spark writes the thread pool's bytes.
 */
class ReplicationTasksTest {
    @Test
    void serializedTasksRunTheSameReplicationsAsTheLoadedScenario() throws Exception {
        Scenario base = Scenarios.load(Path.of("scenarios", "shanghai-trial-support.yaml"), List.of())
                .withEndYear(2016).withRun(7L, 2);
        ReplicationTasks tasks = ReplicationTasks.of(k -> base, 2, 0.03, 7L);
        ReplicationTasks shipped = roundTrip(tasks);
        assertNotSame(tasks, shipped);
        ReplicationResult here = tasks.run(1);
        ReplicationResult there = roundTrip(shipped.run(1));
        assertEquals(1, there.replication());
        assertEquals(here.metrics(), there.metrics());
        assertEquals(here.areas(), there.areas());
        int compared = 0;
        for (int m = 0; m < here.metrics().size(); m++) {
            for (int a = 0; a < here.areas().size(); a++) {
                for (int y = here.firstYear(); y <= here.lastYear(); y++) {
                    assertEquals(Double.doubleToLongBits(here.value(m, a, y)), Double.doubleToLongBits(there.value(m, a, y)),
                            here.metrics().get(m).name() + " " + here.areas().get(a) + " " + y);
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 100, "compared " + compared + " values");
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}

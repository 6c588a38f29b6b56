package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.highland.experiment.io.Counts;
import org.junit.jupiter.api.Test;

/** Console counts read as English: no "1 replications". */
class CountsTest {
    @Test
    void oneTakesTheSingularEveryOtherCountThePlural() {
        assertEquals("1 replication", Counts.of(1, "replication"));
        assertEquals("0 factors", Counts.of(0, "factor"));
        assertEquals("12 tasks", Counts.of(12, "task"));
        assertEquals("1 candidate", CalibrateCommand.candidates(1));
    }
}

package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A pipeline's parallel project arrays give back their room as projects leave. */
class PipelineArraysTest {
    @Test
    void theArraysHalveWhenAQuarterFullKeepingTheirOrderAndNeverGoBelowTheFirstCapacity() {
        Pipeline pl = new Pipeline();
        int capacity = 16;
        Project[] held = new Project[capacity];
        pl.projects = new Project[capacity];
        pl.projectCodes = new int[capacity];
        pl.projectQualities = new double[capacity];
        for (int i = 0; i < capacity; i++) {
            held[i] = new Project(null, i);
            pl.projects[i] = held[i];
            pl.projectCodes[i] = 100 + i;
            pl.projectQualities[i] = 0.5 + i;
        }
        pl.shrinkIfSparse(5);
        assertEquals(16, pl.projects.length, "5 of 16 is more than a quarter");
        pl.shrinkIfSparse(4);
        assertEquals(8, pl.projects.length);
        assertEquals(8, pl.projectCodes.length);
        assertEquals(8, pl.projectQualities.length);
        for (int i = 0; i < 4; i++) {
            assertSame(held[i], pl.projects[i]);
            assertEquals(100 + i, pl.projectCodes[i]);
            assertEquals(0.5 + i, pl.projectQualities[i]);
        }
        pl.shrinkIfSparse(3);
        assertEquals(8, pl.projects.length, "3 of 8 is more than a quarter");
        for (int k = 0; k < 5; k++) {
            pl.shrinkIfSparse(0);
        }
        assertEquals(2, pl.projects.length, "never below the first capacity");
        assertEquals(2, pl.projectCodes.length);
        assertEquals(2, pl.projectQualities.length);
    }
}

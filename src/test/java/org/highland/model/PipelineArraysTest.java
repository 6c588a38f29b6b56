package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A pipeline's project array gives back its room as projects leave. */
class PipelineArraysTest {
    @Test
    void theArrayHalvesWhenAQuarterFullKeepingItsOrderAndNeverGoesBelowTheFirstCapacity() {
        Pipeline pl = new Pipeline();
        int capacity = 16;
        Project[] held = new Project[capacity];
        pl.projects = new Project[capacity];
        for (int i = 0; i < capacity; i++) {
            held[i] = new Project(null, i);
            pl.projects[i] = held[i];
        }
        pl.shrinkIfSparse(5);
        assertEquals(16, pl.projects.length, "5 of 16 is more than a quarter");
        pl.shrinkIfSparse(4);
        assertEquals(8, pl.projects.length);
        for (int i = 0; i < 4; i++) {
            assertSame(held[i], pl.projects[i]);
        }
        pl.shrinkIfSparse(3);
        assertEquals(8, pl.projects.length, "3 of 8 is more than a quarter");
        for (int k = 0; k < 5; k++) {
            pl.shrinkIfSparse(0);
        }
        assertEquals(2, pl.projects.length, "never below the first capacity");
    }

    @Test
    void theArrayDoublesOnlyWhenFull() {
        Pipeline pl = new Pipeline();
        pl.ensureRoom(1);
        assertEquals(2, pl.projects.length, "room for a second project");
        pl.ensureRoom(2);
        assertEquals(4, pl.projects.length);
        pl.projects = new Project[0];
        pl.ensureRoom(0);
        assertEquals(2, pl.projects.length, "an empty array grows to the first capacity");
    }
}

package org.highland.scenario;

/**
 * Implemented by a scenario record whose fields constrain each other (for example a phase-1 cap
 * that must not exceed the phase-3 cap). The reader calls {@link #check} after mapping and range
 * checks, with paths relative to where the record sits in the scenario.
 */
public interface Checked {
    /** Reports every violated constraint through {@code checks}; must not throw for bad values. */
    void check(Checks checks);
}

package org.highland.scenario;

/**
 * Collects cross-field violations for a {@link Checked} record. Paths are relative to the record:
 * {@code "phase1MaxMillion"}, {@code "shares[2]"}, {@code "costs.hospital"}, or {@code ""} for the
 * record itself.
 */
@FunctionalInterface
public interface Checks {
    /**
     * Records a problem unless {@code ok}.
     *
     * @param ok           the constraint holds
     * @param relativePath field the user should change, relative to the checked record
     * @param expected     what a valid value looks like, e.g. {@code "at most phase3MaxMillion (10)"}
     * @param remedy       what to do, e.g. {@code "lower phase1MaxMillion or raise phase3MaxMillion"}
     */
    void require(boolean ok, String relativePath, String expected, String remedy);
}

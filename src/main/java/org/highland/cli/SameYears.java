package org.highland.cli;

import java.nio.file.Path;
import org.highland.model.spec.TimeSpec;
import org.highland.scenario.Scenario;

/**
 * A variant is compared with its base year by year from one start (compare's differences and
 * cost-effectiveness, screen's effects): one simulating other years would leave years unpaired,
 * or start its history in another year, and its figures would be no policy effect.
 */
final class SameYears {
    private SameYears() {
    }

    /** Refuses a variant whose start or end year differs from its base's, naming the field and both files. */
    static void require(Path baseFile, Scenario base, Path variantFile, Scenario variant) {
        TimeSpec b = base.time();
        TimeSpec v = variant.time();
        if (v.startYear() != b.startYear()) {
            throw new BadInputException(variantFile + ": time.startYear: expected the base's " + b.startYear() + " ("
                    + baseFile + "), since a variant is compared with its base year by year from one start; got "
                    + v.startYear() + ". Fix: give both the same time.startYear.");
        }
        if (v.endYear() != b.endYear()) {
            throw new BadInputException(variantFile + ": time.endYear: expected the base's " + b.endYear() + " ("
                    + baseFile + "), since a variant is compared with its base year by year; got " + v.endYear()
                    + ". Fix: give both the same time.endYear, or pass --end to run both to one year.");
        }
    }
}

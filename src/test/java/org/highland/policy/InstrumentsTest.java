package org.highland.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.highland.run.Metric;
import org.highland.run.PairedChange;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every instrument, in force 2018-2020 in Zhejiang, against the same world without it (same seed
 * and replications, so common random numbers): it moves its metric the expected way, changes
 * nothing before it starts, pays only in its region and years and never beyond its budget, and
 * records a shortfall when the budget binds.
 */
class InstrumentsTest {
    private static final int START = InstrumentCase.START;
    private static final int END = InstrumentCase.END;
    private static final String OUTLAY = "policy_outlay.p";

    static Stream<InstrumentCase> cases() {
        return InstrumentCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void movesItsMetricTheExpectedWayInItsRegion(InstrumentCase c) {
        List<ReplicationResult> base = PolicyRuns.base();
        List<ReplicationResult> with = PolicyRuns.withPolicy(c.yaml());
        double b = PolicyRuns.meanSum(base, c.metric(), c.area(), START, PolicyRuns.LAST_YEAR);
        double w = PolicyRuns.meanSum(with, c.metric(), c.area(), START, PolicyRuns.LAST_YEAR);
        assertTrue(c.direction() * (w - b) > 0, c + ": " + c.metric() + " " + b + " -> " + w);
        for (String other : PolicyRuns.REGIONS) {
            if (other.equals(c.region())) {
                continue;
            }
            double bo = PolicyRuns.meanSum(base, c.metric(), other, START, PolicyRuns.LAST_YEAR);
            double wo = PolicyRuns.meanSum(with, c.metric(), other, START, PolicyRuns.LAST_YEAR);
            if (c.type().equals("talent-tax-rebate")) {
                // The rebate draws talent from the neighbours: that is its mechanism.
                assertTrue(wo < bo, other + " should lose talent: " + bo + " -> " + wo);
            } else if (bo == 0) {
                assertEquals(0.0, wo, c + " in " + other);
            } else {
                // Regions interact through talent migration and the national venture pool (a region
                // whose pipelines gain value draws money from the others): a spill-over, in absolute
                // terms smaller than the effect where the policy acts.
                // Small counts at this scale are noisy: the bound allows two paired standard errors.
                double noise = 2 * pairedStandardError(base, with, c.metric(), other);
                assertTrue(Math.abs(wo - bo) < 0.5 * Math.abs(w - b) + noise,
                        c + " in " + other + ": " + bo + " -> " + wo + " (paired noise " + noise + ") vs "
                                + b + " -> " + w + " in " + c.region());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void changesNothingBeforeItStarts(InstrumentCase c) {
        List<ReplicationResult> base = PolicyRuns.base();
        List<ReplicationResult> with = PolicyRuns.withPolicy(c.yaml());
        for (int k = 0; k < base.size(); k++) {
            ReplicationResult b = base.get(k);
            ReplicationResult w = with.get(k);
            for (Metric m : b.metrics()) {
                for (String area : b.areas()) {
                    for (int y = PolicyRuns.FIRST_YEAR; y < START; y++) {
                        assertEquals(b.value(m.name(), area, y), w.value(m.name(), area, y),
                                c + ": " + m.name() + " " + area + " " + y);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void paysOnlyInItsRegionAndYearsWithinItsBudget(InstrumentCase c) {
        List<ReplicationResult> with = PolicyRuns.withPolicy(c.yaml());
        double total = 0;
        for (ReplicationResult r : with) {
            for (int y = PolicyRuns.FIRST_YEAR; y <= PolicyRuns.LAST_YEAR; y++) {
                for (String region : PolicyRuns.REGIONS) {
                    double paid = r.value(OUTLAY, region, y);
                    boolean inForce = region.equals(c.region()) && y >= START && y <= END;
                    if (!inForce) {
                        assertEquals(0.0, paid, c + " paid in " + region + " " + y);
                        continue;
                    }
                    assertTrue(paid <= c.budgetMillion() * (1 + 1e-9), c + " " + y + ": " + paid);
                    // The instrument's account and the region's total outlay agree.
                    assertEquals(r.value("policy_outlay", region, y), paid, 1e-6 * Math.max(1, paid));
                    total += paid;
                }
            }
        }
        if (c.pays()) {
            assertTrue(total > 0, c + " recorded no outlay");
        } else {
            assertEquals(0.0, total, c + " is a price policy and costs nothing");
        }
    }

    static Stream<InstrumentCase> payingCases() {
        return cases().filter(InstrumentCase::pays);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payingCases")
    void stopsAtABindingBudgetAndRecordsTheShortfall(InstrumentCase c) {
        double peak = 0;
        for (ReplicationResult r : PolicyRuns.withPolicy(c.yaml())) {
            for (int y = START; y <= END; y++) {
                peak = Math.max(peak, r.value(OUTLAY, c.region(), y));
            }
        }
        double budget = Math.round(peak * 0.3 * 1000) / 1000.0;
        List<ReplicationResult> tight = PolicyRuns.withPolicy(c.yaml(budget));
        double shortfall = 0;
        double paid = 0;
        for (ReplicationResult r : tight) {
            for (int y = START; y <= END; y++) {
                double outlay = r.value(OUTLAY, c.region(), y);
                assertTrue(outlay <= budget * (1 + 1e-9), c + " " + y + ": " + outlay + " > " + budget);
                paid += outlay;
                shortfall += r.value("policy_shortfall", c.region(), y);
            }
        }
        assertTrue(paid > 0, c + " paid nothing under a budget of " + budget);
        assertTrue(shortfall > 0, c + " recorded no shortfall under a budget of " + budget + " (peak " + peak + ")");
    }

    /** Standard error of the mean paired difference (policy minus base) of a metric summed over the years. */
    private static double pairedStandardError(List<ReplicationResult> base, List<ReplicationResult> with,
                                              String metric, String area) {
        return PairedChange.of(base, with,
                r -> PolicyRuns.meanSum(List.of(r), metric, area, START, PolicyRuns.LAST_YEAR)).standardError();
    }
}

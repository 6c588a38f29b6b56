package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project pipelines in a running model: every stage entry is watched through the instrument
 * hooks, so the durations and outcomes drawn on entry, and the transitions that follow, can be
 * compared with the route's parameters. Clinical stages are compared with the probability and
 * mean that apply to that firm in that month (its staff shortage stretches the durations).
 */
class PipelineTest {
    private static final double SIGMAS = 4.0;
    /** Stage cells with fewer entries are skipped: a 4-sigma band is then too wide to mean much. */
    private static final int MIN_ENTRIES = 50;

    @TempDir
    static Path dir;
    private static Probe probe;
    private static World world;

    @BeforeAll
    static void runOneReplication() {
        // A pipeline-heavy variant: more opportunities per firm, so every stage of every route is
        // entered often enough in a short run.
        Scenario scenario = ModelRuns.scenario(dir, "pipeline", """
                policies:
                  probe: {type: clinical-trial-support, region: all, costShare: 0}
                """,
                "sectors.innovativeDrug.projectStartsPerYear=0.8",
                "sectors.genericDrug.projectStartsPerYear=0.3",
                "sectors.medicalDevice.projectStartsPerYear=0.3",
                "sectors.tcm.projectStartsPerYear=0.3",
                "time.endYear=2030");
        HighlandSim sim = ModelRuns.start(scenario, 0.1, 11, 0);
        world = sim.world();
        // The probe follows projects and firms by identity over the years, which January's
        // copies would end (CompactCopyTest shows the copies change no result).
        world.compactYearly = false;
        probe = new Probe();
        ModelRuns.bindProbe(world, "probe", probe);
        ModelRuns.run(sim, scenario.time().months(), w -> { });
        probe.close(world, ModelRuns.livingFirms(world));
    }

    @Test
    void everyTransitionHappensExactlyWhenTheCountdownEndsAndOnlyAfterADrawnSuccess() {
        assertEquals(List.of(), probe.violations.subList(0, Math.min(10, probe.violations.size())));
        assertTrue(probe.transitions > 1000, "too few transitions observed: " + probe.transitions);
        assertTrue(probe.checkedFailures > 1000, "too few failures checked: " + probe.checkedFailures);
    }

    @Test
    void drawnOutcomesMatchTheSuccessProbabilityOfEveryStage() {
        int cells = 0;
        for (Cell c : probe.cells()) {
            if (c.entries < MIN_ENTRIES) {
                continue;
            }
            cells++;
            assertWithin(c.successes, c.sumP, c.sumPQ, c + " drawn successes");
        }
        assertTrue(cells >= 12, "only " + cells + " stages were entered often enough");
    }

    @Test
    void observedTransitionFrequenciesMatchTheSuccessProbability() {
        // Only entries whose stage ended before the run did, in a firm that was still alive, have
        // an observable outcome; the share of those that moved on must match the probability.
        int cells = 0;
        for (Cell c : probe.cells()) {
            if (c.resolved < MIN_ENTRIES) {
                continue;
            }
            cells++;
            assertWithin(c.movedOn, c.resolvedSumP, c.resolvedSumPQ, c + " observed transitions");
        }
        assertTrue(cells >= 12, "only " + cells + " stages had enough resolved entries");
    }

    @Test
    void drawnDurationsMatchTheStageMeanAndCv() {
        int cells = 0;
        for (Cell c : probe.cells()) {
            if (c.entries < MIN_ENTRIES) {
                continue;
            }
            cells++;
            // Durations are whole months: rounding adds variance 1/12 and (nearly) no bias.
            double cv = c.route.durationCv[c.stage];
            double variance = c.sumMeanSquared * cv * cv + c.entries / 12.0;
            assertWithin(c.sumMonths, c.sumMean, variance, c + " total months");
            // Spread: months / mean has sd cv (plus rounding). Gamma kurtosis is 3 + 6 cv^2.
            double n = c.entries;
            double meanRatio = c.sumRatio / n;
            double sd = Math.sqrt(Math.max(0, c.sumRatioSquared / n - meanRatio * meanRatio));
            double expectedVar = cv * cv + c.sumRoundingVar / n;
            double relativeError = Math.sqrt((2 + 6 * cv * cv) / n);
            double observedVar = sd * sd;
            assertTrue(Math.abs(observedVar / expectedVar - 1) <= SIGMAS * relativeError,
                    String.format(Locale.ROOT, "%s: duration cv %.4f, expected %.4f (n %d)", c,
                            sd, Math.sqrt(expectedVar), c.entries));
        }
        assertTrue(cells >= 12, "only " + cells + " stages were entered often enough");
    }

    private static void assertWithin(double observed, double expected, double variance, String what) {
        double band = SIGMAS * Math.sqrt(variance) + 1e-9;
        assertTrue(Math.abs(observed - expected) <= band, String.format(Locale.ROOT,
                "%s: observed %.1f, expected %.1f +- %.1f", what, observed, expected, band));
    }

    /** Tallies for one stage of one route. */
    static final class Cell {
        final Route route;
        final int stage;
        int entries;
        double sumP;
        double sumPQ;
        int successes;
        double sumMonths;
        double sumMean;
        double sumMeanSquared;
        double sumRatio;
        double sumRatioSquared;
        double sumRoundingVar;
        int resolved;
        double resolvedSumP;
        double resolvedSumPQ;
        int movedOn;

        Cell(Route route, int stage) {
            this.route = route;
            this.stage = stage;
        }

        @Override
        public String toString() {
            return route.kind + " " + route.stage(stage);
        }
    }

    /** One stage entry as drawn. */
    private static final class Entry {
        final Cell cell;
        final Enterprise firm;
        final int month;
        final int monthsLeft;
        final boolean willSucceed;
        final double probability;
        boolean movedOn;

        Entry(Cell cell, Enterprise firm, int month, int monthsLeft, boolean willSucceed, double probability) {
            this.cell = cell;
            this.firm = firm;
            this.month = month;
            this.monthsLeft = monthsLeft;
            this.willSucceed = willSucceed;
            this.probability = probability;
        }
    }

    /** Records every stage entry and approval; pays nothing and expects no support. */
    static final class Probe implements Instrument {
        final List<String> violations = new ArrayList<>();
        final Map<Route, Cell[]> cells = new IdentityHashMap<>();
        final Map<Project, Entry> current = new IdentityHashMap<>();
        final List<Entry> all = new ArrayList<>();
        int transitions;
        int checkedFailures;

        List<Cell> cells() {
            List<Cell> list = new ArrayList<>();
            for (Cell[] byStage : cells.values()) {
                list.addAll(List.of(byStage));
            }
            return list;
        }

        @Override
        public void onStageEntered(World w, Enterprise firm, Project project) {
            Route route = project.route;
            int i = project.stageIndex;
            Entry before = current.get(project);
            if (before != null) {
                moveOn(w, before, route, i - 1, "entered " + route.stage(i));
            }
            double p = route.successProbability[i];
            double mean = route.meanMonths[i];
            // A firm short of staff stretches its stages; success does not depend on talent.
            mean *= firm.staffingStretch(route.stage(i));
            Cell cell = cells.computeIfAbsent(route, r -> newCells(r))[i];
            Entry entry = new Entry(cell, firm, w.month(), project.monthsLeft(), project.willSucceed, p);
            current.put(project, entry);
            all.add(entry);
            cell.entries++;
            cell.sumP += p;
            cell.sumPQ += p * (1 - p);
            cell.successes += project.willSucceed ? 1 : 0;
            cell.sumMonths += project.monthsLeft();
            cell.sumMean += mean;
            cell.sumMeanSquared += mean * mean;
            double ratio = project.monthsLeft() / mean;
            cell.sumRatio += ratio;
            cell.sumRatioSquared += ratio * ratio;
            cell.sumRoundingVar += 1.0 / 12.0 / (mean * mean);
        }

        @Override
        public void onApproval(World w, Enterprise firm, Project project) {
            Entry before = current.remove(project);
            if (before != null) {
                moveOn(w, before, project.route, project.route.stageCount() - 1, "was approved");
            }
        }

        private void moveOn(World w, Entry before, Route route, int expectedStage, String what) {
            transitions++;
            before.movedOn = true;
            if (before.cell.stage != expectedStage) {
                violations.add(route.kind + " project " + what + " from stage " + before.cell.stage);
            }
            if (!before.willSucceed) {
                violations.add(route.kind + " project " + what + " after a drawn failure");
            }
            if (w.month() - before.month != before.monthsLeft) {
                violations.add(route.kind + " project " + what + " after " + (w.month() - before.month)
                        + " months; its countdown was " + before.monthsLeft);
            }
        }

        /** After the run: tallies the entries whose outcome had time to show. */
        void close(World w, Set<Enterprise> alive) {
            int lastMonth = w.month();
            for (Entry e : all) {
                if (!alive.contains(e.firm) || e.month + e.monthsLeft > lastMonth) {
                    continue;
                }
                Cell c = e.cell;
                c.resolved++;
                c.resolvedSumP += e.probability;
                c.resolvedSumPQ += e.probability * (1 - e.probability);
                c.movedOn += e.movedOn ? 1 : 0;
                if (e.willSucceed && !e.movedOn) {
                    violations.add(c + ": a drawn success never moved on although its firm lived");
                }
                if (!e.willSucceed) {
                    checkedFailures++;
                }
            }
        }

        private static Cell[] newCells(Route route) {
            Cell[] byStage = new Cell[route.stageCount()];
            for (int s = 0; s < byStage.length; s++) {
                byStage[s] = new Cell(route, s);
            }
            return byStage;
        }
    }
}

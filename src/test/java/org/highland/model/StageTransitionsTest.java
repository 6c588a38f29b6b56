package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's stage gates against hand-computed values, on routes made deterministic (durations
 * without spread, success probabilities of 0 or 1, whole trial registrations, peak sales without
 * residual spread): what is counted on a start, an IND filing, a clinical phase and a launch, the
 * stage's months under levers and staff shortage, and the launched product's peak sales.
 */
class StageTransitionsTest {
    private static final String DRUG = "routes.innovativeDrug.stages";
    private static final String GENERIC = "routes.genericDrug.stages";

    @TempDir
    Path dir;

    private World world() {
        Scenario scenario = ModelRuns.scenario(dir, "gates", "policies: {}\n",
                DRUG + "[0].successProbability=0",
                DRUG + "[1].successProbability=1",
                DRUG + "[2].successProbability=1", DRUG + "[2].meanMonths=10", DRUG + "[2].durationCv=0",
                DRUG + "[2].trialRegistrations=2",
                DRUG + "[3].meanMonths=10", DRUG + "[3].durationCv=0",
                DRUG + "[5].successProbability=1",
                GENERIC + "[0].meanMonths=8", GENERIC + "[0].durationCv=0",
                GENERIC + "[1].trialRegistrations=3",
                GENERIC + "[2].successProbability=1",
                "routes.innovativeDrug.peakSalesSigma=0", "routes.genericDrug.peakSalesSigma=0",
                "firms.shortageDelay=0.5");
        return ModelRuns.valuedWorld(scenario);
    }

    @Test
    void startsFilingsAndTrialsAreCounted() {
        World world = world();
        Region region = world.region("Zhejiang");
        Enterprise firm = ModelRuns.firmOutsideParks(region, Sector.INNOVATIVE_DRUG);
        Route drug = world.route(ProjectKind.INNOVATIVE_DRUG);
        Route generic = world.route(ProjectKind.GENERIC_DRUG);

        Project p = StageTransitions.start(firm, world, drug, 1.3);
        assertEquals(1, firm.projectCount);
        assertEquals(1.3, p.quality, 0.0);
        assertEquals(0, p.stageIndex);
        assertEquals(1, firm.projectsStarted);
        assertFalse(p.willSucceed, "discovery succeeds with probability 0 here");
        assertTrue(p.monthsLeft() >= 1);
        assertEquals(1, region.counters.get(Counter.PROJECT_STARTS), 0.0);
        assertEquals(1, region.counters.get(Counter.INNOVATIVE_PROJECT_STARTS), 0.0);
        assertFalse(StageTransitions.finish(firm, world, p), "a failed stage ends the project");

        Project g = StageTransitions.start(firm, world, generic, 1.0);
        assertEquals(2, firm.projectsStarted);
        assertEquals(2, region.counters.get(Counter.PROJECT_STARTS), 0.0);
        assertEquals(1, region.counters.get(Counter.INNOVATIVE_PROJECT_STARTS), 0.0, "a generic is not innovative");
        // No staff shortage (fill 1): the generic's discovery lasts its mean, 8 months.
        assertEquals(8, g.monthsLeft());

        // IND: a clinical application, counted by acceptance number (1.78 per innovative project
        // in defaults.yaml); passing it a clinical approval, counted the same way.
        StageTransitions.enter(firm, world, p, 1);
        assertEquals(1.78, region.counters.get(Counter.CLINICAL_APPLICATIONS), 0.0);
        assertEquals(1.78, region.counters.get(Counter.INNOVATIVE_CLINICAL_APPLICATIONS), 0.0);
        assertEquals(0, region.counters.get(Counter.CLINICAL_TRIALS), 0.0, "filing is no trial");
        assertTrue(p.willSucceed);
        assertTrue(firm.pipeline.financingStale, "entering a stage makes the firm's financing sums stale");
        firm.registerForFinancing();
        // The failed drug is still held (its visit drops it), in IND now, and the generic in discovery.
        assertEquals(ProjectCodes.bit(ProjectKind.INNOVATIVE_DRUG, Stage.IND) | ProjectCodes.bit(ProjectKind.GENERIC_DRUG, Stage.DISCOVERY),
                firm.pipeline.stageMask, "the firm's stage mask follows the stage");
        boolean continues = ProjectDecision.value(firm, ProjectKind.INNOVATIVE_DRUG, 2, 1.3) >= 0;
        assertEquals(continues, StageTransitions.finish(firm, world, p));
        assertEquals(1.78, region.counters.get(Counter.CLINICAL_APPROVALS), 0.0);
        assertEquals(1.78, region.counters.get(Counter.INNOVATIVE_CLINICAL_APPROVALS), 0.0);

        // Phase I registers 2 trials of an innovative drug; the generic's BE study 3 trials.
        StageTransitions.enter(firm, world, p, 2);
        double trials = continues ? 4 : 2;
        assertEquals(trials, region.counters.get(Counter.CLINICAL_TRIALS), 0.0);
        assertEquals(trials, region.counters.get(Counter.INNOVATIVE_CLINICAL_TRIALS), 0.0);
        StageTransitions.enter(firm, world, g, 1);
        assertEquals(trials + 3, region.counters.get(Counter.CLINICAL_TRIALS), 0.0);
        assertEquals(trials, region.counters.get(Counter.INNOVATIVE_CLINICAL_TRIALS), 0.0);
        assertEquals(1.78, region.counters.get(Counter.CLINICAL_APPLICATIONS), 0.0, "the generic files no IND");
    }

    @Test
    void stageMonthsStretchWithTheScarcerStaffAndTheReviewLevers() {
        World world = world();
        Region region = world.region("Jiangsu");
        Enterprise firm = ModelRuns.firmOutsideParks(region, Sector.INNOVATIVE_DRUG);
        Route drug = world.route(ProjectKind.INNOVATIVE_DRUG);
        region.fill[TalentTier.SENIOR_RD.ordinal()] = 0.6;
        region.fill[TalentTier.LEADING.ordinal()] = 0.5;
        // Clinical: the scarcer fill binds, 1 + 0.5 x (1 - 0.5); discovery needs senior staff
        // only, 1 + 0.5 x 0.4; the regulator's reviews need none.
        assertEquals(1.25, StageTransitions.staffingStretch(firm, Stage.PHASE2), 1e-12);
        assertEquals(1.2, StageTransitions.staffingStretch(firm, Stage.DISCOVERY), 1e-12);
        assertEquals(1.0, StageTransitions.staffingStretch(firm, Stage.IND), 0.0);
        assertEquals(1.0, StageTransitions.staffingStretch(firm, Stage.NDA), 0.0);
        region.fill[TalentTier.SENIOR_RD.ordinal()] = 0.4;
        assertEquals(1.3, StageTransitions.staffingStretch(firm, Stage.PHASE1), 1e-12, "senior staff scarcer now");

        // Phase II of 10 months, shortened to 0.8 by a review reform and stretched by 1.3: 10.4 -> 10.
        region.levers.scaleStageMonths(ProjectKind.INNOVATIVE_DRUG, Stage.PHASE2, 0.8);
        Project p = StageTransitions.start(firm, world, drug, 1.0);
        StageTransitions.enter(firm, world, p, 3);
        assertEquals(10, p.monthsLeft());
        region.levers.scaleStageMonths(ProjectKind.INNOVATIVE_DRUG, Stage.PHASE2, 1.25);
        StageTransitions.enter(firm, world, p, 3);
        assertEquals(13, p.monthsLeft(), "10 x 1.3");
        // A stage never lasts less than a month.
        region.levers.scaleStageMonths(ProjectKind.INNOVATIVE_DRUG, Stage.PHASE2, 0.001);
        StageTransitions.enter(firm, world, p, 3);
        assertEquals(1, p.monthsLeft());
    }

    @Test
    void aLaunchDrawsPeakSalesAtTheProductsQualityAndPrice() {
        World world = world();
        Region region = world.region("Anhui");
        Enterprise firm = ModelRuns.firmOutsideParks(region, Sector.GENERIC_DRUG);
        Route drug = world.route(ProjectKind.INNOVATIVE_DRUG);
        Route generic = world.route(ProjectKind.GENERIC_DRUG);
        Project p = StageTransitions.start(firm, world, drug, 1.5);
        StageTransitions.enter(firm, world, p, 5);
        assertTrue(StageTransitions.finish(firm, world, p), "NDA passed: launched");
        assertTrue(p.launched);
        assertEquals(450, p.peakSales(), 1e-9, "1.5 x 300");
        assertEquals(0, p.monthsOnMarket());
        assertEquals(1, region.counters.get(Counter.INNOVATIVE_DRUG_APPROVALS), 0.0);
        assertTrue(firm.pipeline.financingStale, "launching makes the firm's financing sums stale");
        firm.registerForFinancing();
        assertEquals(ProjectCodes.bit(ProjectKind.INNOVATIVE_DRUG, Stage.APPROVED), firm.pipeline.stageMask);

        // A generic sells at the month's generic price index (volume-based procurement).
        region.levers.genericPriceIndex = 0.5;
        Project g = StageTransitions.start(firm, world, generic, 2.0);
        StageTransitions.enter(firm, world, g, 2);
        assertTrue(StageTransitions.finish(firm, world, g));
        assertEquals(30, g.peakSales(), 1e-9, "0.5 x 2 x 30");
        assertEquals(1, region.counters.get(Counter.GENERIC_DRUG_APPROVALS), 0.0);
        assertEquals(1, region.counters.get(Counter.INNOVATIVE_DRUG_APPROVALS), 0.0);
    }

    @Test
    void eachKindCountsItsApprovalsAndASeededProjectCountsNothing() {
        assertEquals(Counter.INNOVATIVE_DRUG_APPROVALS, StageTransitions.approvalCounter(ProjectKind.INNOVATIVE_DRUG));
        assertEquals(Counter.GENERIC_DRUG_APPROVALS, StageTransitions.approvalCounter(ProjectKind.GENERIC_DRUG));
        assertEquals(Counter.CLASS3_DEVICE_APPROVALS, StageTransitions.approvalCounter(ProjectKind.CLASS3_DEVICE));
        assertEquals(Counter.OTHER_DEVICE_APPROVALS, StageTransitions.approvalCounter(ProjectKind.OTHER_DEVICE));
        assertEquals(Counter.TCM_APPROVALS, StageTransitions.approvalCounter(ProjectKind.TCM_PRODUCT));

        World world = world();
        Region region = world.region("Shanghai");
        Enterprise firm = ModelRuns.firmOutsideParks(region, Sector.INNOVATIVE_DRUG);
        Route drug = world.route(ProjectKind.INNOVATIVE_DRUG);
        // Phase I of 10 months at 0.6 million a month, caught part-way: the rest costs months left x 0.6.
        double cost = StageTransitions.seed(firm, drug, 2, 1.1);
        Project p = firm.pipeline.projects[0];
        assertEquals(2, p.stageIndex);
        assertTrue(p.monthsLeft() >= 1 && p.monthsLeft() <= 10, "months left " + p.monthsLeft());
        assertEquals(p.monthsLeft() * 0.6, cost, 1e-12);
        assertTrue(p.willSucceed, "phase I succeeds with probability 1 here");
        assertEquals(0, region.counters.get(Counter.PROJECT_STARTS), 0.0);
        assertEquals(0, region.counters.get(Counter.CLINICAL_TRIALS), 0.0);
    }
}

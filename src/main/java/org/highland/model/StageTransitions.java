package org.highland.model;

import org.highland.model.random.Draws;
import org.highland.model.random.SplitMix64;

/**
 * What happens to a firm's project at a stage gate: a project starts (or is seeded at the start,
 * part-way through a stage), enters a stage (its duration and outcome drawn once, its filings
 * counted, policy notified), finishes a stage (fails, is stopped by the firm's decision, moves on,
 * or launches with its peak sales drawn). The firm's month ({@link PipelineVisit}) calls these in
 * the order the projects are visited.
 */
final class StageTransitions {
    private StageTransitions() {
    }

    /** Resolves the stage just finished; false when the project failed or was stopped and must be removed. */
    static boolean finish(Enterprise firm, World world, Project p) {
        Stage finished = p.route.stages[p.stageIndex];
        if (!p.willSucceed) {
            return false;
        }
        Region region = firm.region;
        if (finished == Stage.IND) {
            // Counted as the registries count them: by acceptance number (RouteSpec).
            double approvals = p.route.spec.acceptanceNumbersPerApplication();
            region.counters.add(Counter.CLINICAL_APPROVALS, approvals);
            if (p.route.kind == ProjectKind.INNOVATIVE_DRUG) {
                region.counters.add(Counter.INNOVATIVE_CLINICAL_APPROVALS, approvals);
            }
        }
        if (p.stageIndex + 1 < p.route.stageCount()) {
            if (!ProjectDecision.proceed(firm, p, p.stageIndex + 1)) {
                return false;
            }
            enter(firm, world, p, p.stageIndex + 1);
        } else {
            launch(firm, world, p);
        }
        return true;
    }

    /** Draws the stage's duration and outcome once, counts its filings and notifies policy. */
    static void enter(Enterprise firm, World world, Project p, int stageIndex) {
        Region region = firm.region;
        Route route = p.route;
        p.stageIndex = (byte) stageIndex;
        markStagesChanged(firm);
        Stage stage = route.stages[stageIndex];
        double meanMonths = route.meanMonths[stageIndex] * region.levers.stageMonthsMultiplier(route.kind, stage);
        double probability = route.successProbability[stageIndex];
        meanMonths *= staffingStretch(firm, stage);
        p.months = Math.max(1, (int) Math.round(Draws.gamma(p.random(), meanMonths, route.durationCv[stageIndex])));
        p.willSucceed = p.random().nextDouble() < probability;
        boolean innovative = route.kind == ProjectKind.INNOVATIVE_DRUG;
        if (stage == Stage.IND) {
            double applications = route.spec.acceptanceNumbersPerApplication();
            region.counters.add(Counter.CLINICAL_APPLICATIONS, applications);
            if (innovative) {
                region.counters.add(Counter.INNOVATIVE_CLINICAL_APPLICATIONS, applications);
            }
        }
        if (stage.clinical() && route.kind.drug()) {
            int trials = Draws.roundRandom(p.random(), route.trialRegistrations[stageIndex]);
            region.counters.add(Counter.CLINICAL_TRIALS, trials);
            if (innovative) {
                region.counters.add(Counter.INNOVATIVE_CLINICAL_TRIALS, trials);
            }
        }
        region.government.stageEntered(world, firm, p);
    }

    /**
     * Stretch of a stage's mean duration when the firm is short of the staff the stage needs:
     * 1 + shortageDelay x (1 - fill). Discovery needs senior R&D staff; a clinical phase needs
     * senior R&D staff and a leading talent to run it, so the scarcer of the two binds. The
     * regulator's reviews (IND, NDA) need no staff of the firm. A firm hires from its region's
     * pool at the pool's fill rate of last month's demand, so every firm of a region has that
     * fill. Success probabilities do not depend on talent.
     */
    static double staffingStretch(Enterprise firm, Stage stage) {
        Region region = firm.region;
        double fill;
        if (stage.clinical()) {
            fill = Math.min(region.fill[TalentTier.SENIOR_RD.ordinal()], region.fill[TalentTier.LEADING.ordinal()]);
        } else if (stage == Stage.DISCOVERY) {
            fill = region.fill[TalentTier.SENIOR_RD.ordinal()];
        } else {
            return 1.0;
        }
        return 1.0 + region.world.firmSpec.shortageDelay() * (1.0 - fill);
    }

    private static void launch(Enterprise firm, World world, Project p) {
        Region region = firm.region;
        double price = p.route.kind == ProjectKind.GENERIC_DRUG ? region.levers.genericPriceIndex : 1.0;
        // The project's last draw: its generator's state then holds the peak sales.
        p.launch(price * p.quality * Draws.lognormal(p.random(), p.route.spec.peakSalesMillion(), p.route.residualSigma));
        markStagesChanged(firm);
        region.counters.add(approvalCounter(p.route.kind), 1);
        region.government.approved(world, firm, p);
    }

    /**
     * The project's stage changed or it launched: its firm's financing sums and stage mask are
     * stale (summed afresh at the firm's financing registration this month).
     */
    private static void markStagesChanged(Enterprise firm) {
        firm.pipeline.financingStale = true;
    }

    static Counter approvalCounter(ProjectKind kind) {
        switch (kind) {
            case INNOVATIVE_DRUG:
                return Counter.INNOVATIVE_DRUG_APPROVALS;
            case GENERIC_DRUG:
                return Counter.GENERIC_DRUG_APPROVALS;
            case CLASS3_DEVICE:
                return Counter.CLASS3_DEVICE_APPROVALS;
            case OTHER_DEVICE:
                return Counter.OTHER_DEVICE_APPROVALS;
            default:
                return Counter.TCM_APPROVALS;
        }
    }

    /** A new project of the firm: counted as a start, then it enters its first stage. */
    static Project start(Enterprise firm, World world, Route route, double quality) {
        return start(firm, world, route, quality, numberedSeed(firm));
    }

    /** A project started from an opportunity, its generator seeded by the opportunity's ({@code seed}). */
    static Project start(Enterprise firm, World world, Route route, double quality, long seed) {
        Project p = new Project(route, seed);
        p.quality = quality;
        boolean joinsPlan = firm.addStartedProject(p);
        Region region = firm.region;
        region.counters.add(Counter.PROJECT_STARTS, 1);
        if (route.kind == ProjectKind.INNOVATIVE_DRUG) {
            region.counters.add(Counter.INNOVATIVE_PROJECT_STARTS, 1);
        }
        enter(firm, world, p, 0);
        if (joinsPlan) {
            PipelineVisit.joinQuietPlan(firm, p);
        }
        return p;
    }

    /**
     * A project already under way at the start, caught at a random moment of its stage: the
     * stage's length is length-biased and the time left uniform within it, as in a pipeline in
     * steady state. Nothing is counted. Returns the cost of the rest of the stage, million yuan.
     */
    static double seed(Enterprise firm, Route route, int stageIndex, double quality) {
        Project p = new Project(route, numberedSeed(firm));
        p.quality = quality;
        p.stageIndex = (byte) stageIndex;
        double length = Draws.gammaInProgress(p.random(), route.meanMonths[stageIndex], route.durationCv[stageIndex]);
        p.months = 1 + (int) (p.random().nextDouble() * Math.max(1.0, length));
        p.willSucceed = p.random().nextDouble() < route.successProbability[stageIndex];
        firm.addProject(p);
        return p.months * route.costPerMonth[stageIndex];
    }

    /**
     * Seed of a project numbered by its firm (1 = the first), derived from the firm's stream seed:
     * the start year's pipeline and projects made by hand.
     */
    private static long numberedSeed(Enterprise firm) {
        int serial = ++firm.projectsStarted;
        return SplitMix64.mix(firm.streamSeed + serial * 0x9E3779B97F4A7C15L);
    }
}

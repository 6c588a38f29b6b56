package org.highland.model;

import java.util.Arrays;
import org.highland.model.random.Draws;
import org.highland.model.random.SplitMix64;
import org.highland.model.random.Uniform;
import org.highland.model.spec.CapitalSpec;
import org.highland.model.spec.SectorSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * An enterprise: grows its revenue, spends on R&D, runs a pipeline of projects, is financed, and
 * exits when it runs out of cash for too long. Money is in million yuan; revenue is an annual
 * run-rate. {@link FirmsStep} runs its step, then closes its month with {@link Settlement}.
 */
public final class Enterprise implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final Project[] NO_PROJECTS = new Project[0];
    private static final int[] NO_CODES = new int[0];
    private static final double[] NO_QUALITIES = new double[0];

    final long id;
    public final Sector sector;
    /** The firm's province; changes when it moves between regions ({@link RelocationProcess}). */
    Region region;
    /** Where the firm sits; changes when it relocates ({@link RelocationProcess}). */
    Park park;
    final SectorSpec sectorSpec;
    /** Decisions (opportunities, kind, acceptance) and the firm's own traits. */
    final SplitMix64 random;
    /** Root of the firm's derived generators: one per project, one per one-off event. */
    final long streamSeed;
    private int projectsStarted;

    int ageMonths;
    int exitAgeMonths;
    /** Revenue of the firm's established business, million yuan per year. */
    double baseRevenue;
    /** Sales of launched products, million yuan per year. */
    double productRevenue;
    /**
     * Products past exclusivity, pooled: their sales decline at the sales-weighted monthly factor.
     * Pooling keeps the per-firm project list short; otherwise decades of generics would stay on it.
     */
    double matureSales;
    double matureDecline = 1.0;
    /** Sector trend plus the region's growth shift; recomputed when the firm changes region. */
    double trendGrowth;
    double growthDeviation;
    double cash;
    final double registeredCapital;

    double rdMonth;
    double rdYear;
    double revenueYear;
    double rdLastYear;
    double revenueLastYear;

    float seniorStaff;
    float skilledStaff;
    /** Corporate income tax: this year to date and the losses carried forward. */
    final TaxPosition tax;

    boolean hightech;
    boolean listed;
    int monthsNegativeCash;
    int monthsToListing = -1;
    int monthsToOpportunity;
    /** The weight the firm last registered for financing (value x stage preference + seed + revenue). */
    double financingWeight;
    /** The firm's place among its region's financing candidates of the month (-1: none). */
    int candidateIndex = -1;

    Project[] projects = NO_PROJECTS;
    int projectCount;
    int clinicalProjects;
    int discoveryProjects;
    /**
     * Per project, parallel to {@link #projects}: its kind, stage and whether investors count the
     * stage as early ({@link ProjectCodes}), and its quality. The monthly financing weight is
     * computed from these two small arrays, so a month without a pipeline event touches no
     * project object.
     */
    int[] projectCodes = NO_CODES;
    double[] projectQualities = NO_QUALITIES;
    /**
     * The pipeline between events: the months until a project's stage ends or a product's sales
     * change (ramp month or end of exclusivity), the months skipped since the projects were last
     * visited, and the spend and sales a month without an event repeats (summed in array order at
     * the cost factor of the last visit, as the visit itself sums them). A new or acquired project
     * marks the pipeline for a visit next month.
     */
    int monthsToPipelineEvent;
    int skippedPipelineMonths;
    boolean pipelineChanged = true;
    double quietSpend;
    double quietSales;
    double quietCostFactor = Double.NaN;

    Enterprise(long id, Sector sector, Region region, Park park, long seed, double revenue,
               double cash, double registeredCapital) {
        this.id = id;
        this.sector = sector;
        this.region = region;
        this.park = park;
        this.sectorSpec = region.world.sectors[sector.ordinal()];
        this.random = new SplitMix64(seed);
        this.streamSeed = random.nextLong();
        this.baseRevenue = revenue;
        this.cash = cash;
        this.registeredCapital = registeredCapital;
        // The park's agglomeration bonus is read monthly (growRevenue): it follows the firm's park.
        this.trendGrowth = trendGrowth(sectorSpec, region);
        this.growthDeviation = sectorSpec.growthSd() * random.nextGaussian();
        this.tax = new TaxPosition(region.world.taxSpec.maxCarryYears());
        this.exitAgeMonths = drawLifetime(random);
        this.monthsToOpportunity = drawOpportunityGap();
    }

    /** Steps 4-5: revenue grows, projects progress, new projects start, R&D is spent. */
    @Override
    public void step(SimState state) {
        World world = region.world;
        ageMonths++;
        growRevenue(world);
        double projectSpend = advanceProjects(world);
        if (--monthsToOpportunity <= 0) {
            considerNewProject(world);
            monthsToOpportunity = drawOpportunityGap();
        }
        double revenue = revenue();
        rdMonth = revenue / 12.0 * sectorSpec.baseRdShare() + projectSpend;
        rdYear += rdMonth;
        revenueYear += revenue / 12.0;
        registerDemand(world, revenue);
    }

    /** January: this year's R&D and revenue become last year's. */
    void rollYear() {
        rdLastYear = rdYear;
        revenueLastYear = revenueYear;
        rdYear = 0;
        revenueYear = 0;
    }

    private void growRevenue(World world) {
        double growth = ((trendGrowth + park.growthBonus) * world.growthLevel + growthDeviation
                + region.levers.growthBonus[sector.ordinal()]) / 12.0;
        if (growth > 0) {
            growth *= region.fill[TalentTier.SKILLED.ordinal()];
        }
        baseRevenue *= 1.0 + growth;
        growthDeviation *= world.growthDeviationDecay;
    }

    /**
     * Advances every project one month; returns this month's project spend. A month without an
     * event (no stage ends, no product's sales change, no project added, the same cost factor)
     * repeats last month's spend and sales and touches no project; the next visit catches up the
     * skipped months' countdowns, so every draw happens in the month and order it did when each
     * project was visited monthly.
     */
    private double advanceProjects(World world) {
        double costFactor = stageCostFactor();
        boolean quiet = --monthsToPipelineEvent > 0 && !pipelineChanged && costFactor == quietCostFactor;
        if (quiet && !world.visitProjectsMonthly) {
            skippedPipelineMonths++;
            matureSales *= matureDecline;
            productRevenue = quietSales + matureSales;
            return quietSpend;
        }
        return fullVisit(world, costFactor);
    }

    /** Visits every project: catches up the skipped months, then advances each one month. */
    private double fullVisit(World world, double costFactor) {
        int skipped = skippedPipelineMonths;
        double spend = 0;
        double sales = 0;
        int clinical = 0;
        int discovery = 0;
        int i = 0;
        while (i < projectCount) {
            Project p = projects[i];
            catchUp(p, skipped);
            if (p.launched) {
                if (!advanceProduct(p)) {
                    removeProject(i);
                    continue;
                }
                sales += p.sales;
                i++;
                continue;
            }
            spend += p.route.costPerMonth[p.stageIndex] * costFactor;
            if (--p.monthsLeft <= 0 && !finishStage(world, p)) {
                removeProject(i);
                continue;
            }
            if (!p.launched) {
                Stage s = p.route.stages[p.stageIndex];
                if (s.clinical()) {
                    clinical++;
                } else if (s == Stage.DISCOVERY) {
                    discovery++;
                }
            }
            i++;
        }
        matureSales *= matureDecline;
        productRevenue = sales + matureSales;
        clinicalProjects = clinical;
        discoveryProjects = discovery;
        planQuietMonths(costFactor);
        return spend;
    }

    /** Applies months skipped since the project's last visit (none of them held an event). */
    private static void catchUp(Project p, int skipped) {
        if (p.launched) {
            p.monthsOnMarket += skipped;
        } else {
            p.monthsLeft -= skipped;
        }
    }

    /** Brings every project's countdown up to date, e.g. before projects change hands. */
    void catchUpProjects() {
        for (int i = 0; i < projectCount; i++) {
            catchUp(projects[i], skippedPipelineMonths);
        }
        skippedPipelineMonths = 0;
    }

    /**
     * After a visit: the spend and sales of the following months without an event, summed in
     * array order as a visit sums them, and the months until the next event.
     */
    private void planQuietMonths(double costFactor) {
        double spend = 0;
        double sales = 0;
        int next = Integer.MAX_VALUE;
        for (int i = 0; i < projectCount; i++) {
            Project p = projects[i];
            Route r = p.route;
            if (p.launched) {
                sales += p.sales;
                next = Math.min(next, monthsToSalesChange(p, r));
            } else {
                spend += r.costPerMonth[p.stageIndex] * costFactor;
                next = Math.min(next, p.monthsLeft);
            }
        }
        quietSpend = spend;
        quietSales = sales;
        quietCostFactor = costFactor;
        monthsToPipelineEvent = next;
        skippedPipelineMonths = 0;
        pipelineChanged = false;
    }

    /** Months until a product's sales next change: 1 while it ramps, else when it joins the mature pool. */
    private static int monthsToSalesChange(Project p, Route r) {
        if (p.monthsOnMarket + 1 <= r.rampMonths) {
            return 1;
        }
        int pooledAt = (int) Math.floor(Math.max(r.exclusivityMonths, r.rampMonths)) + 1;
        return Math.max(1, pooledAt - p.monthsOnMarket);
    }

    /**
     * Ramps a product's sales to peak and holds them through exclusivity; then the product joins
     * the mature pool (returns false: it leaves the project list).
     */
    private boolean advanceProduct(Project p) {
        Route r = p.route;
        p.monthsOnMarket++;
        if (p.monthsOnMarket <= r.rampMonths) {
            p.sales = p.peakSales * p.monthsOnMarket / r.rampMonths;
        }
        if (p.monthsOnMarket <= Math.max(r.exclusivityMonths, r.rampMonths)) {
            return true;
        }
        double pooled = matureSales + p.sales;
        if (pooled > 0) {
            matureDecline = (matureSales * matureDecline + p.sales * r.monthlyPostExclusivityFactor) / pooled;
        }
        matureSales = pooled;
        return false;
    }

    /** Resolves the stage just finished; false when the project failed and must be removed. */
    private boolean finishStage(World world, Project p) {
        Stage finished = p.route.stages[p.stageIndex];
        if (!p.willSucceed) {
            return false;
        }
        if (finished == Stage.IND) {
            region.counters.add(Counter.CLINICAL_APPROVALS, 1);
            if (p.route.kind == ProjectKind.INNOVATIVE_DRUG) {
                region.counters.add(Counter.INNOVATIVE_CLINICAL_APPROVALS, 1);
            }
        }
        if (p.stageIndex + 1 < p.route.stageCount()) {
            if (!ProjectDecision.proceed(this, p, p.stageIndex + 1)) {
                return false;
            }
            enterStage(world, p, p.stageIndex + 1);
        } else {
            launch(world, p);
        }
        return true;
    }

    /** Draws the stage's duration and outcome once, counts its filings and notifies policy. */
    void enterStage(World world, Project p, int stageIndex) {
        Route route = p.route;
        p.stageIndex = stageIndex;
        recode(p);
        Stage stage = route.stages[stageIndex];
        double meanMonths = route.meanMonths[stageIndex] * region.levers.stageMonthsMultiplier(route.kind, stage);
        double probability = route.successProbability[stageIndex];
        meanMonths *= staffingStretch(stage);
        p.monthsLeft = Math.max(1, (int) Math.round(Draws.gamma(p.random, meanMonths, route.durationCv[stageIndex])));
        p.willSucceed = p.random.nextDouble() < probability;
        boolean innovative = route.kind == ProjectKind.INNOVATIVE_DRUG;
        if (stage == Stage.IND) {
            region.counters.add(Counter.CLINICAL_APPLICATIONS, 1);
            if (innovative) {
                region.counters.add(Counter.INNOVATIVE_CLINICAL_APPLICATIONS, 1);
            }
        }
        if (stage.clinical() && route.kind.drug()) {
            int trials = Draws.roundRandom(p.random, route.trialRegistrations[stageIndex]);
            region.counters.add(Counter.CLINICAL_TRIALS, trials);
            if (innovative) {
                region.counters.add(Counter.INNOVATIVE_CLINICAL_TRIALS, trials);
            }
        }
        region.government.stageEntered(world, this, p);
    }

    /**
     * Stretch of a stage's mean duration when the firm is short of the staff the stage needs:
     * 1 + shortageDelay x (1 - fill). Discovery needs senior R&D staff; a clinical phase needs
     * senior R&D staff and a leading talent to run it, so the scarcer of the two binds. The
     * regulator's reviews (IND, NDA) need no staff of the firm. A firm hires from its region's
     * pool at the pool's fill rate of last month's demand, so every firm of a region has that
     * fill. Success probabilities do not depend on talent.
     */
    double staffingStretch(Stage stage) {
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

    private void launch(World world, Project p) {
        p.launched = true;
        p.monthsOnMarket = 0;
        p.sales = 0;
        recode(p);
        double price = p.route.kind == ProjectKind.GENERIC_DRUG ? region.levers.genericPriceIndex : 1.0;
        double residual = ProjectValuation.residualSigma(p.route.spec, world.firmSpec.opportunityQualitySigma());
        p.peakSales = price * p.quality * Draws.lognormal(p.random, p.route.spec.peakSalesMillion(), residual);
        region.counters.add(approvalCounter(p.route.kind), 1);
        region.government.approved(world, this, p);
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

    /** Months until the outside exit hazard strikes (exponential). */
    int drawLifetime(Uniform random) {
        double hazard = sectorSpec.exitHazard();
        return hazard <= 0 ? Integer.MAX_VALUE / 2
                : (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(Draws.exponential(random, 12.0 / hazard)));
    }

    /**
     * Opportunity countdowns run at the ceiling rate (the sector's reference arrival rate x the
     * region's opportunity multiplier x firms.opportunityCeiling x the firm's R&D capacity, from
     * its revenue when the countdown is drawn); thinning keeps the share
     * innovationLevel / ceiling, so the trend acts at once without redrawing any countdown.
     */
    private int drawOpportunityGap() {
        double ceiling = region.world.opportunityCeiling(sectorSpec, region) * region.capacity.factor(sector, revenue());
        if (ceiling <= 0) {
            return Integer.MAX_VALUE;
        }
        return Math.max(1, (int) Math.ceil(Draws.exponential(random, 12.0 / ceiling)));
    }

    /** An opportunity draws its kind and quality whatever happens next (draws stay aligned across variants). */
    private void considerNewProject(World world) {
        double thinning = random.nextDouble();
        int kind = Draws.categorical(random, world.kindShares[sector.ordinal()]);
        double quality = Draws.lognormal(random, 1.0, world.firmSpec.opportunityQualitySigma());
        if (thinning * world.firmSpec.opportunityCeiling() >= world.innovationLevel) {
            return;
        }
        Route route = world.routes[kind];
        if (ProjectDecision.start(this, route, quality)) {
            startProject(world, route, quality);
        }
    }

    Project startProject(World world, Route route, double quality) {
        Project p = newProject(route);
        p.quality = quality;
        addProject(p);
        region.counters.add(Counter.PROJECT_STARTS, 1);
        if (route.kind == ProjectKind.INNOVATIVE_DRUG) {
            region.counters.add(Counter.INNOVATIVE_PROJECT_STARTS, 1);
        }
        enterStage(world, p, 0);
        return p;
    }

    /**
     * Share of a yuan of planned development cost the firm bears: its park's platforms cut the
     * cost, and with taxable profit corporate income tax and the extra R&D deduction cut it further
     * ({@link CorporateTax#afterTaxCostFactor}).
     */
    double afterTaxCostFactor() {
        return region.world.corporateTax.afterTaxCostFactor(this) * stageCostFactor();
    }

    /** Share of a yuan of future product profit the firm keeps after corporate income tax. */
    double afterTaxRevenueFactor() {
        return 1.0 - region.world.corporateTax.rate(this);
    }

    /**
     * A project already under way at the start, caught at a random moment of its stage: the
     * stage's length is length-biased and the time left uniform within it, as in a pipeline in
     * steady state. Nothing is counted. Returns the cost of the rest of the stage, million yuan.
     */
    double seedProject(Route route, int stageIndex, double quality) {
        Project p = newProject(route);
        p.quality = quality;
        p.stageIndex = stageIndex;
        double length = Draws.gammaInProgress(p.random, route.meanMonths[stageIndex], route.durationCv[stageIndex]);
        p.monthsLeft = 1 + (int) (p.random.nextDouble() * Math.max(1.0, length));
        p.willSucceed = p.random.nextDouble() < route.successProbability[stageIndex];
        addProject(p);
        return p.monthsLeft * route.costPerMonth[stageIndex];
    }

    /** A project with the next generator derived from this firm's stream seed. */
    private Project newProject(Route route) {
        projectsStarted++;
        Project p = new Project(route, new SplitMix64(SplitMix64.mix(streamSeed + projectsStarted * 0x9E3779B97F4A7C15L)));
        p.originFirm = id;
        p.serial = projectsStarted;
        return p;
    }

    /**
     * Share of a project stage's cost the firm pays where it sits now: its park's shared
     * platforms (CRO/CDMO, GMP pilot, animal facilities) cut it. Valuations should use it too.
     */
    double stageCostFactor() {
        return park.stageCostFactor;
    }

    /** A uniform for this firm and {@code salt} (e.g. salt and month), drawn without a generator. */
    double eventUniform(long salt) {
        return eventUniform(streamSeed, salt);
    }

    /** {@link #eventUniform(long)} of the firm with this stream seed, without visiting the firm. */
    static double eventUniform(long streamSeed, long salt) {
        return (SplitMix64.mix(streamSeed ^ SplitMix64.mix(salt)) >>> 11) * 0x1.0p-53;
    }

    /** Moves the firm to another location of its region, paying the one-off cost from cash. */
    void relocate(Park to, double costMillion) {
        cash -= costMillion;
        park.firms--;
        park.relocationsOut++;
        to.firms++;
        to.relocationsIn++;
        park = to;
    }

    /**
     * Moves the firm to a location of another region, paying the one-off cost from cash. The
     * caller hands it from its old region's firm array to the new one's; its id, generators,
     * projects and tax position stay, its trend growth takes the new region's growth shift.
     */
    void moveRegion(Region to, Park at, double costMillion) {
        cash -= costMillion;
        park.firms--;
        park.relocationsOut++;
        at.firms++;
        at.relocationsIn++;
        park = at;
        region = to;
        trendGrowth = trendGrowth(sectorSpec, to);
    }

    private static double trendGrowth(SectorSpec sectorSpec, Region region) {
        return sectorSpec.organicGrowth() + region.spec.growthShift();
    }

    /** A generator for a one-off event of this firm (e.g. listing), the same in every variant. */
    SplitMix64 eventRandom(long salt) {
        return new SplitMix64(SplitMix64.mix(streamSeed ^ salt));
    }

    void addProject(Project p) {
        // The skipped months are the present projects' alone: the new one's countdown starts now.
        catchUpProjects();
        if (projectCount == projects.length) {
            int capacity = Math.max(4, projectCount * 2);
            projects = Arrays.copyOf(projects, capacity);
            projectCodes = Arrays.copyOf(projectCodes, capacity);
            projectQualities = Arrays.copyOf(projectQualities, capacity);
        }
        projectCodes[projectCount] = ProjectCodes.of(p);
        projectQualities[projectCount] = p.quality;
        projects[projectCount++] = p;
        pipelineChanged = true;
    }

    private void removeProject(int i) {
        projects[i] = projects[--projectCount];
        projectCodes[i] = projectCodes[projectCount];
        projectQualities[i] = projectQualities[projectCount];
        projects[projectCount] = null;
    }

    /** Refreshes a project's code after its stage changed or it launched. */
    private void recode(Project p) {
        for (int i = 0; i < projectCount; i++) {
            if (projects[i] == p) {
                projectCodes[i] = ProjectCodes.of(p);
                return;
            }
        }
    }

    /** Expected value of the firm's projects at their current stages this month, million yuan. */
    double pipelineValue() {
        ProjectValuation valuation = region.valuation;
        int sectorIndex = sector.ordinal();
        double value = 0;
        for (int i = 0; i < projectCount; i++) {
            int code = projectCodes[i];
            value += ProjectCodes.launched(code) ? 0
                    : valuation.grossValue(sectorIndex, ProjectCodes.kind(code), ProjectCodes.stage(code), projectQualities[i]);
        }
        return value;
    }

    /**
     * Registers this month's staff needs with the region's pools (hired next month at the pool's
     * fill rate): senior R&D staff per clinical project and per million yuan of R&D, skilled staff
     * per million yuan of revenue, and leading talents per clinical project.
     */
    private void registerDemand(World world, double revenue) {
        region.demand[TalentTier.LEADING.ordinal()] += clinicalProjects * world.talentSpec.leadingPerClinicalProject();
        double seniorNeed = clinicalProjects * world.talentSpec.seniorPerClinicalProject()
                + rdMonth * 12.0 * world.talentSpec.seniorPerRdMillion();
        double skilledNeed = revenue * world.talentSpec.skilledPerRevenueMillion();
        region.demand[TalentTier.SENIOR_RD.ordinal()] += seniorNeed;
        region.demand[TalentTier.SKILLED.ordinal()] += skilledNeed;
        seniorStaff = (float) (seniorNeed * region.fill[TalentTier.SENIOR_RD.ordinal()]);
        skilledStaff = (float) (skilledNeed * region.fill[TalentTier.SKILLED.ordinal()]);
    }

    /**
     * Offers the firm to next month's investors with its weight: the expected value of each
     * project at its stage times the investors' stage preference, a seed term for innovative-drug
     * firms and a revenue term; adds its pipeline's value to the region's.
     */
    void registerForFinancing() {
        CapitalSpec capital = region.world.capitalSpec;
        ProjectValuation valuation = region.valuation;
        int sectorIndex = sector.ordinal();
        double early = capital.discoveryWeight();
        double late = capital.clinicalWeight();
        double value = 0;
        double preferred = 0;
        for (int i = 0; i < projectCount; i++) {
            int code = projectCodes[i];
            double v = ProjectCodes.launched(code) ? 0
                    : valuation.grossValue(sectorIndex, ProjectCodes.kind(code), ProjectCodes.stage(code), projectQualities[i]);
            value += v;
            preferred += v * (ProjectCodes.early(code) ? early : late);
        }
        financingWeight = (sector == Sector.INNOVATIVE_DRUG ? capital.innovatorWeight() : 0)
                + preferred + revenue() * capital.revenueWeight();
        region.pipelineValue += value;
        region.addCandidate(this, financingWeight);
    }

    /** Cash arrives from outside the firm (subsidy, financing, listing). */
    void receive(double million) {
        cash += million;
    }

    public double revenue() {
        return baseRevenue + productRevenue;
    }

    public Sector sector() {
        return sector;
    }

    public long id() {
        return id;
    }

    public Region region() {
        return region;
    }

    public Park park() {
        return park;
    }

    public double cash() {
        return cash;
    }

    public double registeredCapital() {
        return registeredCapital;
    }

    public double rdMonth() {
        return rdMonth;
    }

    public double rdYear() {
        return rdYear;
    }

    public double revenueYear() {
        return revenueYear;
    }

    public double rdLastYear() {
        return rdLastYear;
    }

    public double revenueLastYear() {
        return revenueLastYear;
    }

    public boolean hightech() {
        return hightech;
    }

    public boolean listed() {
        return listed;
    }

    public int ageMonths() {
        return ageMonths;
    }

    public int projectCount() {
        return projectCount;
    }

    public Project project(int i) {
        return projects[i];
    }

    public double financingWeight() {
        return financingWeight;
    }

    public int clinicalProjects() {
        return clinicalProjects;
    }

    public double seniorStaff() {
        return seniorStaff;
    }

    public double skilledStaff() {
        return skilledStaff;
    }

    public TaxPosition tax() {
        return tax;
    }
}

package org.highland.model;

import org.highland.model.random.Draws;
import org.highland.model.random.SplitMix64;
import org.highland.model.random.Uniform;
import org.highland.model.spec.SectorSpec;

/**
 * An enterprise: grows its revenue, spends on R&D, runs a pipeline of projects, is financed, and
 * exits when it runs out of cash for too long. Money is in million yuan; revenue is an annual
 * run-rate. {@link FirmsStep} runs its step, then closes its month with {@link Settlement}.
 */
public final class Enterprise extends TaxPosition implements Uniform {
    private static final long serialVersionUID = 1L;
    /** Salt of the opportunities' generators ({@link #opportunitySeed}). */
    private static final long OPPORTUNITY_SALT = 0x4F50504F52545559L;

    final long id;
    public final Sector sector;
    /** The firm's province; changes when it moves between regions ({@link RelocationProcess}). */
    Region region;
    /** Where the firm sits; changes when it relocates ({@link RelocationProcess}). */
    Park park;
    /**
     * State of the firm's own SplitMix64 generator ({@link #random()}): decisions (opportunities,
     * kind, acceptance) and the firm's own traits. Kept in the firm, so an opportunity month
     * reaches no second object.
     */
    private long randomState;
    /** Root of the firm's derived generators: one per project, one per one-off event. */
    final long streamSeed;
    int projectsStarted;

    /*
     * Months are counted in shorts: a run lasts at most 101 years (1,212 months, TimeSpec), so no
     * age or count reaches Short.MAX_VALUE (some 2,700 years), and a countdown drawn longer is
     * saturated there ({@link #months}), which no run can tell from the exact one. With the
     * month's R&D passed on as a value, the firm's object is 216 bytes instead of 264.
     */
    short ageMonths;
    short exitAgeMonths;
    /** Revenue of the firm's established business, million yuan per year. */
    double baseRevenue;
    /** Sales of launched products, million yuan per year. */
    double productRevenue;
    /** Sales of products launched since the start, this calendar year so far (million yuan). */
    private double productRevenueYear;
    double growthDeviation;
    double cash;

    double rdYear;
    double revenueYear;
    double rdLastYear;
    double revenueLastYear;

    boolean hightech;
    boolean listed;
    short monthsNegativeCash;
    short monthsToListing = -1;
    /**
     * The opportunity hazard left before the next arrival: drawn as Exp(1) and used up month by
     * month at the firm's current rate ({@link #stepMonth(MonthTerms)}), so an arrival comes when
     * the integrated rate passes the draw ({@link OpportunityArrivals}).
     */
    double opportunityHazardLeft;
    /** The weight the firm last registered for financing (value x stage preference + seed + revenue). */
    double financingWeight;
    /** The firm's place among its region's financing candidates of the month (-1: none). */
    int candidateIndex = -1;

    /**
     * The firm's projects and the state of its pipeline between events, null while it holds no
     * project and sells no product ({@link Pipeline}).
     */
    Pipeline pipeline;
    short projectCount;
    short clinicalProjects;

    Enterprise(long id, Sector sector, Region region, Park park, long seed, double revenue, double cash) {
        this.id = id;
        this.sector = sector;
        this.region = region;
        this.park = park;
        this.randomState = seed;
        this.streamSeed = nextLong();
        this.baseRevenue = revenue;
        this.cash = cash;
        this.growthDeviation = sectorSpec().growthSd() * nextGaussian();
        this.exitAgeMonths = months(drawLifetime(this));
        this.opportunityHazardLeft = OpportunityArrivals.hazardToNext(this);
    }

    /**
     * Steps 4-5: revenue grows, projects progress, new projects start, R&D is spent. Returns the
     * month's R&D spend (million yuan), which {@link Settlement} pays right after; the firm keeps
     * only the year's sum. Alone, outside the firms' sweep (the sweep passes its month's terms).
     */
    double stepMonth() {
        MonthTerms terms = new MonthTerms(region.world).open(region);
        double rdMonth = stepMonth(terms);
        terms.close();
        return rdMonth;
    }

    /** {@link #stepMonth()} in the firms' sweep, reading the region's month from {@code terms}. */
    double stepMonth(MonthTerms terms) {
        ageMonths++;
        MonthTerms.SectorTerms own = terms.sectors[sector.ordinal()];
        growRevenue(terms, own);
        double projectSpend = pipeline == null ? 0.0 : advanceProjects(region.world);
        double revenue = revenue();
        // The month's opportunity rate from the firm's revenue now, read without a test of the
        // sector (which the processor cannot foresee): a sector without a size effect has a rate
        // per power of 0 and its whole rate in the base.
        int arrivals = opportunitiesArriving(own.opportunityHazardBase
                + own.opportunityHazardPerPower * region.capacity.power(sector, revenue));
        if (arrivals > 0) {
            considerOpportunities(arrivals);
        }
        double rdMonth = revenue / 12.0 * own.baseRdShare + projectSpend;
        rdYear += rdMonth;
        revenueYear += revenue / 12.0;
        productRevenueYear += productRevenue / 12.0;
        registerDemand(terms, revenue, rdMonth);
        return rdMonth;
    }

    /**
     * Uses up this month's opportunity hazard (the month's rate) and returns how many
     * opportunities arrive: none while some of the hazard left remains, else one, and one more
     * for each fresh Exp(1) draw the rest of the month's hazard still passes.
     */
    int opportunitiesArriving(double hazard) {
        opportunityHazardLeft -= hazard;
        int arrivals = 0;
        while (opportunityHazardLeft < 0) {
            arrivals++;
            opportunityHazardLeft += OpportunityArrivals.hazardToNext(this);
        }
        return arrivals;
    }

    /** The month's {@code arrivals} opportunities, one after the other. */
    private void considerOpportunities(int arrivals) {
        World world = region.world;
        for (int i = 0; i < arrivals; i++) {
            considerNewProject(world, i);
        }
    }

    /**
     * A copy of the firm, with copies of its loss vintages, pipeline, projects and sales path,
     * each allocated right after the one before, so a sweep over the copies in array order reads
     * memory in address order ({@link FirmsStep}). Every field is copied (the object's clone), so
     * the copy behaves as the firm bit for bit; the caller puts it in the firm's place, and no
     * other reference to the old object may remain.
     */
    Enterprise compactCopy() {
        Enterprise copy;
        try {
            copy = (Enterprise) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
        if (pipeline != null) {
            copy.pipeline = pipeline.copy(projectCount);
        }
        // Only January reads the loss vintages: last, after what every month reads.
        copy.copyLossVintages();
        return copy;
    }

    /** January: this year's R&D and revenue become last year's. */
    void rollYear() {
        rdLastYear = rdYear;
        revenueLastYear = revenueYear;
        rdYear = 0;
        revenueYear = 0;
        productRevenueYear = 0;
    }

    private void growRevenue(MonthTerms terms, MonthTerms.SectorTerms own) {
        // The region's trend of the sector and the park's agglomeration bonus follow the firm when it moves.
        double growth = ((own.trendGrowth + park.growthBonus) * terms.growthLevel + growthDeviation
                + own.growthBonus) / 12.0;
        // Growth is held back by the skilled staff the firm could not hire; a decline is not.
        // Written without a test of the sign, which the processor mispredicts (a firm's sign is as
        // good as a coin toss to it): the same numbers as scaling a positive growth alone, since
        // growth - max(growth, 0) is 0 or growth, exactly.
        double rising = Math.max(growth, 0.0);
        growth = rising * terms.skilledFill + (growth - rising);
        baseRevenue *= 1.0 + growth;
        growthDeviation *= terms.growthDeviationDecay;
    }

    /**
     * Advances every project of the firm's pipeline one month; returns this month's project
     * spend (a firm without a pipeline spends nothing on projects and sells no product). A month
     * without an event (no stage ends, no product's sales change, no project added, the same cost
     * factor) repeats last month's spend and sales and touches no project; the next visit catches
     * up the skipped months' countdowns, so every draw happens in the month and order it did when
     * each project was visited monthly.
     */
    private double advanceProjects(World world) {
        Pipeline pl = pipeline;
        double costFactor = stageCostFactor();
        boolean quiet = --pl.monthsToPipelineEvent > 0 && !pl.pipelineChanged && costFactor == pl.quietCostFactor;
        if (quiet && !world.visitProjectsMonthly) {
            pl.skippedPipelineMonths++;
            pl.matureSales *= pl.matureDecline;
            double sales = pl.salesPath == null ? pl.quietSales : PipelineVisit.rampingSales(pl);
            productRevenue = sales + pl.matureSales;
            return pl.quietSpend;
        }
        return PipelineVisit.visit(this, world, costFactor);
    }

    /** Brings every project's countdown up to date, e.g. before projects change hands. */
    void catchUpProjects() {
        PipelineVisit.catchUpProjects(this);
    }

    /** Stretch of a stage's mean duration when the firm is short of staff ({@link StageTransitions#staffingStretch}). */
    double staffingStretch(Stage stage) {
        return StageTransitions.staffingStretch(this, stage);
    }

    /** Months until the outside exit hazard strikes (exponential). */
    int drawLifetime(Uniform random) {
        double hazard = sectorSpec().exitHazard();
        return hazard <= 0 ? Integer.MAX_VALUE / 2
                : (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(Draws.exponential(random, 12.0 / hazard)));
    }

    /**
     * The {@code index}-th opportunity of this month. It draws from its own generator, keyed by
     * the firm, the month and the index: its thinning, kind, quality and, if started, the
     * project's generator. So an opportunity is the same one in every variant where it arrives,
     * whatever the firm decided before, and the firm's own stream takes one draw per arrival (the
     * hazard to the next), whatever is done with it. An arrival of a kind the region draws less
     * of than the sector's likeliest kind is thinned to its share after one uniform
     * ({@link OpportunityPropensity}).
     */
    private void considerNewProject(World world, int index) {
        SplitMix64 draws = world.opportunityDraws;
        draws.reseed(opportunitySeed(world.month(), index));
        double threshold = draws.nextDouble();
        if (threshold >= region.propensity.highestKeepShare(sector)) {
            return; // thinned away whatever its kind
        }
        int kind = Draws.categorical(draws, world.kindShares[sector.ordinal()]);
        if (threshold >= region.propensity.keepShare(sector, kind)) {
            return;
        }
        Route route = world.routes[kind];
        double quality = Draws.lognormal(draws, 1.0, route.knownQualitySigma);
        if (ProjectDecision.start(this, route, quality)) {
            StageTransitions.start(this, world, route, quality, draws.nextLong());
        }
    }

    /** Seed of the generator of the firm's {@code index}-th opportunity in {@code month}. */
    private long opportunitySeed(int month, int index) {
        return SplitMix64.mix(streamSeed ^ SplitMix64.mix(OPPORTUNITY_SALT + ((long) month << 32) + index));
    }

    /** A project numbered by the firm ({@link StageTransitions#start(Enterprise, World, Route, double)}). */
    Project startProject(World world, Route route, double quality) {
        return StageTransitions.start(this, world, route, quality);
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

    /** A project already under way at the start ({@link StageTransitions#seed}); returns the cost of the rest of its stage. */
    double seedProject(Route route, int stageIndex, double quality) {
        return StageTransitions.seed(this, route, stageIndex, quality);
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
        return eventUniformOfKey(streamSeed, SplitMix64.mix(salt));
    }

    /** {@link #eventUniform(long, long)} with the salt already mixed ({@code SplitMix64.mix(salt)}). */
    static double eventUniformOfKey(long streamSeed, long saltKey) {
        return eventBitsOfKey(streamSeed, saltKey) * 0x1.0p-53;
    }

    /** The 53 bits that {@link #eventUniformOfKey} scales to [0, 1). */
    static long eventBitsOfKey(long streamSeed, long saltKey) {
        return SplitMix64.mix(streamSeed ^ saltKey) >>> 11;
    }

    /**
     * The bits below which an event uniform falls below {@code probability}:
     * {@code eventUniformOfKey(s, k) < p} exactly when {@code eventBitsOfKey(s, k) < eventLimit(p)},
     * since u = b 2^-53 with b whole, and b < p 2^53 (a product that rounds nothing) exactly when
     * b < ceil(p 2^53). A loop over all firms then compares whole numbers.
     */
    static long eventLimit(double probability) {
        return (long) Math.ceil(probability * 0x1.0p53);
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
     * projects and tax position stay, its trend growth is the new region's.
     */
    void moveRegion(Region to, Park at, double costMillion) {
        cash -= costMillion;
        park.firms--;
        park.relocationsOut++;
        at.firms++;
        at.relocationsIn++;
        park = at;
        region = to;
        // Another region's value tables: their version says nothing about this firm's sums.
        if (pipeline != null) {
            pipeline.financingStale = true;
        }
    }

    /** The parameters of the firm's sector (shared by all firms, so not kept in each). */
    SectorSpec sectorSpec() {
        return region.sectorSpecs[sector.ordinal()];
    }

    /**
     * A count of months as the firm keeps it: saturated at {@link Short#MAX_VALUE}, beyond the
     * longest run, so a countdown or age past it behaves as the exact one within any run.
     */
    static short months(long months) {
        return (short) Math.min(Short.MAX_VALUE, months);
    }

    /** Sector trend plus the growth shift of the firm's region, a year. */
    double trendGrowth() {
        return region.trendGrowth[sector.ordinal()];
    }

    /** The firm's own generator: the firm itself, drawing from the state it keeps. */
    Uniform random() {
        return this;
    }

    private long nextLong() {
        randomState = SplitMix64.advance(randomState);
        return SplitMix64.mix(randomState);
    }

    /** The firm's own generator's next uniform on [0, 1), as a SplitMix64 with its state draws it. */
    @Override
    public double nextDouble() {
        return SplitMix64.unit(nextLong());
    }

    /** The firm's own generator's next standard normal (two uniforms, as SplitMix64 draws it). */
    @Override
    public double nextGaussian() {
        double u1 = nextDouble();
        double u2 = nextDouble();
        return SplitMix64.gaussian(u1, u2);
    }

    /** A generator for a one-off event of this firm (e.g. listing), the same in every variant. */
    SplitMix64 eventRandom(long salt) {
        return new SplitMix64(SplitMix64.mix(streamSeed ^ salt));
    }

    /** The firm's pipeline, made when it first needs one. */
    Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline();
        }
        return pipeline;
    }

    /** Adds a project (seeded or acquired); the firm's next month is a visit to all its projects. */
    void addProject(Project p) {
        Pipeline pl = pipeline();
        // The skipped months are the present projects' alone: the new one's countdown starts now.
        catchUpProjects();
        append(pl, p);
        pl.pipelineChanged = true;
    }

    /**
     * Adds a project the firm starts now, before it enters its first stage. Returns true when it
     * is to join the plan of the quiet months ({@link PipelineVisit#joinQuietPlan}, once it has
     * entered): the pipeline's present projects then keep their skipped months and the next month
     * needs no visit. Otherwise (a new pipeline, or one due for a visit) it is added as any project.
     */
    boolean addStartedProject(Project p) {
        Pipeline pl = pipeline;
        if (pl == null || pl.pipelineChanged) {
            addProject(p);
            return false;
        }
        append(pl, p);
        return true;
    }

    private void append(Pipeline pl, Project p) {
        if (projectCount == Short.MAX_VALUE) {
            // Far beyond any run (a firm starts at most one project a month and buys few firms'
            // pipelines): the 16-bit count ends here.
            throw new IllegalStateException("firm " + id + " would hold more than " + Short.MAX_VALUE + " projects");
        }
        pl.ensureRoom(projectCount);
        pl.projects[projectCount++] = p;
        pl.financingStale = true;
    }

    /** Whether one of the firm's projects is in a stage of the filter (products count as approved). */
    public boolean hasProjectIn(StageFilter filter) {
        return pipeline != null && pipeline.holdsProjectIn(projectCount, filter);
    }

    /** Expected value of the firm's projects at their current stages this month, million yuan. */
    double pipelineValue() {
        return pipeline == null ? 0 : pipeline.grossValue(projectCount, sector.ordinal(), region.valuation);
    }

    /**
     * Registers this month's staff needs with the region's pools (hired next month at the pool's
     * fill rate): senior R&D staff per clinical project and per million yuan of R&D, skilled staff
     * per million yuan of revenue, and leading talents per clinical project.
     */
    private void registerDemand(MonthTerms terms, double revenue, double rdMonth) {
        terms.leadingDemand += clinicalProjects * terms.leadingPerClinicalProject;
        double seniorNeed = clinicalProjects * terms.seniorPerClinicalProject
                + rdMonth * 12.0 * terms.seniorPerRdMillion;
        double skilledNeed = revenue * terms.skilledPerRevenueMillion;
        terms.seniorDemand += seniorNeed;
        terms.skilledDemand += skilledNeed;
    }

    /**
     * Offers the firm to next month's investors with its weight: the expected value of each
     * project at its stage times the investors' stage preference, a seed term for innovative-drug
     * firms and a revenue term; adds its pipeline's value to the region's.
     */
    void registerForFinancing() {
        MonthTerms terms = new MonthTerms(region.world).open(region);
        registerForFinancing(terms);
        terms.close();
    }

    /** {@link #registerForFinancing()} in the firms' sweep, adding to the region's sums in {@code terms}. */
    void registerForFinancing(MonthTerms terms) {
        // Without a pipeline both sums are zero, as summing no project gives them.
        double value = 0;
        double preferred = 0;
        Pipeline pl = pipeline;
        if (pl != null) {
            ProjectValuation valuation = region.valuation;
            if (pl.financingStale || pl.financingVersion != valuation.grossVersion()) {
                pl.sumFinancingValue(projectCount, sector.ordinal(), region.world.stageWeight, valuation);
            }
            value = pl.financingValue;
            preferred = pl.financingPreferred;
        }
        financingWeight = terms.sectors[sector.ordinal()].seedWeight + preferred + revenue() * terms.revenueWeight;
        terms.pipelineValue += value;
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

    public double rdYear() {
        return rdYear;
    }

    public double revenueYear() {
        return revenueYear;
    }

    /** The part of {@link #revenueYear()} from products launched since the start (million yuan). */
    public double productRevenueYear() {
        return productRevenueYear;
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
        return pipeline.projects[i];
    }

    public double financingWeight() {
        return financingWeight;
    }

    public int clinicalProjects() {
        return clinicalProjects;
    }

    /** The firm's corporate income tax position: its own fields, held in the firm's object. */
    public TaxPosition tax() {
        return this;
    }
}

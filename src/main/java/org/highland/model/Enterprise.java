package org.highland.model;

import java.util.Arrays;
import org.highland.model.random.Draws;
import org.highland.model.random.SplitMix64;
import org.highland.model.random.Uniform;
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
    int projectsStarted;
    final double registeredCapital;

    /**
     * The state the monthly loop reads and writes (revenue, cash, R&D, countdowns, pipeline and
     * financing sums, flags): row {@link #row} of {@link #table}, its region's table while the
     * firm is in a region ({@link Region#append}), a one-row table of its own before and after.
     */
    FirmTable table = new FirmTable(1);
    int row = table.allocateRow();

    double rdLastYear;
    double revenueLastYear;
    /** Corporate income tax: this year to date and the losses carried forward. */
    final TaxPosition tax;

    int discoveryProjects;
    Project[] projects = NO_PROJECTS;
    /**
     * Per project, parallel to {@link #projects}: its kind, stage and whether investors count the
     * stage as early ({@link ProjectCodes}), and its quality. The monthly financing weight is
     * computed from these two small arrays, so a month without a pipeline event touches no
     * project object.
     */
    int[] projectCodes = NO_CODES;
    double[] projectQualities = NO_QUALITIES;

    Enterprise(long id, Sector sector, Region region, Park park, long seed, double revenue,
               double cash, double registeredCapital) {
        this.id = id;
        this.sector = sector;
        this.region = region;
        this.park = park;
        this.sectorSpec = region.world.sectors[sector.ordinal()];
        this.random = new SplitMix64(seed);
        this.streamSeed = random.nextLong();
        this.registeredCapital = registeredCapital;
        setCount(FirmTable.SECTOR, sector.ordinal());
        setCount(FirmTable.PARK, park.index);
        set(FirmTable.BASE_REVENUE, revenue);
        set(FirmTable.CASH, cash);
        set(FirmTable.MATURE_DECLINE, 1.0);
        set(FirmTable.QUIET_COST_FACTOR, Double.NaN);
        setCount(FirmTable.MONTHS_TO_LISTING, -1);
        setCount(FirmTable.CANDIDATE_INDEX, -1);
        setFlag(FirmTable.FINANCING_STALE, true);
        setFlag(FirmTable.PIPELINE_CHANGED, true);
        // The park's agglomeration bonus is read monthly (FirmMonth): it follows the firm's park.
        set(FirmTable.TREND_GROWTH, trendGrowth(sectorSpec, region));
        set(FirmTable.GROWTH_DEVIATION, sectorSpec.growthSd() * random.nextGaussian());
        this.tax = new TaxPosition(this, region.world.taxSpec.maxCarryYears());
        setCount(FirmTable.EXIT_AGE_MONTHS, drawLifetime(random));
        setCount(FirmTable.MONTHS_TO_OPPORTUNITY, drawOpportunityGap());
    }

    /** Steps 4-5 ({@link FirmMonth#step}): revenue grows, projects progress, new projects start, R&D is spent. */
    @Override
    public void step(SimState state) {
        FirmMonth.step(region, this, table, row());
    }

    /** Offers the firm to next month's investors ({@link FirmMonth#registerForFinancing}). */
    void registerForFinancing() {
        FirmMonth.registerForFinancing(region, this, table, row());
    }

    /** January: this year's R&D and revenue become last year's. */
    void rollYear() {
        rdLastYear = get(FirmTable.RD_YEAR);
        revenueLastYear = get(FirmTable.REVENUE_YEAR);
        set(FirmTable.RD_YEAR, 0);
        set(FirmTable.REVENUE_YEAR, 0);
    }

    /** A field of the firm's row ({@link FirmTable}); the monthly loop reads the table itself. */
    double get(int field) {
        return table.d[row() * FirmTable.DOUBLES + field];
    }

    void set(int field, double value) {
        table.d[row() * FirmTable.DOUBLES + field] = value;
    }

    int count(int field) {
        return table.n[row() * FirmTable.INTS + field];
    }

    void setCount(int field, int value) {
        table.n[row() * FirmTable.INTS + field] = value;
    }

    boolean flag(int bit) {
        return table.flag(row(), bit);
    }

    void setFlag(int bit, boolean on) {
        table.setFlag(row(), bit, on);
    }

    /** Leaves the region's table for a one-row table of its own (the firm is sold, closes or moves region). */
    void detach() {
        FirmTable own = new FirmTable(1);
        int r = own.allocateRow();
        table.copyRow(row, own, r);
        table.freeRow(row);
        table = own;
        row = r;
    }

    /** The firm's row in {@link #table}. */
    int row() {
        return row;
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
    int drawOpportunityGap() {
        double ceiling = region.world.opportunityCeiling(sectorSpec, region) * region.capacity.factor(sector, revenue());
        if (ceiling <= 0) {
            return Integer.MAX_VALUE;
        }
        return Math.max(1, (int) Math.ceil(Draws.exponential(random, 12.0 / ceiling)));
    }

    /** An opportunity draws its kind and quality whatever happens next (draws stay aligned across variants). */
    void considerNewProject(World world) {
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
        return (SplitMix64.mix(streamSeed ^ SplitMix64.mix(salt)) >>> 11) * 0x1.0p-53;
    }

    /** Moves the firm to another location of its region, paying the one-off cost from cash. */
    void relocate(Park to, double costMillion) {
        receive(-costMillion);
        park.firms--;
        park.relocationsOut++;
        to.firms++;
        to.relocationsIn++;
        park = to;
        setCount(FirmTable.PARK, to.index);
    }

    /**
     * Moves the firm to a location of another region, paying the one-off cost from cash. The
     * caller hands it from its old region's firm array to the new one's; its id, generators,
     * projects and tax position stay, its trend growth takes the new region's growth shift.
     */
    void moveRegion(Region to, Park at, double costMillion) {
        receive(-costMillion);
        park.firms--;
        park.relocationsOut++;
        at.firms++;
        at.relocationsIn++;
        park = at;
        setCount(FirmTable.PARK, at.index);
        region = to;
        // Another region's value tables: their version says nothing about this firm's sums.
        setFlag(FirmTable.FINANCING_STALE, true);
        set(FirmTable.TREND_GROWTH, trendGrowth(sectorSpec, to));
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
        int count = projectCount();
        if (count == projects.length) {
            int capacity = Math.max(4, count * 2);
            projects = Arrays.copyOf(projects, capacity);
            projectCodes = Arrays.copyOf(projectCodes, capacity);
            projectQualities = Arrays.copyOf(projectQualities, capacity);
        }
        projectCodes[count] = ProjectCodes.of(p);
        projectQualities[count] = p.quality;
        projects[count] = p;
        setCount(FirmTable.PROJECT_COUNT, count + 1);
        setFlag(FirmTable.PIPELINE_CHANGED, true);
        setFlag(FirmTable.FINANCING_STALE, true);
    }

    /** Whether one of the firm's projects is in a stage of the filter (products count as approved). */
    public boolean hasProjectIn(StageFilter filter) {
        int count = projectCount();
        for (int i = 0; i < count; i++) {
            if (filter.matches(projectCodes[i])) {
                return true;
            }
        }
        return false;
    }

    /** Expected value of the firm's projects at their current stages this month, million yuan. */
    double pipelineValue() {
        ProjectValuation valuation = region.valuation;
        int sectorIndex = sector.ordinal();
        double value = 0;
        int count = projectCount();
        for (int i = 0; i < count; i++) {
            int code = projectCodes[i];
            value += ProjectCodes.launched(code) ? 0
                    : valuation.grossValue(sectorIndex, ProjectCodes.kind(code), ProjectCodes.stage(code), projectQualities[i]);
        }
        return value;
    }

    /** Cash arrives from outside the firm (subsidy, financing, listing); negative: it leaves. */
    void receive(double million) {
        table.d[row() * FirmTable.DOUBLES + FirmTable.CASH] += million;
    }

    public double revenue() {
        return get(FirmTable.BASE_REVENUE) + get(FirmTable.PRODUCT_REVENUE);
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
        return get(FirmTable.CASH);
    }

    public double registeredCapital() {
        return registeredCapital;
    }

    public double rdMonth() {
        return get(FirmTable.RD_MONTH);
    }

    public double rdYear() {
        return get(FirmTable.RD_YEAR);
    }

    public double revenueYear() {
        return get(FirmTable.REVENUE_YEAR);
    }

    public double rdLastYear() {
        return rdLastYear;
    }

    public double revenueLastYear() {
        return revenueLastYear;
    }

    public boolean hightech() {
        return flag(FirmTable.HIGHTECH);
    }

    public boolean listed() {
        return flag(FirmTable.LISTED);
    }

    public int ageMonths() {
        return count(FirmTable.AGE_MONTHS);
    }

    public int projectCount() {
        return count(FirmTable.PROJECT_COUNT);
    }

    public Project project(int i) {
        return projects[i];
    }

    public double financingWeight() {
        return get(FirmTable.FINANCING_WEIGHT);
    }

    public int clinicalProjects() {
        return count(FirmTable.CLINICAL_PROJECTS);
    }

    public double seniorStaff() {
        return get(FirmTable.SENIOR_STAFF);
    }

    public double skilledStaff() {
        return get(FirmTable.SKILLED_STAFF);
    }

    public TaxPosition tax() {
        return tax;
    }
}

package org.highland.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highland.model.random.RandomStreams;
import org.highland.model.random.SplitMix64;
import org.highland.model.spec.CapitalSpec;
import org.highland.model.spec.EntrySpec;
import org.highland.model.spec.FirmSpec;
import org.highland.model.spec.ModelSpec;
import org.highland.model.spec.RegionSpec;
import org.highland.model.spec.SectorSpec;
import org.highland.model.spec.TalentSpec;
import org.highland.model.spec.TaxSpec;
import org.highland.model.spec.TimeSpec;

/**
 * The whole model state of one replication: regions with their firms, parks, talent, capital
 * and governments, plus the compiled parameters the monthly processes read. Built from an
 * immutable {@link ModelSpec}; {@link PopulationBuilder} synthesises the start-year population.
 */
public final class World {
    public final ModelSpec spec;
    public final TimeSpec time;
    /** Share of real firms (and of every extensive quantity) simulated; 1 = one agent per firm. */
    public final double scale;
    final Region[] regions;
    final Route[] routes;
    final SectorSpec[] sectors;
    /** Each sector's base mix of project kinds (its projectKinds weights). */
    final double[][] kindShares;
    final FirmSpec firmSpec;
    final EntrySpec entrySpec;
    final TalentSpec talentSpec;
    final CapitalSpec capitalSpec;
    /**
     * The seed term of a firm's financing weight by sector: for innovative-drug firms {@code
     * capital.innovatorProjectShare} of a new innovative-drug project's preferred value
     * ({@link #seedWeight(Route, CapitalSpec, double)}), 0 for the others. Read by sector, not
     * tested: the sectors come in the firms' creation order, a branch the processor cannot foresee.
     */
    final double[] seedWeight;
    /**
     * {@code capital.revenueWeight} at the firms' discount rate: a firm's financing weight per
     * million yuan of revenue ({@link #revenueWeightScale}).
     */
    final double revenueWeight;
    /**
     * The investors' preference for a project by its stage: {@code capital.discoveryWeight} for
     * discovery and IND, {@code capital.clinicalWeight} from phase 1 on. A table for the same
     * reason: a firm's projects come in any mix of stages.
     */
    final double[] stageWeight;
    final TaxSpec taxSpec;
    final CorporateTax corporateTax;
    final RandomStreams streams;
    final Ledger ledger = new Ledger();
    final double growthDeviationDecay;
    double initialCash;
    /** Firm-months stepped so far (a statistic for benchmarks). */
    long firmMonths;
    /** Project-months (projects and products held at each firm step) so far (a statistic for benchmarks). */
    long projectMonths;
    /**
     * True makes every firm visit all its projects every month (the pipeline before it was made
     * event-driven): the reference a test compares the event-driven path with. Same results.
     */
    boolean visitProjectsMonthly;
    /**
     * False keeps every firm's, pipeline's and project's object for the whole run instead of
     * copying them each January ({@link FirmsStep}): for a test that follows them by identity
     * across years. Same results.
     */
    boolean compactYearly = true;
    /** A pipeline visit's running sums for the quiet months after it (one visit at a time). */
    final PipelineVisit.QuietPlan quietPlan = new PipelineVisit.QuietPlan();
    /**
     * The generator an opportunity draws from, reseeded for each ({@link Enterprise#opportunitySeed}):
     * one per world, as only a firm's own step considers its opportunities.
     */
    final SplitMix64 opportunityDraws = new SplitMix64(0);
    /** Level of the innovation trend this month (1 at the start). */
    double innovationLevel = 1.0;
    /** Share of the start-year organic growth rate in force this month. */
    double growthLevel = 1.0;
    private int month;

    public World(ModelSpec spec, double scale, long seed, int replication) {
        this.spec = spec;
        this.time = spec.time();
        this.scale = scale;
        this.streams = new RandomStreams(seed, replication);
        this.sectors = spec.sectors().toArray();
        this.kindShares = new double[sectors.length][];
        for (int s = 0; s < sectors.length; s++) {
            kindShares[s] = sectors[s].projectKinds().toArray();
        }
        this.firmSpec = spec.firms();
        this.entrySpec = spec.entry();
        this.talentSpec = spec.talent();
        this.capitalSpec = spec.capital();
        this.routes = new Route[ProjectKind.COUNT];
        for (ProjectKind kind : ProjectKind.values()) {
            routes[kind.ordinal()] = new Route(kind, spec.routes().of(kind), firmSpec.knownQualityShare());
        }
        Route innovative = routes[ProjectKind.INNOVATIVE_DRUG.ordinal()];
        this.seedWeight = new double[Sector.COUNT];
        seedWeight[Sector.INNOVATIVE_DRUG.ordinal()] = seedWeight(innovative, capitalSpec, firmSpec.discountRatePerYear());
        this.revenueWeight = capitalSpec.revenueWeight() * revenueWeightScale(innovative, firmSpec.discountRatePerYear(),
                capitalSpec.revenueWeightDiscountRatePerYear());
        this.stageWeight = new double[Stage.COUNT];
        for (Stage stage : Stage.values()) {
            stageWeight[stage.ordinal()] = ProjectCodes.early(stage) ? capitalSpec.discoveryWeight() : capitalSpec.clinicalWeight();
        }
        this.taxSpec = spec.tax();
        this.corporateTax = new CorporateTax(taxSpec);
        this.growthDeviationDecay = Math.exp(-1.0 / firmSpec.growthPersistenceMonths());
        List<Region> list = new ArrayList<>();
        for (Map.Entry<String, RegionSpec> e : spec.regions().entrySet()) {
            String[] parks = e.getValue().parks().keySet().toArray(new String[0]);
            list.add(new Region(this, list.size(), e.getKey(), e.getValue(), parks));
        }
        this.regions = list.toArray(new Region[0]);
    }

    /**
     * An innovative-drug firm's seed weight with the investors: {@code innovatorProjectShare} of
     * a new innovative-drug project's preferred value, i.e. {@code discoveryWeight} times the
     * project's value at discovery for an opportunity of median quality before policy support
     * ({@link ProjectValuation#revenueAtEntry}), discounted at the firms' rate. A pipeline's
     * weight is its projects' values at that preference, so the route's sales, margin, odds and
     * durations and the firms' rate move seed firms and pipelines alike. Held at a fixed amount
     * instead, a lower margin or a higher rate shrank only the pipelines' weights and moved
     * venture money to seed firms and entrants (docs/ODD.md 7.4).
     */
    static double seedWeight(Route innovative, CapitalSpec capital, double ratePerYear) {
        return capital.discoveryWeight() * capital.innovatorProjectShare()
                * ProjectValuation.revenueAtEntry(innovative, ProjectValuation.monthlyDiscount(ratePerYear));
    }

    /**
     * What {@code capital.revenueWeight}, stated at the rate {@code statedRate}, is worth at the
     * firms' discount rate {@code rate}: revenue stands for a marketed product's sales, whose
     * value scales with the PV of the route's sales curve, as the pipelines' values do. Exactly 1
     * at the stated rate; 1 for a route valued over no years, which has no sales to scale.
     */
    static double revenueWeightScale(Route innovative, double rate, double statedRate) {
        if (rate == statedRate) {
            return 1.0;
        }
        double statedSales = ProjectValuation.salesValuePerPeak(innovative, ProjectValuation.monthlyDiscount(statedRate));
        return statedSales > 0
                ? ProjectValuation.salesValuePerPeak(innovative, ProjectValuation.monthlyDiscount(rate)) / statedSales : 1.0;
    }

    /** Synthesises the start-year population; call once, after instruments are bound. */
    public void populate() {
        // The inherited pipeline is the one worth continuing without policy (no instrument is in force yet).
        for (Region r : regions) {
            r.valuation.update(this);
        }
        new PopulationBuilder(this).build();
        for (Region r : regions) {
            r.parkChoice.anchor();
            for (int i = 0; i < r.firmCount; i++) {
                initialCash += r.firms[i].cash;
            }
        }
    }

    private static double innovationLevel(FirmSpec firms, int month) {
        return Trend.level(firms.innovationTrend(), firms.innovationTrendDecayYears(), month / 12.0);
    }

    void beginMonth(int month) {
        this.month = month;
        this.innovationLevel = innovationLevel(firmSpec, month);
        double share = firmSpec.longRunGrowthShare();
        this.growthLevel = share + (1.0 - share) * Math.exp(-month / 12.0 / firmSpec.growthConvergenceYears());
    }

    /** Months since the start, 0-based. */
    public int month() {
        return month;
    }

    public int year() {
        return time.startYear() + month / 12;
    }

    /** 0 = January. */
    public int monthOfYear() {
        return month % 12;
    }

    /** A January after a simulated year: the past year closes (the first January has none). */
    public boolean closesYear() {
        return month > 0 && monthOfYear() == 0;
    }

    public int regionCount() {
        return regions.length;
    }

    public Region region(int i) {
        return regions[i];
    }

    /** The region of that name, or null. */
    public Region region(String name) {
        for (Region r : regions) {
            if (r.name.equals(name)) {
                return r;
            }
        }
        return null;
    }

    public FirmSpec firmSpec() {
        return firmSpec;
    }

    /** The corporate income tax code (rates, carry-forward, a firm's after-tax cost of R&D). */
    public CorporateTax corporateTax() {
        return corporateTax;
    }

    public Route route(ProjectKind kind) {
        return routes[kind.ordinal()];
    }

    public Ledger ledger() {
        return ledger;
    }

    public double initialCash() {
        return initialCash;
    }

    public long firmMonths() {
        return firmMonths;
    }

    public long projectMonths() {
        return projectMonths;
    }

    public int totalFirms() {
        int n = 0;
        for (Region r : regions) {
            n += r.firmCount;
        }
        return n;
    }
}

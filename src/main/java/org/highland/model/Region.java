package org.highland.model;

import java.util.Arrays;
import org.highland.model.spec.RegionSpec;
import org.highland.model.spec.SectorSpec;

/** A province: its firms, parks, talent pools, capital, government and cumulative counters. */
public final class Region {
    public final int index;
    public final String name;
    public final RegionSpec spec;
    final World world;
    /** The world's sector parameters, one hop nearer the firms that look theirs up every month. */
    final SectorSpec[] sectorSpecs;
    /** Parks in scenario order, then the remainder ("outside any park"). */
    final Park[] parks;
    final Counters counters = new Counters();
    final Levers levers;
    /** R&D capacity of a firm relative to its sector (opportunity arrival by size). */
    final OpportunityCapacity capacity = new OpportunityCapacity();
    final OpportunityPropensity propensity;
    final Government government;
    /** Entrants' and relocating firms' choice among the parks and outside any park. */
    final ParkChoice parkChoice;

    Enterprise[] firms = new Enterprise[64];
    /**
     * Each firm's stream seed, parallel to {@link #firms}: the monthly relocation review reads
     * this dense array instead of visiting every firm object a second time each month.
     */
    long[] firmSeeds = new long[64];
    /**
     * Each firm's park index, parallel to {@link #firms}: an instrument paying the firms of one
     * park (a rent subsidy) finds them in this dense array, in the firms' order, instead of
     * visiting every firm object each month.
     */
    int[] firmParks = new int[64];
    int firmCount;
    long firmSequence;
    double initialFirms;

    /** Talent pools (people at model scale), their demand this month and the share filled. */
    final double[] talent = new double[TalentTier.COUNT];
    /**
     * The leading talents the province's own awards would have reached (people at model scale):
     * the start count grown at {@code talent.naturalGrowth.leading}. The month's awards are this
     * path's growth, whoever is in the pool ({@link TalentMarket}).
     */
    double leadingAwardPath;
    final double[] demand = new double[TalentTier.COUNT];
    final double[] fill = {1, 1, 1};
    /** Gross wage per tier, thousand yuan a year: starts at annualWageThousand, moves with shortage. */
    final double[] wage;
    /** Corporate income tax foregone this month through extra R&D deductions, per sector. */
    final double[] taxForegone = new double[Sector.COUNT];
    /**
     * Trend growth of a firm of each sector here, a year: the sector's organic growth plus the
     * region's growth shift. Held by the region, not by every firm, and read by a firm that
     * moves in as soon as it arrives.
     */
    final double[] trendGrowth = new double[Sector.COUNT];

    /** Capital: candidates for this month's financing with cumulative weights. */
    Enterprise[] candidates = new Enterprise[64];
    double[] cumulativeWeight = new double[64];
    int candidateCount;
    /**
     * This month's movers to other regions: their indices in {@link #firms} (ascending) and then
     * in {@link #candidates} (scratch), so the hand-over reads no other firm.
     */
    private int[] movedIndex = new int[8];
    private int movedCount;
    private int[] movedCandidate = new int[8];
    /** Scratch for co-investment among a subset of the candidates, reused month after month. */
    Enterprise[] subsetFirms = new Enterprise[0];
    double[] subsetWeight = new double[0];
    double ventureThisMonth;
    /** Expected value of the region's pipelines, summed in the last firm step; and its first value. */
    double pipelineValue;
    double initialPipelineValue = Double.NaN;
    /** Firms that ran out of cash this month holding a pipeline, offered for sale after the firm step. */
    Enterprise[] distressed = new Enterprise[8];
    int distressedCount;
    /** Venture money raised but not yet placed, and the number of rounds placed so far. */
    double ventureBalance;
    long ventureRounds;

    /** Decision inputs recomputed monthly after the policy step. */
    /** What a project of each kind and stage is worth to the region's firms this month. */
    final ProjectValuation valuation;

    /** Region-level provision outside the firm population. */
    double tcmAreaMu;
    double tcmYield;
    double tcmPrice;
    double elderlyInstitutions;
    double bedsPerInstitution;

    Region(World world, int index, String name, RegionSpec spec, String[] parkNames) {
        this.world = world;
        this.sectorSpecs = world.sectors;
        this.index = index;
        this.name = name;
        this.spec = spec;
        this.parks = new Park[parkNames.length + 1];
        for (int p = 0; p < parkNames.length; p++) {
            parks[p] = new Park(p, parkNames[p], spec.parks().get(parkNames[p]), world.scale);
        }
        parks[parkNames.length] = new Park(parkNames.length, "outside any park", null, world.scale);
        this.levers = new Levers(parks.length);
        this.parkChoice = new ParkChoice(this, world.spec.location());
        this.government = new Government(this);
        this.wage = spec.annualWageThousand().toArray();
        this.valuation = new ProjectValuation(this);
        this.propensity = new OpportunityPropensity(spec, world.kindShares);
        for (int s = 0; s < Sector.COUNT; s++) {
            trendGrowth[s] = world.sectors[s].organicGrowth() + spec.growthShift();
        }
        tcmAreaMu = spec.tcmCultivation().plantingAreaMu();
        tcmYield = spec.tcmCultivation().yieldTonnesPerMu();
        tcmPrice = spec.tcmCultivation().priceYuanPerTonne();
        elderlyInstitutions = spec.elderlyCare().institutions();
        bedsPerInstitution = spec.elderlyCare().bedsPerInstitution();
    }

    /** Creates a firm with the next sequence number of this region, seeding its own generator. */
    Enterprise newFirm(Sector sector, Park park, double revenue, double cash) {
        return newFirm(sector, park, revenue, cash, world.streams.firmSeed(index, firmSequence));
    }

    /** Creates a firm with the next sequence number of this region and the given generator seed. */
    Enterprise newFirm(Sector sector, Park park, double revenue, double cash, long seed) {
        long sequence = firmSequence++;
        long id = ((long) index << 40) | sequence;
        return new Enterprise(id, sector, this, park, seed, revenue, cash);
    }

    void add(Enterprise firm) {
        append(firm);
        firm.park.firms++;
    }

    /** Appends a firm to the array without counting it in its park (a firm moved in from another region). */
    void append(Enterprise firm) {
        if (firmCount == firms.length) {
            resize(grown(firmCount));
        }
        firmSeeds[firmCount] = firm.streamSeed;
        firmParks[firmCount] = firm.park.index;
        firms[firmCount++] = firm;
    }

    /**
     * Makes room for {@code count} firms in one copy, at the capacity that appending them one by
     * one would reach: the start-year population's growth a quarter at a time copied its arrays
     * some twenty times.
     */
    void reserve(int count) {
        int capacity = firms.length;
        while (capacity < count) {
            capacity = grown(capacity);
        }
        if (capacity > firms.length) {
            resize(capacity);
        }
    }

    private void resize(int capacity) {
        firms = Arrays.copyOf(firms, capacity);
        firmSeeds = Arrays.copyOf(firmSeeds, capacity);
        firmParks = Arrays.copyOf(firmParks, capacity);
    }

    /**
     * Room for more firms or candidates: a quarter more. These arrays (with the capital market's
     * and the acquisitions' arrays sized from them) hold some 40 bytes per firm; growth by
     * doubling left a third of them empty at the end of a run, a quarter leaves about a tenth, at
     * a few more copies while the population grows.
     */
    private static int grown(int length) {
        return length + Math.max(64, length >> 2);
    }

    /** Notes that the firm at {@code index} of the array moves to another region this month. */
    void markMovedAway(int index) {
        if (movedCount == movedIndex.length) {
            movedIndex = Arrays.copyOf(movedIndex, movedCount * 2);
            movedCandidate = new int[movedIndex.length];
        }
        movedIndex[movedCount++] = index;
    }

    /**
     * Drops, in a stable compaction, the firms that have moved to another region (marked in
     * array order by {@link #markMovedAway}), from this month's financing candidates too. Only
     * the movers are looked at: the others are shifted without reading them.
     */
    void dropMovedAway() {
        if (movedCount == 0) {
            return;
        }
        int candidatesMoved = 0;
        for (int k = 0; k < movedCount; k++) {
            Enterprise mover = firms[movedIndex[k]];
            int c = mover.candidateIndex;
            if (c >= 0 && c < candidateCount && candidates[c] == mover) {
                movedCandidate[candidatesMoved++] = c;
            }
        }
        int kept = movedIndex[0];
        int next = 0;
        for (int i = kept; i < firmCount; i++) {
            if (next < movedCount && movedIndex[next] == i) {
                next++;
                continue;
            }
            firmSeeds[kept] = firmSeeds[i];
            firmParks[kept] = firmParks[i];
            firms[kept++] = firms[i];
        }
        Arrays.fill(firms, kept, firmCount, null);
        firmCount = kept;
        movedCount = 0;
        Arrays.sort(movedCandidate, 0, candidatesMoved);
        dropMovedCandidates(candidatesMoved);
    }

    /**
     * Drops the {@code n} candidates listed in {@link #movedCandidate} (ascending), keeping the
     * others' weights; the cumulative weights before the first mover stay bit for bit.
     */
    private void dropMovedCandidates(int n) {
        if (n == 0) {
            return;
        }
        int first = movedCandidate[0];
        int kept = first;
        int next = 0;
        double previous = first == 0 ? 0 : cumulativeWeight[first - 1];
        double total = previous;
        for (int i = first; i < candidateCount; i++) {
            double weight = cumulativeWeight[i] - previous;
            previous = cumulativeWeight[i];
            if (next < n && movedCandidate[next] == i) {
                next++;
                continue;
            }
            total += weight;
            candidates[kept] = candidates[i];
            cumulativeWeight[kept] = total;
            kept++;
        }
        Arrays.fill(candidates, kept, candidateCount, null);
        candidateCount = kept;
    }

    void addDistressed(Enterprise firm) {
        if (distressedCount == distressed.length) {
            distressed = Arrays.copyOf(distressed, distressedCount * 2);
        }
        distressed[distressedCount++] = firm;
    }

    /**
     * Drops the references to firms that the candidate and subset arrays keep past their counts
     * ({@link FirmsStep}: firms are about to be copied, and the old objects must not stay reachable).
     */
    void clearFirmScratch() {
        Arrays.fill(candidates, null);
        candidateCount = 0;
        Arrays.fill(subsetFirms, null);
        Arrays.fill(distressed, null);
    }

    void addCandidate(Enterprise firm, double weight) {
        if (weight <= 0) {
            firm.candidateIndex = -1;
            return;
        }
        if (candidateCount == candidates.length) {
            int capacity = grown(candidateCount);
            candidates = Arrays.copyOf(candidates, capacity);
            cumulativeWeight = Arrays.copyOf(cumulativeWeight, capacity);
        }
        double before = candidateCount == 0 ? 0 : cumulativeWeight[candidateCount - 1];
        candidates[candidateCount] = firm;
        firm.candidateIndex = candidateCount;
        cumulativeWeight[candidateCount] = before + weight;
        candidateCount++;
    }

    public int firmCount() {
        return firmCount;
    }

    public Enterprise firm(int i) {
        return firms[i];
    }

    /** Whether the {@code i}-th firm sits in {@code park} (read from a dense array, not the firm). */
    public boolean firmInPark(int i, Park park) {
        return firmParks[i] == park.index;
    }

    public int parkCount() {
        return parks.length;
    }

    public Park park(int i) {
        return parks[i];
    }

    public Counters counters() {
        return counters;
    }

    public ParkChoice parkChoice() {
        return parkChoice;
    }

    public Levers levers() {
        return levers;
    }

    public ProjectValuation valuation() {
        return valuation;
    }

    public Government government() {
        return government;
    }

    public World world() {
        return world;
    }

    /** Talent pool of a tier in full-scale people. */
    public double talent(TalentTier tier) {
        return talent[tier.ordinal()] / world.scale;
    }

    public double talentFill(TalentTier tier) {
        return fill[tier.ordinal()];
    }

    /** Gross wage of a tier, thousand yuan a year. */
    public double wage(TalentTier tier) {
        return wage[tier.ordinal()];
    }

    /**
     * Wage after income tax and this month's tax rebate, thousand yuan a year:
     * wage x (1 - tax x (1 - rebate share)); what talent compares when choosing a region.
     */
    public double afterTaxWage(TalentTier tier) {
        int t = tier.ordinal();
        double tax = world.talentSpec.effectiveTaxRate().toArray()[t];
        return wage[t] * (1.0 - tax * (1.0 - levers.taxRebateShare[t]));
    }

    public double tcmPlantingAreaMu() {
        return tcmAreaMu;
    }

    public double tcmOutputTonnes() {
        return tcmAreaMu * tcmYield;
    }

    /** Farm-gate value of the TCM harvest, billion yuan per year. */
    public double tcmAgriculturalValueBillion() {
        return tcmAreaMu * tcmYield * tcmPrice / 1e9;
    }

    public double elderlyInstitutions() {
        return elderlyInstitutions;
    }

    public double elderlyBeds() {
        return elderlyInstitutions * bedsPerInstitution;
    }
}

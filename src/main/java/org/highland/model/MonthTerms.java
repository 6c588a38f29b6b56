package org.highland.model;

import java.util.Arrays;
import org.highland.model.spec.SectorSpec;

/**
 * What every firm of a region reads in its month, gathered once per region and month, and the
 * sums the firms add to. The firm's step and close ({@link Enterprise#stepMonth(MonthTerms)},
 * {@link Settlement#close}) then reach a term in one hop instead of through the firm's region,
 * the world and their specifications, and add to a sum held here rather than in the world's
 * ledger or the region's arrays; {@link #close()} writes the sums back when the region's sweep
 * ends. A sum starts from the value it continues and takes the firms' amounts in the same order,
 * so it ends with the same bits. Nothing else may add to these sums while the firms are swept;
 * with assertions on (as in the tests), {@link #close()} checks that nothing did.
 */
final class MonthTerms {
    private final World world;
    /**
     * The terms of each sector, by ordinal: a firm reaches its sector's in one array access and
     * then reads fields, rather than one array (a load, its length and a bounds test) per term.
     */
    final SectorTerms[] sectors = new SectorTerms[Sector.COUNT];
    /** Fixed for a run. */
    final double leadingPerClinicalProject;
    final double seniorPerClinicalProject;
    final double seniorPerRdMillion;
    final double skilledPerRevenueMillion;
    final double revenueWeight;
    final double exitGraceMonths;
    final double listingRevenueMillion;
    final double growthDeviationDecay;

    /** The region swept and its terms this month. */
    Region region;
    double growthLevel;
    double skilledFill;
    double[] taxForegone;

    /** Sums continued from the world's ledger. */
    double rentPremium;
    double operatingCashFlow;
    double rdSpend;
    double corporateTax;
    /** Sums continued from the region: its corporate tax counter, staff demand and pipeline value. */
    double regionCorporateTax;
    double leadingDemand;
    double seniorDemand;
    double skilledDemand;
    double pipelineValue;
    /** The continued values as they were when the sweep opened, for the check in {@link #close()}. */
    private final double[] opened = new double[9];

    MonthTerms(World world) {
        this.world = world;
        for (int s = 0; s < Sector.COUNT; s++) {
            SectorSpec spec = world.sectors[s];
            double listingClinical = s == Sector.INNOVATIVE_DRUG.ordinal() ? world.firmSpec.listingClinicalProjects()
                    : Double.POSITIVE_INFINITY;
            sectors[s] = new SectorTerms(spec.baseRdShare(), spec.operatingMargin(), world.seedWeight[s], listingClinical);
        }
        leadingPerClinicalProject = world.talentSpec.leadingPerClinicalProject();
        seniorPerClinicalProject = world.talentSpec.seniorPerClinicalProject();
        seniorPerRdMillion = world.talentSpec.seniorPerRdMillion();
        skilledPerRevenueMillion = world.talentSpec.skilledPerRevenueMillion();
        revenueWeight = world.revenueWeight;
        exitGraceMonths = world.firmSpec.exitGraceMonths();
        listingRevenueMillion = world.firmSpec.listingRevenueMillion();
        growthDeviationDecay = world.growthDeviationDecay;
    }

    /** Opens the sweep of {@code r}'s firms this month. */
    MonthTerms open(Region r) {
        region = r;
        growthLevel = world.growthLevel;
        skilledFill = r.fill[TalentTier.SKILLED.ordinal()];
        for (int s = 0; s < Sector.COUNT; s++) {
            SectorTerms terms = sectors[s];
            terms.open(r.trendGrowth[s], r.levers.growthBonus[s], r.levers.rdExtraDeduction[s]);
            // Opportunities a month at reference conditions, for the sector's likeliest kind here
            // (OpportunityPropensity thins the others), at this month's innovation level.
            double monthly = r.sectorSpecs[s].projectStartsPerYear() * r.propensity.arrivalMultiplier(s)
                    * world.innovationLevel / 12.0;
            OpportunityCapacity capacity = r.capacity;
            terms.opportunityHazardBase = capacity.sized(s) ? 0 : monthly;
            terms.opportunityHazardPerPower = monthly * capacity.perPower(s);
        }
        taxForegone = r.taxForegone;
        Ledger ledger = world.ledger;
        rentPremium = ledger.rentPremium;
        operatingCashFlow = ledger.operatingCashFlow;
        rdSpend = ledger.rdSpend;
        corporateTax = ledger.corporateTax;
        regionCorporateTax = r.counters.get(Counter.CORPORATE_TAX);
        leadingDemand = r.demand[TalentTier.LEADING.ordinal()];
        seniorDemand = r.demand[TalentTier.SENIOR_RD.ordinal()];
        skilledDemand = r.demand[TalentTier.SKILLED.ordinal()];
        pipelineValue = r.pipelineValue;
        assert record(opened);
        return this;
    }

    /** Writes the sums back to the world's ledger and the region. */
    void close() {
        assert unchangedSinceOpen() : "a sum of the firms' month changed outside the sweep of " + region.name;
        Ledger ledger = world.ledger;
        ledger.rentPremium = rentPremium;
        ledger.operatingCashFlow = operatingCashFlow;
        ledger.rdSpend = rdSpend;
        ledger.corporateTax = corporateTax;
        Region r = region;
        r.counters.set(Counter.CORPORATE_TAX, regionCorporateTax);
        r.demand[TalentTier.LEADING.ordinal()] = leadingDemand;
        r.demand[TalentTier.SENIOR_RD.ordinal()] = seniorDemand;
        r.demand[TalentTier.SKILLED.ordinal()] = skilledDemand;
        r.pipelineValue = pipelineValue;
    }

    /** Copies the continued values, as they are in the ledger and the region now, into {@code into}. */
    private boolean record(double[] into) {
        Ledger ledger = world.ledger;
        Region r = region;
        into[0] = ledger.rentPremium;
        into[1] = ledger.operatingCashFlow;
        into[2] = ledger.rdSpend;
        into[3] = ledger.corporateTax;
        into[4] = r.counters.get(Counter.CORPORATE_TAX);
        into[5] = r.demand[TalentTier.LEADING.ordinal()];
        into[6] = r.demand[TalentTier.SENIOR_RD.ordinal()];
        into[7] = r.demand[TalentTier.SKILLED.ordinal()];
        into[8] = r.pipelineValue;
        return true;
    }

    private boolean unchangedSinceOpen() {
        double[] now = new double[opened.length];
        record(now);
        return Arrays.equals(now, opened);
    }

    /**
     * One sector's terms: fixed for the run (R&D share of revenue, operating margin, investors'
     * seed weight, the clinical projects with which its firms may list on their pipeline:
     * infinity where they may not), and the region's of the month (trend growth, the levers'
     * growth bonus and extra R&D deduction), copied when the sweep opens: nothing changes them
     * while the firms are swept (policies act before, in their own step).
     */
    static final class SectorTerms {
        final double baseRdShare;
        final double operatingMargin;
        final double seedWeight;
        final double listingClinicalProjects;
        double trendGrowth;
        double growthBonus;
        double rdExtraDeduction;
        /**
         * A firm's opportunity hazard this month is the base plus the rate per power times its
         * revenue's power ({@link OpportunityCapacity#power}): the whole rate in the base where the
         * sector's opportunities do not follow size, in the rate per power where they do.
         */
        double opportunityHazardBase;
        double opportunityHazardPerPower;

        SectorTerms(double baseRdShare, double operatingMargin, double seedWeight, double listingClinicalProjects) {
            this.baseRdShare = baseRdShare;
            this.operatingMargin = operatingMargin;
            this.seedWeight = seedWeight;
            this.listingClinicalProjects = listingClinicalProjects;
        }

        void open(double trendGrowth, double growthBonus, double rdExtraDeduction) {
            this.trendGrowth = trendGrowth;
            this.growthBonus = growthBonus;
            this.rdExtraDeduction = rdExtraDeduction;
        }
    }
}

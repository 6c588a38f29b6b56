package org.highland.model;

import static org.highland.model.FirmTable.AGE_MONTHS;
import static org.highland.model.FirmTable.BASE_REVENUE;
import static org.highland.model.FirmTable.CLINICAL_PROJECTS;
import static org.highland.model.FirmTable.FINANCING_PREFERRED;
import static org.highland.model.FirmTable.FINANCING_STALE;
import static org.highland.model.FirmTable.FINANCING_VALUE;
import static org.highland.model.FirmTable.FINANCING_VERSION;
import static org.highland.model.FirmTable.FINANCING_WEIGHT;
import static org.highland.model.FirmTable.FLAGS;
import static org.highland.model.FirmTable.GROWTH_DEVIATION;
import static org.highland.model.FirmTable.MATURE_DECLINE;
import static org.highland.model.FirmTable.MATURE_SALES;
import static org.highland.model.FirmTable.MONTHS_TO_OPPORTUNITY;
import static org.highland.model.FirmTable.MONTHS_TO_PIPELINE_EVENT;
import static org.highland.model.FirmTable.PARK;
import static org.highland.model.FirmTable.PIPELINE_CHANGED;
import static org.highland.model.FirmTable.PRODUCT_REVENUE;
import static org.highland.model.FirmTable.QUIET_COST_FACTOR;
import static org.highland.model.FirmTable.QUIET_SALES;
import static org.highland.model.FirmTable.QUIET_SPEND;
import static org.highland.model.FirmTable.RD_MONTH;
import static org.highland.model.FirmTable.RD_YEAR;
import static org.highland.model.FirmTable.REVENUE_YEAR;
import static org.highland.model.FirmTable.SECTOR;
import static org.highland.model.FirmTable.SENIOR_STAFF;
import static org.highland.model.FirmTable.SKILLED_STAFF;
import static org.highland.model.FirmTable.SKIPPED_PIPELINE_MONTHS;
import static org.highland.model.FirmTable.TREND_GROWTH;

import org.highland.model.spec.CapitalSpec;
import org.highland.model.spec.TalentSpec;

/**
 * Steps 4-5 of a firm's month on its row of the region's {@link FirmTable}: revenue grows,
 * projects progress, new projects start, R&D is spent and staff demand registered; after
 * {@link Settlement}, a survivor registers for next month's financing. The firm object is opened
 * only for an event: a pipeline visit, an opportunity, financing sums to recompute.
 */
final class FirmMonth {
    private static final int SKILLED = TalentTier.SKILLED.ordinal();
    private static final int SENIOR_RD = TalentTier.SENIOR_RD.ordinal();
    private static final int LEADING = TalentTier.LEADING.ordinal();

    private FirmMonth() {
    }

    /** The month of {@code firm}, whose state is row {@code r} of {@code t}. */
    static void step(Region region, Enterprise firm, FirmTable t, int r) {
        World world = region.world;
        int b = r * FirmTable.DOUBLES;
        int k = r * FirmTable.INTS;
        int sector = t.n[k + SECTOR];
        Park park = region.parks[t.n[k + PARK]];
        t.n[k + AGE_MONTHS]++;
        growRevenue(world, region, park, sector, t.d, b);
        double projectSpend = advanceProjects(world, firm, park.stageCostFactor, t, b, k);
        if (--t.n[k + MONTHS_TO_OPPORTUNITY] <= 0) {
            firm.considerNewProject(world);
            t.n[k + MONTHS_TO_OPPORTUNITY] = firm.drawOpportunityGap();
        }
        double[] d = t.d;
        double revenue = d[b + BASE_REVENUE] + d[b + PRODUCT_REVENUE];
        double rdMonth = revenue / 12.0 * world.sectors[sector].baseRdShare() + projectSpend;
        d[b + RD_MONTH] = rdMonth;
        d[b + RD_YEAR] += rdMonth;
        d[b + REVENUE_YEAR] += revenue / 12.0;
        registerDemand(world, region, t, b, k, revenue);
    }

    private static void growRevenue(World world, Region region, Park park, int sector, double[] d, int b) {
        double growth = ((d[b + TREND_GROWTH] + park.growthBonus) * world.growthLevel + d[b + GROWTH_DEVIATION]
                + region.levers.growthBonus[sector]) / 12.0;
        if (growth > 0) {
            growth *= region.fill[SKILLED];
        }
        d[b + BASE_REVENUE] *= 1.0 + growth;
        d[b + GROWTH_DEVIATION] *= world.growthDeviationDecay;
    }

    /**
     * Advances every project one month; returns this month's project spend. A month without an
     * event (no stage ends, no product's sales change, no project added, the same cost factor)
     * repeats last month's spend and sales and touches no project; the next visit catches up the
     * skipped months' countdowns, so every draw happens in the month and order it did when each
     * project was visited monthly.
     */
    private static double advanceProjects(World world, Enterprise firm, double costFactor, FirmTable t, int b, int k) {
        double[] d = t.d;
        boolean quiet = --t.n[k + MONTHS_TO_PIPELINE_EVENT] > 0 && (t.n[k + FLAGS] & PIPELINE_CHANGED) == 0
                && costFactor == d[b + QUIET_COST_FACTOR];
        if (quiet && !world.visitProjectsMonthly) {
            t.n[k + SKIPPED_PIPELINE_MONTHS]++;
            d[b + MATURE_SALES] *= d[b + MATURE_DECLINE];
            d[b + PRODUCT_REVENUE] = d[b + QUIET_SALES] + d[b + MATURE_SALES];
            return d[b + QUIET_SPEND];
        }
        return PipelineVisit.visit(firm, world, costFactor);
    }

    /**
     * Registers this month's staff needs with the region's pools (hired next month at the pool's
     * fill rate): senior R&D staff per clinical project and per million yuan of R&D, skilled staff
     * per million yuan of revenue, and leading talents per clinical project.
     */
    private static void registerDemand(World world, Region region, FirmTable t, int b, int k, double revenue) {
        TalentSpec talent = world.talentSpec;
        int clinical = t.n[k + CLINICAL_PROJECTS];
        double[] d = t.d;
        region.demand[LEADING] += clinical * talent.leadingPerClinicalProject();
        double seniorNeed = clinical * talent.seniorPerClinicalProject()
                + d[b + RD_MONTH] * 12.0 * talent.seniorPerRdMillion();
        double skilledNeed = revenue * talent.skilledPerRevenueMillion();
        region.demand[SENIOR_RD] += seniorNeed;
        region.demand[SKILLED] += skilledNeed;
        d[b + SENIOR_STAFF] = (float) (seniorNeed * region.fill[SENIOR_RD]);
        d[b + SKILLED_STAFF] = (float) (skilledNeed * region.fill[SKILLED]);
    }

    /**
     * Offers the firm to next month's investors with its weight: the expected value of each
     * project at its stage times the investors' stage preference, a seed term for innovative-drug
     * firms and a revenue term; adds its pipeline's value to the region's. The pipeline sums are
     * kept while the project codes and qualities and the region's value tables are unchanged
     * ({@link ProjectValuation#grossVersion}): most months neither changes, and the sums are then
     * the same bits without reading the project arrays.
     */
    static void registerForFinancing(Region region, Enterprise firm, FirmTable t, int r) {
        CapitalSpec capital = region.world.capitalSpec;
        ProjectValuation valuation = region.valuation;
        int b = r * FirmTable.DOUBLES;
        int k = r * FirmTable.INTS;
        if ((t.n[k + FLAGS] & FINANCING_STALE) != 0 || t.n[k + FINANCING_VERSION] != valuation.grossVersion()) {
            sumPipeline(region, firm, capital, t, b, k);
        }
        double[] d = t.d;
        double weight = (t.n[k + SECTOR] == Sector.INNOVATIVE_DRUG.ordinal() ? capital.innovatorWeight() : 0)
                + d[b + FINANCING_PREFERRED] + (d[b + BASE_REVENUE] + d[b + PRODUCT_REVENUE]) * capital.revenueWeight();
        d[b + FINANCING_WEIGHT] = weight;
        region.pipelineValue += d[b + FINANCING_VALUE];
        t.n[k + FirmTable.CANDIDATE_INDEX] = region.addCandidate(firm, weight);
    }

    /** The pipeline's gross value and its stage-preferred value, from the firm's project arrays. */
    private static void sumPipeline(Region region, Enterprise firm, CapitalSpec capital, FirmTable t, int b, int k) {
        ProjectValuation valuation = region.valuation;
        int sectorIndex = t.n[k + SECTOR];
        double early = capital.discoveryWeight();
        double late = capital.clinicalWeight();
        double value = 0;
        double preferred = 0;
        int count = t.n[k + FirmTable.PROJECT_COUNT];
        for (int i = 0; i < count; i++) {
            int code = firm.projectCodes[i];
            double v = ProjectCodes.launched(code) ? 0
                    : valuation.grossValue(sectorIndex, ProjectCodes.kind(code), ProjectCodes.stage(code), firm.projectQualities[i]);
            value += v;
            preferred += v * (ProjectCodes.early(code) ? early : late);
        }
        t.d[b + FINANCING_VALUE] = value;
        t.d[b + FINANCING_PREFERRED] = preferred;
        t.n[k + FINANCING_VERSION] = valuation.grossVersion();
        t.n[k + FLAGS] &= ~FINANCING_STALE;
    }
}

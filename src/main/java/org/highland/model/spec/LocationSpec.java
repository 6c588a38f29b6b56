package org.highland.model.spec;

import org.highland.model.Param;

/**
 * Where firms locate: the rent of parks and of sites outside any park, congestion near capacity,
 * what shared platforms save, agglomeration, the logit choice of entrants and relocating firms
 * among a region's locations, and the cost of moving within and between regions. Behavioural
 * numbers without a published value are assumptions with ranges (docs/ODD.md, 7.2 and 7.2a).
 */
public record LocationSpec(
        @Param(unit = "million_yuan_per_firm_year", min = 0, max = 100, doc = "rent of a site outside any park, times the region's cost of living; assumption (lab and office space of a small firm)")
        double outsideRentMillion,
        @Param(unit = "share", min = 0, max = 5, doc = "rise of a park's rent when it is full (congestion); assumption, range 0-2")
        double congestionRentRise,
        @Param(unit = "power", min = 1, max = 20, doc = "convexity of the congestion rent in occupancy (rent x (1 + rise x occupancy^power)); assumption, range 2-8")
        double congestionExponent,
        @Param(unit = "share_per_platform", min = 0, max = 0.2, doc = "cut in a firm's project stage costs per shared platform of its park (CRO/CDMO, GMP pilot, animal facility); assumption, range 0-0.08")
        double platformCostSaving,
        @Param(unit = "share", min = 0, max = 0.9, doc = "largest cut in stage costs that platforms can give; assumption, range 0.1-0.5")
        double platformCostSavingCap,
        @Param(unit = "per_year", min = 0, max = 0.2, doc = "agglomeration: extra annual growth per unit of log(1 + park density / reference); elasticity of productivity to density 0.02-0.05 (Ciccone and Hall 1996; Combes et al. 2010; Rosenthal and Strange 2004), range 0-0.08")
        double agglomerationElasticity,
        @Param(unit = "firms", min = 1, max = 1e6, doc = "park density (full-scale firms) at which the agglomeration and density terms reach log 2; assumption, range 300-3000")
        double referenceDensityFirms,
        @Param(unit = "per_million_yuan_per_year", min = -50, max = 0, doc = "location utility per million yuan a year of rent after subsidy; assumption, range -10 to -1")
        double rentUtility,
        @Param(unit = "per_platform", min = 0, max = 5, doc = "location utility per shared platform; assumption, range 0-0.5")
        double platformUtility,
        @Param(unit = "per_log_density", min = 0, max = 5, doc = "location utility per unit of log(1 + park density / reference) (agglomeration attraction); assumption, range 0-1")
        double densityUtility,
        @Param(unit = "per_log_place", min = 0, max = 1, doc = "location utility per unit of log free places (size variable of an aggregate alternative; 1 in theory, Ben-Akiva and Lerman 1985 ch. 9); range 0.5-1")
        double vacancyUtility,
        @Param(unit = "ratio", min = 0, max = 1, doc = "response of a region's entry to the logsum of its location choice (nested-logit inclusive-value weight); assumption, range 0-1")
        double inclusiveValueWeight,
        @Param(unit = "share_per_month", min = 0, max = 1, doc = "share of firms that reconsider their location each month; assumption, range 0.001-0.005 (2-6 % a year)")
        double relocationReviewShare,
        @Param(unit = "million_yuan", min = 0, max = 1e4, doc = "one-off cost of a move (fit-out, revalidation, downtime), paid from cash; assumption, range 0.3-3")
        double movingCostMillion,
        @Param(unit = "year", min = 0.5, max = 50, doc = "years over which a firm spreads a move's cost when weighing it against annual rent; assumption (lease terms of 3-5 years), range 3-10")
        double movingCostYears,
        @Param(unit = "million_yuan", min = 0, max = 1e4, doc = "one-off cost of a move to another region (relocation of staff and plant, GMP and licence transfer, downtime), paid from cash; valued like the local moving cost (annual equivalent over movingCostYears times rentUtility); assumption, range 2-20")
        double regionMoveCostMillion) {

    /** The moving cost in utility units: its annual equivalent valued like rent. */
    public double movingCostUtility() {
        return -rentUtility * movingCostMillion / movingCostYears;
    }

    /** The cost of a move to another region in utility units, valued like {@link #movingCostUtility}. */
    public double regionMoveUtility() {
        return -rentUtility * regionMoveCostMillion / movingCostYears;
    }
}

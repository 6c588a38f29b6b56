package org.highland.model.spec;

import org.highland.model.Doc;
import org.highland.model.Param;

/** Talent pools: growth, demand, wages and the migration choice between regions. */
public record TalentSpec(
        @Doc(value = "natural annual growth by tier: of the senior and skilled pools, and of the province's award path of leading talents (its own awards, whoever is in the pool)", unit = "share_per_year") TierValues naturalGrowth,
        @Doc(value = "pool at the start over the first month's demand, by tier (leading: set by initialLeadingTalent)", unit = "ratio") TierValues initialSupplyRatio,
        @Doc(value = "share of the pool that reconsiders its region each month, by tier", unit = "share_per_month", max = 1) TierValues monthlyReconsiderShare,
        @Doc(value = "effective income-tax rate on the wage, by tier", unit = "share", max = 1) TierValues effectiveTaxRate,
        @Param(unit = "people_per_project", min = 0, max = 1000, doc = "senior R&D staff an active clinical project needs")
        double seniorPerClinicalProject,
        @Param(unit = "people_per_million_yuan", min = 0, max = 1000, doc = "senior R&D staff per million yuan of annual R&D spend")
        double seniorPerRdMillion,
        @Param(unit = "people_per_million_yuan", min = 0, max = 1000, doc = "skilled staff per million yuan of annual revenue")
        double skilledPerRevenueMillion,
        @Param(unit = "people_per_project", min = 0, max = 100, doc = "leading talents an active clinical project needs (its principal scientist and clinical lead; assumption, about the 2015 ratio of Zhejiang's provincial talents to its clinical projects)")
        double leadingPerClinicalProject,
        @Param(unit = "share_per_month", min = 0, max = 0.2, doc = "monthly wage rise at full shortage: w <- w (1 + this x (demand - supply) / demand), gap bounded to [-1, 1] (assumption, range 0.005-0.05)")
        double wageAdjustmentPerMonth,
        @Param(unit = "ratio", min = 1, max = 100, doc = "a tier's wage stays within [start wage / this, start wage x this] (assumption)")
        double wageBoundRatio,
        @Param(unit = "share_per_month", min = 0, max = 1, doc = "share of a senior or skilled shortage closed each month by hiring from outside the four regions")
        double shortageClosingShare,
        @Param(unit = "per_log_wage", min = 0, max = 50, doc = "migration utility weight on log after-tax wage")
        double wageWeight,
        @Param(unit = "per_log_density", min = 0, max = 50, doc = "migration utility weight on log industry density")
        double densityWeight,
        @Param(unit = "per_index", min = 0, max = 50, doc = "migration utility weight on cost of living")
        double costWeight,
        @Param(unit = "utility", min = 0, max = 50, doc = "utility of staying put (moving cost)")
        double stayBonus) {
}

package org.highland.model.spec;

import java.util.Map;
import org.highland.model.Doc;
import org.highland.model.Param;

/** A province: its 2015 state, its parks and its region-specific behaviour. */
public record RegionSpec(
        @Param(unit = "count", min = 0, max = 1e6, doc = "enterprises at the start (full scale)")
        double initialFirms,
        @Doc("share of the region's start-year firms in the sector (normalised over sectors)") SectorWeights firmShares,
        @Param(unit = "billion_yuan", min = 0, max = 1e5, doc = "biomedicine industrial output in the start year")
        double initialOutputBillion,
        @Doc("start-year revenue of the sector as a share of biomedicine output (healthService: relative to it, outside it)") SectorWeights outputShares,
        @Param(unit = "share", min = 0, max = 1, doc = "share of the start-year firms in the large segment (above the designated size); the others are small firms drawn like entrants (calibrated for Zhejiang to Hangzhou's firms above 20 M yuan; assumption elsewhere)")
        double largeFirmShare,
        @Param(unit = "log_sd", min = 0, max = 5, doc = "lognormal sd of revenue among the large firms (assumption)")
        double largeFirmSizeSigma,
        @Param(unit = "share_per_year", min = -0.5, max = 0.5, doc = "region's addition to every sector's organic growth (calibrated)")
        double growthShift,
        @Param(unit = "ratio", min = 0, max = 20, doc = "multiplier on the innovative-drug pipeline per firm inherited in the start year (calibrated; first guess from Table 2's innovative clinical applications per innovative-drug firm)")
        double initialPipelineMultiplier,
        @Param(unit = "ratio", min = 0, max = 20, doc = "multiplier on the arrival of innovative-drug opportunities per firm after the start (calibrated; first guess from Table 2's innovative clinical applications per innovative-drug firm)")
        double opportunityMultiplier,
        @Param(unit = "ratio", min = 0, max = 20, doc = "multiplier on generic-drug and TCM-product opportunities per firm, inherited and after the start (Table 2's generic approvals per generic-drug maker relative to Zhejiang's, times Zhejiang's value)")
        double genericOpportunityMultiplier,
        @Param(unit = "ratio", min = 0, max = 20, doc = "multiplier on device opportunities per firm, inherited and after the start (Table 2's class III devices per device maker relative to Zhejiang's, times Zhejiang's value)")
        double deviceOpportunityMultiplier,
        @Param(unit = "share", min = 0, max = 1, doc = "share of the sales of products the region's firms launched since the start that is manufactured in the region and so counts in its industrial output; the rest is made by contract or in the holders' plants elsewhere (marketing-authorisation-holder system; Table 2 counts approvals by holder). 1 = all at home; Shanghai's is calibrated on its output 2015-2019, the others are 1 (assumption)")
        double localManufacturingShare,
        @Param(unit = "firms_per_year", min = 0, max = 1e6, doc = "entrants per year in the start year (full scale, calibrated)")
        double entryPerYear,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "trend of the entry rate")
        double entryTrend,
        @Doc("share of entrants in the sector (normalised over sectors)") SectorWeights entryShares,
        @Param(unit = "share", min = 0, max = 1, doc = "share of firms listed at the start")
        double initialListedShare,
        @Param(unit = "share", min = 0, max = 1, doc = "share of firms certified high-tech at the start")
        double initialHightechShare,
        @Param(unit = "count", min = 0, max = 1e6, doc = "leading talents at the start (provincial biomedicine talents)")
        double initialLeadingTalent,
        @Doc(value = "gross annual wage at the start, by talent tier (thousand yuan)", unit = "thousand_yuan_per_year") TierValues annualWageThousand,
        @Param(unit = "index", min = 0.1, max = 10, doc = "cost of living relative to the four-region mean")
        double costOfLiving,
        @Param(unit = "billion_yuan_per_year", min = 0, max = 1e4, doc = "venture financing in the start year; with the other regions' it sets the start-year shares of the national pool (calibrated to 2021 disclosed)")
        double ventureBillion,
        @Doc("cumulative registry count before the first simulated month") InitialStockSpec initialStock,
        TcmCultivationSpec tcmCultivation,
        ElderlyCareSpec elderlyCare,
        Map<String, ParkSpec> parks) {
}

package org.highland.model.spec;

import org.highland.model.Doc;
import org.highland.model.Param;

/** How firms of one sector behave. Growth and start rates are calibrated (docs/ODD.md). */
public record SectorSpec(
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "mean organic revenue growth of a firm (calibrated)")
        double organicGrowth,
        @Param(unit = "share_per_year", min = 0, max = 1, doc = "sd of firm-specific growth, drawn once at birth")
        double growthSd,
        @Param(unit = "share", min = -1, max = 1, doc = "operating margin before R&D")
        double operatingMargin,
        @Param(unit = "share", min = 0, max = 1, doc = "R&D spent outside projects, as a share of revenue")
        double baseRdShare,
        @Param(unit = "per_firm_per_year", min = 0, max = 50, doc = "project opportunities arriving per firm and year at reference conditions; the firm starts those with positive NPV it can finance (calibrated)")
        double projectStartsPerYear,
        @Param(unit = "elasticity", min = 0, max = 1.5, doc = "elasticity of a firm's arrival of project opportunities with respect to its revenue, relative to the mean over its region and sector's firms last month (R&D capacity of established firms; 0 = every firm alike, as for venture-financed biotechs; assumption, Cohen and Klepper 1996)")
        double opportunitySizeElasticity,
        @Doc("weight of each project kind among the sector's project opportunities (normalised over kinds; 0 = never)") KindWeights projectKinds,
        @Param(unit = "per_year", min = 0, max = 1, doc = "hazard of exit for reasons outside the model (sale, closure)")
        double exitHazard,
        @Param(unit = "month", min = 0, max = 240, doc = "initial cash in months of revenue")
        double initialCashMonths) {
}

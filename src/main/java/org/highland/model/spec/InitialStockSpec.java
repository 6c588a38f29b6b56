package org.highland.model.spec;

import org.highland.model.Param;

/**
 * Cumulative counts before the first simulated month (the registries start long before 2015).
 * The documents give only end-2020 totals, so these are calibrated (docs/ODD.md).
 */
public record InitialStockSpec(
        @Param(unit = "count", min = 0, max = 1e6) double clinicalApplications,
        @Param(unit = "count", min = 0, max = 1e6) double innovativeClinicalApplications,
        @Param(unit = "count", min = 0, max = 1e6) double clinicalTrials,
        @Param(unit = "count", min = 0, max = 1e6) double innovativeClinicalTrials,
        @Param(unit = "count", min = 0, max = 1e6) double genericDrugApprovals,
        @Param(unit = "count", min = 0, max = 1e6) double innovativeDrugApprovals,
        @Param(unit = "count", min = 0, max = 1e6) double otherDrugApprovals,
        @Param(unit = "count", min = 0, max = 1e6) double class3DeviceApprovals) {
}

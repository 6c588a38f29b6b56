package org.highland.model.spec;

import org.highland.model.Param;

/**
 * Cumulative counts before the first simulated month (the registries start long before 2015).
 * The documents give only end-2020 totals, so these are calibrated (docs/ODD.md).
 */
public record InitialStockSpec(
        @Param(unit = "count", min = 0, max = 1e6, doc = "clinical-trial applications (IND filings) before the first simulated month")
        double clinicalApplications,
        @Param(unit = "count", min = 0, max = 1e6, doc = "innovative-drug IND filings before the first simulated month")
        double innovativeClinicalApplications,
        @Param(unit = "count", min = 0, max = 1e6, doc = "drug clinical trials registered before the first simulated month")
        double clinicalTrials,
        @Param(unit = "count", min = 0, max = 1e6, doc = "innovative-drug clinical trials registered before the first simulated month")
        double innovativeClinicalTrials,
        @Param(unit = "count", min = 0, max = 1e6, doc = "generic drug approvals before the first simulated month")
        double genericDrugApprovals,
        @Param(unit = "count", min = 0, max = 1e6, doc = "innovative drug approvals before the first simulated month")
        double innovativeDrugApprovals,
        @Param(unit = "count", min = 0, max = 1e6, doc = "other drug approvals (neither innovative nor generic) before the first simulated month")
        double otherDrugApprovals,
        @Param(unit = "count", min = 0, max = 1e6, doc = "class III device registrations before the first simulated month")
        double class3DeviceApprovals) {
}

package org.highland.model.spec;

import java.util.List;
import org.highland.model.Param;

/** A project kind's path to market, stage by stage, and what an approved product earns. */
public record RouteSpec(
        List<StageSpec> stages,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e5, doc = "median peak sales of an approved product")
        double peakSalesMillion,
        @Param(unit = "log_sd", min = 0, max = 4, doc = "lognormal sd of peak sales")
        double peakSalesSigma,
        @Param(unit = "month", min = 1, max = 240, doc = "months from launch to peak sales")
        double launchRampMonths,
        @Param(unit = "month", min = 0, max = 600, doc = "months of exclusivity after approval")
        double exclusivityMonths,
        @Param(unit = "share_per_year", min = 0, max = 1, doc = "sales decline after exclusivity ends")
        double postExclusivityDecline,
        @Param(unit = "year", min = 0, max = 50, doc = "years of peak sales a firm counts as a product's value when deciding")
        double valueYears) {
}

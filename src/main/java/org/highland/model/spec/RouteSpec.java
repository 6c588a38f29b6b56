package org.highland.model.spec;

import java.util.List;
import org.highland.model.Param;

/** A project kind's path to market, stage by stage, and what an approved product earns. */
public record RouteSpec(
        List<StageSpec> stages,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e5, doc = "median peak sales of a product, over all opportunities before the firms select them")
        double peakSalesMillion,
        @Param(unit = "log_sd", min = 0, max = 4, doc = "lognormal sd of peak sales over all opportunities (the opportunity quality known at the decision takes the share firms.knownQualityShare of it, the rest is revealed at launch)")
        double peakSalesSigma,
        @Param(unit = "month", min = 1, max = 240, doc = "months from launch to peak sales")
        double launchRampMonths,
        @Param(unit = "month", min = 0, max = 600, doc = "months of exclusivity after approval")
        double exclusivityMonths,
        @Param(unit = "share_per_year", min = 0, max = 1, doc = "sales decline after exclusivity ends")
        double postExclusivityDecline,
        @Param(unit = "year", min = 0, max = 50, doc = "years after launch over which a firm counts a product's sales when valuing a project (horizon of the sales curve)")
        double valueYears,
        @Param(unit = "share", min = 0, max = 1, doc = "operating profit of a launched product as a share of its sales (after cost of goods, selling and administration, before R&D)")
        double productMargin,
        @Param(unit = "count_per_application", min = 1, max = 10, doc = "acceptance numbers per clinical application of a project (one per dosage strength): the registries and the published counts of clinical applications and approvals count acceptance numbers, a project is one variety; only counting, no decision depends on it")
        double acceptanceNumbersPerApplication) {
}

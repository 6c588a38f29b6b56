package org.highland.policy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.highland.model.BudgetMode;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Region;
import org.highland.model.World;

/**
 * A policy instrument as a planner writes it, typed in YAML by {@code type:}. Every instrument has
 * a region ("all" = one copy per region, each with the budget), years in force, an annual budget
 * and what happens when it runs out; the rest is its own. Adding an instrument means one record
 * here plus its mechanism.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RdSubsidyPolicy.class, name = "rd-subsidy"),
    @JsonSubTypes.Type(value = TrialSupportPolicy.class, name = "clinical-trial-support"),
})
public sealed interface PolicySpec permits RdSubsidyPolicy, TrialSupportPolicy {
    /** Region name, or "all". */
    String region();

    int startYear();

    int endYear();

    /** Annual budget per region, million yuan at full scale. */
    double annualBudgetMillion();

    BudgetMode budgetMode();

    /** Eligible sectors (enum names); empty means all. */
    List<String> sectors();

    /** Builds this instrument's mechanism for one region, paying through {@code account}. */
    Instrument mechanism(World world, Region region, Government.Account account);
}

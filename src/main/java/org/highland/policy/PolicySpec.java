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
    @JsonSubTypes.Type(value = ApprovalRewardPolicy.class, name = "approval-reward"),
    @JsonSubTypes.Type(value = TalentTaxRebatePolicy.class, name = "talent-tax-rebate"),
    @JsonSubTypes.Type(value = TalentProgrammePolicy.class, name = "talent-programme"),
    @JsonSubTypes.Type(value = ParkInvestmentPolicy.class, name = "park-investment"),
    @JsonSubTypes.Type(value = GuidanceFundPolicy.class, name = "guidance-fund"),
    @JsonSubTypes.Type(value = ListingSupportPolicy.class, name = "listing-support"),
    @JsonSubTypes.Type(value = ProcurementPolicy.class, name = "volume-based-procurement"),
    @JsonSubTypes.Type(value = TcmCultivationPolicy.class, name = "tcm-cultivation-support"),
    @JsonSubTypes.Type(value = ElderlyCarePolicy.class, name = "elderly-care-subsidy"),
    @JsonSubTypes.Type(value = ReviewReformPolicy.class, name = "review-reform"),
    @JsonSubTypes.Type(value = RdSuperDeductionPolicy.class, name = "rd-super-deduction"),
})
public sealed interface PolicySpec permits RdSubsidyPolicy, TrialSupportPolicy, ApprovalRewardPolicy,
        TalentTaxRebatePolicy, TalentProgrammePolicy, ParkInvestmentPolicy, GuidanceFundPolicy,
        ListingSupportPolicy, ProcurementPolicy, TcmCultivationPolicy, ElderlyCarePolicy, ReviewReformPolicy,
        RdSuperDeductionPolicy {
    /** Region name, or "all". */
    String region();

    int startYear();

    int endYear();

    /** Annual budget per region, million yuan at full scale. */
    double annualBudgetMillion();

    BudgetMode budgetMode();

    /**
     * Eligible sectors (enum names); empty means all. Instruments that act on region-wide pools
     * (talent, parks, TCM planting, elderly care) have no such field and target no sector.
     */
    default List<String> sectors() {
        return List.of();
    }

    /** Builds this instrument's mechanism for one region, paying through {@code account}. */
    Instrument mechanism(World world, Region region, Government.Account account);
}

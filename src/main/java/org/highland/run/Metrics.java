package org.highland.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The metric catalog. Names follow baseline-figures.csv where the concept is the same. Region
 * metrics are recorded for provinces; {@link #CITY} and {@link #PARK} name those also recorded for
 * cities and parks. Each policy adds {@code policy_outlay.<name>} and {@code policy_shortfall.<name>}.
 *
 * <p>A metric is a {@code flow} when its value is an amount of the year (revenue, R&D spend, a
 * harvest, events counted in the year) and a {@code stock} when it is a level at year end (a
 * count of what exists, a cumulative count, a wage, a ratio or a growth rate). A flow's
 * description says so ("in the year", "over the year", "of the year", "the year's"), a stock's
 * never does: the legends print the kind after the description, and the two must agree.
 */
public final class Metrics {
    public static final Metric BIOMEDICINE_OUTPUT = flow("biomedicine_industrial_output", "billion_yuan", "revenue of drug, device, CXO and TCM firms over the year, less the share of their new products' sales made outside the region");
    public static final Metric OPERATING_INCOME = flow("operating_income", "billion_yuan", "revenue of all firms over the year");
    public static final Metric HEALTH_SERVICE_REVENUE = flow("health_service_revenue", "billion_yuan", "revenue of health-service firms over the year");
    public static final Metric OUTPUT_GROWTH = stock("industrial_output_growth", "percent_per_year", "growth of biomedicine output over the previous year");
    public static final Metric RD_INTENSITY = stock("pharma_rd_to_operating_income", "percent", "R&D over operating income of pharmaceutical firms above 20 M yuan");
    public static final Metric RD_SPEND = flow("rd_spend", "billion_yuan", "R&D spend of all firms over the year");
    public static final Metric ENTERPRISES = stock("enterprises", "count", "firms alive at year end");
    public static final Metric HIGHTECH = stock("hightech_enterprises", "count", "certified high-tech firms at year end");
    public static final Metric LISTED = stock("listed_biomedicine_companies", "count", "listed biomedicine firms (health services excluded) at year end");
    public static final Metric OVER_20M = stock("firms_output_over_20m_yuan", "count", "biomedicine firms (health services excluded) with annual revenue above 20 million yuan");
    public static final Metric ENTRIES = flow("enterprise_entries", "count", "new firms in the year");
    public static final Metric EXITS = flow("enterprise_exits", "count", "firms that exited in the year");
    public static final Metric ACQUISITIONS = flow("acquisitions", "count", "firms out of cash bought for their pipeline in the year (not counted as exits)");
    public static final Metric RELOCATIONS_IN = flow("relocations_in", "count", "firms that moved into a location of the area in the year (for a province: moves between its locations plus firms moved in from other provinces)");
    public static final Metric RELOCATIONS_OUT = flow("relocations_out", "count", "firms that moved out of a location of the area in the year (for a province: moves between its locations plus firms moved out to other provinces)");
    public static final Metric FIRMS_MOVED_IN = flow("firms_moved_in", "count", "firms that moved into the province from another province in the year");
    public static final Metric FIRMS_MOVED_OUT = flow("firms_moved_out", "count", "firms that moved out of the province to another province in the year");
    public static final Metric NEW_CAPITAL = flow("new_firms_registered_capital", "billion_yuan", "registered capital of the year's new firms");
    public static final Metric PROJECT_STARTS = flow("project_starts", "count", "development projects started in the year");
    public static final Metric INNOVATIVE_STARTS = flow("innovative_project_starts", "count", "innovative-drug projects started in the year");
    public static final Metric PROJECT_STOPS = flow("project_stops", "count", "development projects stopped at a stage gate in the year (continuation value negative)");
    public static final Metric INNOVATIVE_STOPS = flow("innovative_project_stops", "count", "innovative-drug projects stopped at a stage gate in the year");
    public static final Metric CLINICAL_PIPELINE = stock("clinical_pipeline", "count", "projects in phase I-III at year end");
    public static final Metric CLINICAL_APPLICATIONS = flow("clinical_trial_applications", "count", "clinical trial applications (IND filings) in the year");
    public static final Metric INNOVATIVE_CLINICAL_APPLICATIONS = flow("innovative_clinical_applications", "count", "innovative-drug IND filings in the year");
    public static final Metric CUM_CLINICAL_APPLICATIONS = stock("cumulative_clinical_applications", "count", "IND filings since the registry began");
    public static final Metric CUM_INNOVATIVE_CLINICAL_APPLICATIONS = stock("cumulative_innovative_clinical_applications", "count", "innovative-drug IND filings since the registry began");
    public static final Metric CLINICAL_APPROVALS = flow("clinical_trial_approvals", "count", "IND approvals in the year");
    public static final Metric INNOVATIVE_CLINICAL_APPROVALS = flow("innovative_drug_clinical_approvals", "count", "innovative-drug IND approvals in the year");
    public static final Metric TRIALS = flow("clinical_trials_registered", "count", "drug clinical trials registered in the year");
    public static final Metric CUM_TRIALS = stock("cumulative_clinical_trials", "count", "drug clinical trials registered since the registry began");
    public static final Metric INNOVATIVE_TRIALS = flow("innovative_clinical_trials_registered", "count", "innovative-drug trials registered in the year");
    public static final Metric CUM_INNOVATIVE_TRIALS = stock("cumulative_innovative_clinical_trials", "count", "innovative-drug trials registered since the registry began");
    public static final Metric DRUG_APPROVALS = flow("drug_production_approvals", "count", "innovative and generic drug approvals in the year");
    public static final Metric INNOVATIVE_APPROVALS = flow("innovative_drug_approvals", "count", "innovative drug approvals in the year");
    public static final Metric GENERIC_APPROVALS = flow("generic_drug_production_approvals", "count", "generic drug approvals in the year");
    public static final Metric ALL_DRUG_APPROVALS = flow("all_drug_approvals", "count", "drug approval numbers granted in the year, all kinds (innovative, generic, TCM): the flow of cumulative_drug_approvals");
    public static final Metric CUM_DRUG_APPROVALS = stock("cumulative_drug_approvals", "count", "drug approval numbers held (all kinds)");
    public static final Metric CUM_INNOVATIVE_APPROVALS = stock("cumulative_innovative_drug_approvals", "count", "innovative drug approvals to date");
    public static final Metric CUM_GENERIC_APPROVALS = stock("cumulative_generic_drug_approvals", "count", "generic drug approvals to date");
    public static final Metric CLASS3_APPROVALS = flow("class3_device_approvals", "count", "class III device registrations in the year");
    public static final Metric CUM_CLASS3_APPROVALS = stock("cumulative_class3_device_approvals", "count", "class III device registrations to date");
    public static final Metric LEADING_TALENT = stock("biomedicine_provincial_talents", "count", "leading talents (provincial talent programmes)");
    public static final Metric SENIOR_TALENT = stock("senior_rd_talents", "count", "senior R&D staff in the region's pool");
    public static final Metric SKILLED_STAFF = stock("skilled_staff", "count", "skilled staff in the region's pool");
    public static final Metric AFTER_TAX_WAGE_LEADING = stock("after_tax_wage_leading", "thousand_yuan_per_year", "leading talents' wage after income tax and rebate in December");
    public static final Metric AFTER_TAX_WAGE_SENIOR = stock("after_tax_wage_senior_rd", "thousand_yuan_per_year", "senior R&D staff's wage after income tax and rebate in December");
    public static final Metric AFTER_TAX_WAGE_SKILLED = stock("after_tax_wage_skilled", "thousand_yuan_per_year", "skilled staff's wage after income tax and rebate in December");
    public static final Metric CORPORATE_TAX = flow("corporate_income_tax", "million_yuan", "corporate income tax paid by the firms in the year");
    public static final Metric FINANCING = flow("biopharma_financing_disclosed", "billion_yuan", "venture financing raised in the year");
    public static final Metric GUIDANCE_INVESTMENT = flow("guidance_fund_investment", "billion_yuan", "guidance-fund co-investment placed in the year");
    public static final Metric IPO_PROCEEDS = flow("ipo_proceeds", "billion_yuan", "cash raised at listing in the year");
    public static final Metric LISTINGS = flow("listings", "count", "firms listed in the year");
    public static final Metric POLICY_OUTLAY = flow("policy_outlay", "million_yuan", "public outlay of all instruments in the year");
    public static final Metric POLICY_SHORTFALL = flow("policy_shortfall", "million_yuan", "claims on all instruments refused for want of budget in the year (under PRORATE, the part pro-rated away)");
    public static final Metric TCM_AREA = stock("tcm_planting_area", "mu", "TCM planting area");
    public static final Metric TCM_OUTPUT = flow("tcm_material_output", "tonnes", "TCM material harvested in the year (the planting area at year end times the yield per mu and year)");
    public static final Metric TCM_VALUE = flow("tcm_agricultural_output_value", "billion_yuan", "farm-gate value of the year's TCM harvest");
    public static final Metric TCM_SHARE = stock("tcm_share_of_drug_production_revenue", "percent", "TCM firms' share of drug-manufacturing revenue");
    public static final Metric ELDERLY_INSTITUTIONS = stock("elderly_care_institutions", "count", "elderly-care institutions");
    public static final Metric ELDERLY_BEDS = stock("elderly_care_beds", "count", "elderly-care beds");
    public static final Metric NURSING_BEDS = stock("elderly_nursing_beds", "count", "nursing beds");
    public static final Metric PRIVATE_INSTITUTIONS = stock("private_elderly_care_institutions", "count", "privately run elderly-care institutions");

    /** Metrics recorded for provinces, in output order. */
    public static final List<Metric> REGION = List.of(
            BIOMEDICINE_OUTPUT, OUTPUT_GROWTH, OPERATING_INCOME, HEALTH_SERVICE_REVENUE, RD_INTENSITY, RD_SPEND,
            ENTERPRISES, HIGHTECH, LISTED, OVER_20M, ENTRIES, EXITS, ACQUISITIONS, NEW_CAPITAL,
            RELOCATIONS_IN, RELOCATIONS_OUT, FIRMS_MOVED_IN, FIRMS_MOVED_OUT,
            PROJECT_STARTS, INNOVATIVE_STARTS, PROJECT_STOPS, INNOVATIVE_STOPS, CLINICAL_PIPELINE,
            CLINICAL_APPLICATIONS, INNOVATIVE_CLINICAL_APPLICATIONS, CUM_CLINICAL_APPLICATIONS, CUM_INNOVATIVE_CLINICAL_APPLICATIONS,
            CLINICAL_APPROVALS, INNOVATIVE_CLINICAL_APPROVALS, TRIALS, CUM_TRIALS, INNOVATIVE_TRIALS, CUM_INNOVATIVE_TRIALS,
            DRUG_APPROVALS, INNOVATIVE_APPROVALS, GENERIC_APPROVALS, ALL_DRUG_APPROVALS, CUM_DRUG_APPROVALS, CUM_INNOVATIVE_APPROVALS, CUM_GENERIC_APPROVALS,
            CLASS3_APPROVALS, CUM_CLASS3_APPROVALS,
            LEADING_TALENT, SENIOR_TALENT, SKILLED_STAFF,
            AFTER_TAX_WAGE_LEADING, AFTER_TAX_WAGE_SENIOR, AFTER_TAX_WAGE_SKILLED, CORPORATE_TAX,
            FINANCING, GUIDANCE_INVESTMENT, IPO_PROCEEDS, LISTINGS, POLICY_OUTLAY, POLICY_SHORTFALL,
            TCM_AREA, TCM_OUTPUT, TCM_VALUE, TCM_SHARE,
            ELDERLY_INSTITUTIONS, ELDERLY_BEDS, NURSING_BEDS, PRIVATE_INSTITUTIONS);

    /** Also recorded for cities (the parks of a city together). */
    public static final Set<Metric> CITY = Set.of(BIOMEDICINE_OUTPUT, OPERATING_INCOME, ENTERPRISES, ENTRIES, NEW_CAPITAL, OVER_20M, LISTED,
            RELOCATIONS_IN, RELOCATIONS_OUT);

    /** Also recorded for parks. */
    public static final Set<Metric> PARK = Set.of(BIOMEDICINE_OUTPUT, OPERATING_INCOME, OUTPUT_GROWTH, ENTERPRISES, ENTRIES, OVER_20M, LISTED,
            RELOCATIONS_IN, RELOCATIONS_OUT);

    private Metrics() {
    }

    private static Metric stock(String name, String unit, String description) {
        return new Metric(name, unit, false, description);
    }

    private static Metric flow(String name, String unit, String description) {
        return new Metric(name, unit, true, description);
    }

    /** Name of the per-policy outlay metric. */
    public static String outlayName(String policy) {
        return POLICY_OUTLAY.name() + "." + policy;
    }

    /** Name of the per-policy shortfall metric: the policy's claims refused for want of budget. */
    public static String shortfallName(String policy) {
        return POLICY_SHORTFALL.name() + "." + policy;
    }

    /**
     * The catalog entry of a per-policy metric ({@code policy_outlay.<name>} or
     * {@code policy_shortfall.<name>}), or null when {@code name} is neither.
     */
    public static Metric perPolicy(String name) {
        if (name.startsWith(outlayName(""))) {
            return outlay(name.substring(outlayName("").length()));
        }
        if (name.startsWith(shortfallName(""))) {
            return shortfall(name.substring(shortfallName("").length()));
        }
        return null;
    }

    private static Metric outlay(String policy) {
        return flow(outlayName(policy), POLICY_OUTLAY.unit(), "public outlay of policy " + policy + " in the year");
    }

    private static Metric shortfall(String policy) {
        return flow(shortfallName(policy), POLICY_SHORTFALL.unit(), "claims on policy " + policy
                + " refused for want of budget in the year (under PRORATE, the part pro-rated away)");
    }

    /**
     * The full catalog for a scenario with these policies: the region metrics, then each policy's
     * outlay, then each policy's shortfall (the per-policy shortfalls sum to {@link #POLICY_SHORTFALL}).
     */
    public static List<Metric> catalog(Iterable<String> policyNames) {
        List<Metric> all = new ArrayList<>(REGION);
        for (String p : policyNames) {
            all.add(outlay(p));
        }
        for (String p : policyNames) {
            all.add(shortfall(p));
        }
        return all;
    }
}

package org.highland.policy;

import java.util.List;

/** Every instrument type with a metric its mechanism moves in its target region. */
final class InstrumentCases {
    private static final String Z = "Zhejiang";
    private static final String QIANTANG = "Zhejiang/park:Qiantang Pharmaceutical Port";

    private InstrumentCases() {
    }

    static List<InstrumentCase> all() {
        return List.of(
                new InstrumentCase("rd-subsidy", Z, "share: 0.3", "rd_spend", Z, 1, true, 1e6),
                new InstrumentCase("rd-super-deduction", Z, "extraDeductionShare: 1.0", "corporate_income_tax", Z, -1, true, 1e9),
                // Zhejiang starts about one innovative project a year in a 4 % world, so half of the
                // default maxima moved 3-10 of some 20 starts over 16 replications, and with other
                // draws of the opportunities none; the whole cost up to ten times the maxima shows
                // the mechanism with every seed tried.
                new InstrumentCase("clinical-trial-support", Z,
                        "costShare: 1.0, phase1MaxMillion: 50, phase2MaxMillion: 100, phase3MaxMillion: 300",
                        "innovative_project_starts", Z, 1, true, 2000),
                // Firms discount a reward paid on approval about 12 years out with a 4 % chance at the
                // default (BIO) route: Hangzhou's 48 M is worth 0.7 M at a start, too little to move
                // starts visibly in a 4 % world; 500 M shows the mechanism.
                new InstrumentCase("approval-reward", Z, "innovativeDrugMillion: 500, class3DeviceMillion: 50",
                        "innovative_project_starts", Z, 1, true, 1e5),
                new InstrumentCase("talent-tax-rebate", Z, "", "biomedicine_provincial_talents", Z, 1, true, 1e5),
                new InstrumentCase("talent-programme", Z, "placesPerYear: 200",
                        "biomedicine_provincial_talents", Z, 1, true, 1000),
                new InstrumentCase("park-investment", Z, "extraPlatforms: 3, rentSubsidyPerFirmMillion: 0.3",
                        "enterprise_entries", QIANTANG, 1, true, 3000),
                new InstrumentCase("guidance-fund", Z, "annualPublicMillion: 2000, sectors: [INNOVATIVE_DRUG]",
                        "guidance_fund_investment", Z, 1, true, 3000),
                new InstrumentCase("listing-support", Z, "listingDelayMultiplier: 0.3, rewardPerListingMillion: 5",
                        "listings", Z, 1, true, 1e4),
                new InstrumentCase("volume-based-procurement", Z, "", "biomedicine_industrial_output", Z, -1, false, 0),
                new InstrumentCase("tcm-cultivation-support", Z, "", "tcm_planting_area", Z, 1, true, 1000),
                new InstrumentCase("elderly-care-subsidy", Z, "", "elderly_care_institutions", Z, 1, true, 1e4),
                new InstrumentCase("review-reform", Z,
                        "kinds: [GENERIC_DRUG, TCM_PRODUCT], clinicalMonthsMultiplier: 0.5, reviewMonthsMultiplier: 0.3",
                        "drug_production_approvals", Z, 1, false, 0));
    }
}

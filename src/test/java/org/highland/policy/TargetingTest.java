package org.highland.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.highland.run.Metric;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;

/**
 * Sector, kind and budget-mode targeting, checked through quantities that must hold exactly:
 * outlays equal reward x events, an instrument whose target has no activity changes nothing, and
 * region-level provision elsewhere is untouched.
 */
class TargetingTest {
    private static final String Z = "Zhejiang";
    private static final String OUTLAY = "policy_outlay.p";

    private static String policy(String type, String fields) {
        return "{type: " + type + ", region: Zhejiang, startYear: 2016, endYear: 2021, " + fields + "}";
    }

    /**
     * A talent programme brings its places and no more: the four regions' leading talents in
     * each replication exceed those without it by exactly the places filled, however migration
     * then shares them out. Before the province's own awards followed an award path of their own,
     * the pool's natural growth compounded the recruits (some 50 % more talents than places over
     * twelve years).
     */
    @Test
    void aTalentProgrammeAddsItsPlacesAndNoMoreAcrossTheRegions() {
        List<ReplicationResult> base = PolicyRuns.base();
        List<ReplicationResult> with = PolicyRuns.withPolicy(policy("talent-programme",
                "annualBudgetMillion: 1e6, placesPerYear: 200, grantPerTalentMillion: 1"));
        for (int k = 0; k < base.size(); k++) {
            double gained = 0;
            for (String region : PolicyRuns.REGIONS) {
                gained += with.get(k).value("biomedicine_provincial_talents", region, 2021)
                        - base.get(k).value("biomedicine_provincial_talents", region, 2021);
            }
            assertEquals(200 * 6, gained, 1e-6, "replication " + k + ": 200 places a year, 2016-2021");
        }
    }

    @Test
    void approvalRewardsPayRewardTimesApprovalsOfEligibleSectorsOnly() {
        List<ReplicationResult> all = PolicyRuns.withPolicy(policy("approval-reward",
                "annualBudgetMillion: 1e6, innovativeDrugMillion: 48, class3DeviceMillion: 10"));
        List<ReplicationResult> drugs = PolicyRuns.withPolicy(policy("approval-reward",
                "annualBudgetMillion: 1e6, innovativeDrugMillion: 48, class3DeviceMillion: 10, sectors: [INNOVATIVE_DRUG, GENERIC_DRUG]"));
        double devices = 0;
        for (int k = 0; k < all.size(); k++) {
            for (int y = 2016; y <= 2021; y++) {
                ReplicationResult a = all.get(k);
                double expected = 48 * a.value("innovative_drug_approvals", Z, y) + 10 * a.value("class3_device_approvals", Z, y);
                assertEquals(expected, a.value(OUTLAY, Z, y), 1e-6 * Math.max(1, expected));
                ReplicationResult d = drugs.get(k);
                // Only drug makers are eligible: their innovative drugs are paid, no device is.
                double drugOnly = 48 * d.value("innovative_drug_approvals", Z, y);
                assertEquals(drugOnly, d.value(OUTLAY, Z, y), 1e-6 * Math.max(1, drugOnly));
                devices += d.value("class3_device_approvals", Z, y);
            }
        }
        assertTrue(devices > 0, "the test needs class III approvals that go unrewarded");
    }

    @Test
    void listingSupportPaysItsLumpSumPerListing() {
        List<ReplicationResult> with = PolicyRuns.withPolicy(policy("listing-support",
                "annualBudgetMillion: 1e6, rewardPerListingMillion: 7"));
        double listings = 0;
        for (ReplicationResult r : with) {
            for (int y = 2016; y <= 2021; y++) {
                double n = r.value("listings", Z, y);
                assertEquals(7 * n, r.value(OUTLAY, Z, y), 1e-6 * Math.max(1, n));
                listings += n;
            }
        }
        assertTrue(listings > 0, "the test needs listings");
    }

    @Test
    void trialSupportForASectorWithoutTrialsChangesNothing() {
        // CXO firms run no projects of their own.
        assertIdenticalToBase(PolicyRuns.withPolicy(policy("clinical-trial-support", "sectors: [CXO]")), Set.of());
    }

    @Test
    void guidanceFundPlacesNothingWhenNoFirmIsInItsTargetButRecordsTheCommitment() {
        List<ReplicationResult> with = PolicyRuns.withPolicy(policy("guidance-fund",
                "sectors: [HEALTH_SERVICE], stages: [PHASE1]"));
        assertIdenticalToBase(with, Set.of(OUTLAY, "policy_outlay"));
        assertTrue(PolicyRuns.meanSum(with, OUTLAY, Z, 2016, 2021) > 0);
    }

    @Test
    void provisionSubsidiesLeaveOtherRegionsExactlyUnchanged() {
        List<ReplicationResult> base = PolicyRuns.base();
        List<ReplicationResult> tcm = PolicyRuns.withPolicy(policy("tcm-cultivation-support", "annualBudgetMillion: 1000"));
        List<ReplicationResult> care = PolicyRuns.withPolicy(policy("elderly-care-subsidy", "annualBudgetMillion: 1e4"));
        for (int k = 0; k < base.size(); k++) {
            for (String region : PolicyRuns.REGIONS) {
                for (int y = 2016; y <= 2021; y++) {
                    double bt = base.get(k).value("tcm_planting_area", region, y);
                    double be = base.get(k).value("elderly_care_institutions", region, y);
                    double wt = tcm.get(k).value("tcm_planting_area", region, y);
                    double we = care.get(k).value("elderly_care_institutions", region, y);
                    if (region.equals(Z)) {
                        assertTrue(wt > bt && we > be, region + " " + y);
                    } else {
                        assertEquals(bt, wt, region + " " + y);
                        assertEquals(be, we, region + " " + y);
                    }
                }
            }
        }
    }

    @Test
    void aTighterBudgetBuysLessOfALeverInstrument() {
        for (String[] c : new String[][] {
            {"talent-programme", "placesPerYear: 200", "biomedicine_provincial_talents"},
            {"tcm-cultivation-support", "", "tcm_planting_area"},
            {"elderly-care-subsidy", "", "elderly_care_institutions"}}) {
            String extra = c[1].isEmpty() ? "" : ", " + c[1];
            double full = PolicyRuns.meanSum(PolicyRuns.withPolicy(policy(c[0], "annualBudgetMillion: 1e5" + extra)), c[2], Z, 2021, 2021);
            double stop = PolicyRuns.meanSum(PolicyRuns.withPolicy(policy(c[0], "annualBudgetMillion: 20" + extra)), c[2], Z, 2021, 2021);
            double prorate = PolicyRuns.meanSum(PolicyRuns.withPolicy(policy(c[0],
                    "annualBudgetMillion: 20, budgetMode: PRORATE" + extra)), c[2], Z, 2021, 2021);
            double none = PolicyRuns.meanSum(PolicyRuns.base(), c[2], Z, 2021, 2021);
            assertTrue(none < stop && stop < full, c[0] + ": " + none + " < " + stop + " < " + full);
            assertTrue(none < prorate && prorate < full, c[0] + ": " + none + " < " + prorate + " < " + full);
        }
    }

    @Test
    void proratedClaimsStayWithinBudgetAndRecordTheShortfall() {
        List<ReplicationResult> with = PolicyRuns.withPolicy(policy("rd-subsidy",
                "share: 0.3, annualBudgetMillion: 500, budgetMode: PRORATE"));
        double shortfall = 0;
        for (ReplicationResult r : with) {
            for (int y = 2016; y <= 2021; y++) {
                assertTrue(r.value(OUTLAY, Z, y) <= 500 * (1 + 1e-9));
                shortfall += r.value("policy_shortfall", Z, y);
            }
        }
        assertTrue(shortfall > 0);
    }

    private static void assertIdenticalToBase(List<ReplicationResult> with, Set<String> except) {
        List<ReplicationResult> base = PolicyRuns.base();
        for (int k = 0; k < base.size(); k++) {
            ReplicationResult b = base.get(k);
            for (Metric m : b.metrics()) {
                if (except.contains(m.name())) {
                    continue;
                }
                for (String area : b.areas()) {
                    for (int y = PolicyRuns.FIRST_YEAR; y <= PolicyRuns.LAST_YEAR; y++) {
                        assertEquals(b.value(m.name(), area, y), with.get(k).value(m.name(), area, y),
                                m.name() + " " + area + " " + y);
                    }
                }
            }
        }
    }
}

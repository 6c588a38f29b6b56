package org.highland.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * TCM and elderly-care support act through growers' and operators' decisions: a TCM subsidy
 * raises the planted area, more when the budget pays than when it runs dry (growers learn the
 * pay share); an elderly-care subsidy raises institutions and beds; a subsidy of zero leaves the
 * no-policy path exactly. Provision draws no random numbers (the area and the institutions depend
 * only on the levers), so one replication answers exactly.
 */
class ProvisionSupportTest {
    private static final int REPLICATIONS = 1;
    private static final String AREA = "Anhui";

    @Test
    void aTcmSubsidyRaisesThePlantedAreaMoreWhenTheBudgetPays() {
        List<ReplicationResult> base = runs("{}");
        // Anhui's 1.5 M mu at 300 yuan: 450 M yuan a year; 50 M runs dry in February.
        List<ReplicationResult> paid = runs(tcm(1000));
        List<ReplicationResult> dry = runs(tcm(50));
        for (int k = 0; k < REPLICATIONS; k++) {
            for (int year = 2016; year <= PolicyRuns.LAST_YEAR; year++) {
                double b = value(base, k, "tcm_planting_area", year);
                double p = value(paid, k, "tcm_planting_area", year);
                double d = value(dry, k, "tcm_planting_area", year);
                assertTrue(p > d && d > b, year + ": paid " + p + " > dry " + d + " > none " + b);
            }
        }
        // After the first year growers expect a ninth of the rate from the dry budget.
        double paidRise = value(paid, 0, "tcm_planting_area", 2021) / value(paid, 0, "tcm_planting_area", 2016);
        double dryRise = value(dry, 0, "tcm_planting_area", 2021) / value(dry, 0, "tcm_planting_area", 2016);
        double baseRise = value(base, 0, "tcm_planting_area", 2021) / value(base, 0, "tcm_planting_area", 2016);
        assertTrue(dryRise - baseRise < 0.25 * (paidRise - baseRise),
                "a dry budget's later effect is a fraction of a paid one's: " + dryRise + " vs " + paidRise);
    }

    @Test
    void anElderlyCareSubsidyRaisesInstitutionsAndBedsAndZeroLeavesTheBaseline() {
        List<ReplicationResult> base = runs("{}");
        List<ReplicationResult> care = runs(care(1200, 10000));
        List<ReplicationResult> zero = runs(care(0, 0));
        for (int k = 0; k < REPLICATIONS; k++) {
            for (int year = PolicyRuns.FIRST_YEAR; year <= PolicyRuns.LAST_YEAR; year++) {
                for (String metric : new String[] {"elderly_care_institutions", "elderly_care_beds"}) {
                    double b = value(base, k, metric, year);
                    assertEquals(b, value(zero, k, metric, year), 0.0, metric + " " + year + ": zero subsidy");
                    if (year > PolicyRuns.FIRST_YEAR) {
                        assertTrue(value(care, k, metric, year) > b, metric + " " + year);
                    }
                }
            }
        }
    }

    @Test
    void aTcmSubsidyOfZeroLeavesTheArea() {
        List<ReplicationResult> base = runs("{}");
        List<ReplicationResult> zero = runs("{p: {type: tcm-cultivation-support, region: " + AREA
                + ", annualBudgetMillion: 1000, subsidyPerMuYuan: 0}}");
        for (int year = PolicyRuns.FIRST_YEAR; year <= PolicyRuns.LAST_YEAR; year++) {
            assertEquals(value(base, 0, "tcm_planting_area", year), value(zero, 0, "tcm_planting_area", year), 0.0);
        }
    }

    private static String tcm(double budget) {
        return "{p: {type: tcm-cultivation-support, region: " + AREA + ", annualBudgetMillion: " + budget
                + ", budgetMode: STOP, subsidyPerMuYuan: 300}}";
    }

    private static String care(double operating, double newBed) {
        return "{p: {type: elderly-care-subsidy, region: " + AREA + ", annualBudgetMillion: 1e5, "
                + "operatingSubsidyPerBedYuan: " + operating + ", newBedSubsidyYuan: " + newBed + "}}";
    }

    private static double value(List<ReplicationResult> results, int k, String metric, int year) {
        return results.get(k).value(metric, AREA, year);
    }

    private static List<ReplicationResult> runs(String policies) {
        Scenario scenario = PolicyRuns.scenario(policies);
        return IntStream.range(0, REPLICATIONS)
                .mapToObj(k -> HighlandSim.run(scenario, PolicyRuns.SCALE, PolicyRuns.SEED, k)).toList();
    }
}

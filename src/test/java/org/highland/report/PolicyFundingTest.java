package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.highland.experiment.SummaryRow;
import org.junit.jupiter.api.Test;

/** The share of a policy's claims paid, read from summary rows as the warnings and the report read it. */
class PolicyFundingTest {
    private static SummaryRow row(String metric, String area, int year, double mean) {
        return new SummaryRow(metric, area, year, "million_yuan", mean, 0, mean, mean, mean, 2);
    }

    @Test
    void sumsOverTheYearsInForceWithinTheRunPerProvince() {
        List<SummaryRow> rows = new ArrayList<>();
        for (int year = 2015; year <= 2020; year++) {
            // In force 2017-2030: 2015-2016 must not count, though written here with a shortfall.
            rows.add(row("policy_outlay.p", "Zhejiang", year, 100));
            rows.add(row("policy_shortfall.p", "Zhejiang", year, year == 2017 ? 0 : 300));
            rows.add(row("policy_outlay.p", "Zhejiang/park:A", year, 50));
            rows.add(row("policy_shortfall.p", "Zhejiang/park:A", year, 999));
            rows.add(row("policy_outlay.p", "Jiangsu", year, 0));
            rows.add(row("policy_shortfall.p", "Jiangsu", year, 0));
        }
        List<PolicyFunding.Share> shares = PolicyFunding.of("p", 2017, 2030, rows);
        assertEquals(1, shares.size(), "no claims in Jiangsu, and a park is no province: " + shares);
        PolicyFunding.Share zj = shares.get(0);
        assertEquals("Zhejiang", zj.region());
        assertEquals(2017, zj.firstYear());
        assertEquals(2020, zj.lastYear(), "the run ends in 2020");
        assertEquals(400, zj.outlay());
        assertEquals(900, zj.shortfall());
        assertEquals(400.0 / 1300, zj.paid(), 1e-15);
        assertTrue(zj.binds());
        assertEquals(List.of(2018, 2019, 2020), zj.boundYears());
        assertEquals("in 2018-2020 (3 of 4 years in force, 2017-2020)", zj.whenBound("-"));
        assertEquals(325, zj.claimsPerYear());
    }

    @Test
    void aYearIsBoundWhenAtLeastHalfTheReplicationsFellShort() {
        // 2020: a mean shortfall from one replication in many (median 0); 2021: the median one short.
        List<SummaryRow> rows = List.of(row("policy_outlay.p", "Zhejiang", 2020, 100),
                new SummaryRow("policy_shortfall.p", "Zhejiang", 2020, "million_yuan", 5, 30, 0, 0, 0, 40),
                row("policy_outlay.p", "Zhejiang", 2021, 100), row("policy_shortfall.p", "Zhejiang", 2021, 200));
        PolicyFunding.Share share = PolicyFunding.of("p", 2020, 2021, rows).get(0);
        assertEquals(205, share.shortfall(), "the mean counts every replication's shortfall");
        assertEquals(List.of(2021), share.boundYears());
    }

    @Test
    void aSummaryWithoutTheShortfallPerPolicyGivesNoShare() {
        List<SummaryRow> rows = List.of(row("policy_outlay.p", "Zhejiang", 2020, 100));
        assertTrue(PolicyFunding.of("p", 2015, 2035, rows).isEmpty());
    }

    @Test
    void sharesReadAsWholePercentsThatKeepToTheThreshold() {
        assertEquals("38 %", PolicyFunding.percent(0.3774));
        assertEquals("89 %", PolicyFunding.percent(0.898), "below the threshold never reads 90 %");
        assertEquals("90 %", PolicyFunding.percent(0.9));
        assertEquals("100 %", PolicyFunding.percent(1.0));
        assertEquals("under 1 %", PolicyFunding.percent(0.004));
        assertEquals("0 %", PolicyFunding.percent(0));
        assertFalse(new PolicyFunding.Share("p", "Zhejiang", 2015, 2015, 90, 10, List.of(2015)).binds());
    }

    @Test
    void yearsRunTogether() {
        assertEquals("2019", PolicyFunding.years(List.of(2019), "-"));
        assertEquals("2019 and 2021-2023", PolicyFunding.years(List.of(2019, 2021, 2022, 2023), "-"));
        assertEquals("2016, 2018 and 2020–2021", PolicyFunding.years(List.of(2016, 2018, 2020, 2021), "–"));
        PolicyFunding.Share every = new PolicyFunding.Share("p", "Zhejiang", 2023, 2035, 1, 2,
                List.of(2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035));
        assertEquals("in every year 2023-2035", every.whenBound("-"));
    }
}

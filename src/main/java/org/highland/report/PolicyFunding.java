package org.highland.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highland.experiment.SummaryRow;
import org.highland.run.Metrics;

/**
 * How much of a policy's claims its budget paid, per province, from a results folder's summary
 * (means over replications): {@code policy_outlay.<name>} / ({@code policy_outlay.<name>} +
 * {@code policy_shortfall.<name>}), summed over the policy's years in force within the run. Firms
 * count on an instrument's support only in the share its budget paid last year (ODD 2.6, 7.1), so
 * a policy paid well below its claims acts far below its stated rate; {@code run}, {@code validate}
 * and {@code compare} warn, and the report shows the share, below {@link #WARN_BELOW}.
 */
public final class PolicyFunding {
    /** Below this share of its claims paid over its years in force, a policy's budget is said to bind. */
    public static final double WARN_BELOW = 0.90;

    /**
     * One policy in one province.
     *
     * @param policy     the policy's name
     * @param region     the province
     * @param firstYear  first year in force within the run
     * @param lastYear   last year in force within the run
     * @param outlay     mean outlay summed over those years, million yuan
     * @param shortfall  mean shortfall summed over those years, million yuan
     * @param boundYears the years whose median shortfall across replications is above 0 (claims
     *                   refused in at least half of the replications), ascending
     */
    public record Share(String policy, String region, int firstYear, int lastYear, double outlay, double shortfall,
                        List<Integer> boundYears) {
        /** Outlay over claims (outlay + shortfall). */
        public double paid() {
            return outlay / (outlay + shortfall);
        }

        /** Whether the budget paid less than {@link #WARN_BELOW} of the claims. */
        public boolean binds() {
            return paid() < WARN_BELOW;
        }

        public int yearsInForce() {
            return lastYear - firstYear + 1;
        }

        /** Mean claims a year in force, million yuan. */
        public double claimsPerYear() {
            return (outlay + shortfall) / yearsInForce();
        }

        /** Mean outlay a year in force, million yuan. */
        public double outlayPerYear() {
            return outlay / yearsInForce();
        }

        /** "in every year 2023-2035", or "in 2024 and 2026-2030 (6 of 13 years in force, 2023-2035)". */
        public String whenBound(String dash) {
            if (boundYears.size() == yearsInForce()) {
                return yearsInForce() == 1 ? "in " + firstYear + ", its only year in force"
                        : "in every year " + firstYear + dash + lastYear;
            }
            return "in " + years(boundYears, dash) + " (" + boundYears.size() + " of " + yearsInForce()
                    + " years in force, " + firstYear + dash + lastYear + ")";
        }
    }

    private PolicyFunding() {
    }

    /**
     * The paid share of {@code policy} in each province where it had claims in its years in force
     * ({@code startYear} to {@code endYear}) within the run, in the summary's order of provinces;
     * empty when it had none (not in force in the run, no eligible claimant, or a summary written
     * before the shortfall was recorded per policy).
     */
    public static List<Share> of(String policy, int startYear, int endYear, List<SummaryRow> summary) {
        String outlayMetric = Metrics.outlayName(policy);
        String shortfallMetric = Metrics.shortfallName(policy);
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, List<Integer>> bound = new LinkedHashMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        boolean anyShortfall = false;
        for (SummaryRow r : summary) {
            first = Math.min(first, r.year());
            last = Math.max(last, r.year());
            boolean outlay = r.metric().equals(outlayMetric);
            boolean shortfall = r.metric().equals(shortfallMetric);
            anyShortfall |= shortfall;
            if ((!outlay && !shortfall) || r.area().contains("/") || r.year() < startYear || r.year() > endYear
                    || Double.isNaN(r.mean())) {
                continue;
            }
            double[] s = sums.computeIfAbsent(r.area(), a -> new double[2]);
            s[outlay ? 0 : 1] += r.mean();
            // A year counts as bound when it was in the typical replication, not in one of forty.
            if (shortfall && r.p50() > 0) {
                bound.computeIfAbsent(r.area(), a -> new ArrayList<>()).add(r.year());
            }
        }
        List<Share> shares = new ArrayList<>();
        if (!anyShortfall) {
            return shares;
        }
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            if (s[0] + s[1] > 0) {
                List<Integer> years = new ArrayList<>(bound.getOrDefault(e.getKey(), List.of()));
                years.sort(null);
                shares.add(new Share(policy, e.getKey(), Math.max(startYear, first), Math.min(endYear, last), s[0], s[1],
                        List.copyOf(years)));
            }
        }
        return shares;
    }

    /** A share as a whole percent, "38 %"; never "90 %" for one below the threshold, nor "0 %" for one above 0. */
    public static String percent(double share) {
        long whole = Math.round(100 * share);
        if (share < WARN_BELOW && whole >= Math.round(100 * WARN_BELOW)) {
            whole = Math.round(100 * WARN_BELOW) - 1;
        }
        if (whole == 0 && share > 0) {
            return "under 1 %";
        }
        return whole + " %";
    }

    /** Millions as a planner reads them: whole from 10 up, one decimal below. */
    public static String million(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.0f" : "%.1f", value);
    }

    /** Ascending years as runs: "2019, 2021-2023" (with {@code dash} between the ends of a run). */
    static String years(List<Integer> years, String dash) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < years.size()) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? String.valueOf(years.get(i)) : years.get(i) + dash + years.get(j));
            i = j + 1;
        }
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}

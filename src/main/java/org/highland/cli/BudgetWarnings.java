package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highland.policy.InstrumentNotes;
import org.highland.policy.PolicyInstaller;
import org.highland.policy.PolicySpec;
import org.highland.experiment.io.Numbers;
import org.highland.report.PolicyFunding;
import org.highland.report.SummaryTable;
import org.highland.scenario.Scenario;

/**
 * After a run: one warning for each policy and province whose budget paid less than
 * {@link PolicyFunding#WARN_BELOW} of its claims over its years in force, read from the results
 * folder's summary (means over replications). Firms count on an instrument only in the share its
 * budget paid last year, so such a policy acts far below its stated rate, which neither its
 * settings nor its outlay says. Printed by {@code run}, {@code validate} and {@code compare} (for the
 * base and for each variant), on stderr as the other warnings.
 */
final class BudgetWarnings {
    private BudgetWarnings() {
    }

    /**
     * Prints the warnings on {@code scenario} from its summary.csv. The results are committed by
     * then, so a summary that cannot be read back is said, not made the command's failure.
     */
    static void print(Scenario scenario, Path summaryCsv, PrintWriter err) {
        try {
            of(scenario, SummaryTable.read(summaryCsv)).forEach(err::println);
        } catch (IOException e) {
            err.println("warning: " + scenario.name() + ": could not read " + summaryCsv + " back to check whether a"
                    + " policy's budget bound (" + e.getMessage() + "); the results are complete.");
        }
        err.flush();
    }

    /**
     * After a comparison: the base's warnings, then each variant's, but not a variant's warning on a
     * policy it shares unchanged with the base whose paid share is within
     * {@link #SAME_SHARE} of the base's (the base's warning says it). A variant's warning on a policy
     * the base has too, changed or not, gives the base's share beside its own.
     */
    static void print(Scenario base, Path baseSummaryCsv, List<Scenario> variants, List<Path> variantSummaryCsvs,
                      PrintWriter err) {
        SummaryTable baseSummary;
        try {
            baseSummary = SummaryTable.read(baseSummaryCsv);
        } catch (IOException e) {
            print(base, baseSummaryCsv, err);
            return;
        }
        of(base, baseSummary, null, null).forEach(err::println);
        for (int i = 0; i < variants.size(); i++) {
            try {
                of(variants.get(i), SummaryTable.read(variantSummaryCsvs.get(i)), base, baseSummary).forEach(err::println);
            } catch (IOException e) {
                print(variants.get(i), variantSummaryCsvs.get(i), err);
            }
        }
        err.flush();
    }

    /** Paid shares closer than this to the base's are the base's, told once. */
    static final double SAME_SHARE = 0.05;

    /** Every warning on {@code scenario}'s policies, in the scenario's order of policies, then provinces. */
    static List<String> of(Scenario scenario, SummaryTable summary) {
        return of(scenario, summary, null, null);
    }

    private static List<String> of(Scenario scenario, SummaryTable summary, Scenario base, SummaryTable baseSummary) {
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, PolicySpec> e : scenario.policies().entrySet()) {
            PolicySpec policy = e.getValue();
            PolicySpec basePolicy = base == null ? null : base.policies().get(e.getKey());
            for (PolicyFunding.Share share : PolicyFunding.of(e.getKey(), policy.startYear(), policy.endYear(),
                    summary.rows())) {
                if (!share.binds()) {
                    continue;
                }
                PolicyFunding.Share inBase = basePolicy == null ? null : baseShare(share, baseSummary);
                if (policy.equals(basePolicy) && inBase != null && inBase.binds()
                        && Math.abs(inBase.paid() - share.paid()) < SAME_SHARE) {
                    continue;
                }
                String beside = inBase == null ? "" : " (" + base.name() + ": " + PolicyFunding.percent(inBase.paid()) + ")";
                warnings.add(warning(scenario.name(), policy, share, beside));
            }
        }
        return warnings;
    }

    /**
     * The same policy's share in the same province of the base over the same years as
     * {@code share} (a variant may end or start it at another year), or null.
     */
    private static PolicyFunding.Share baseShare(PolicyFunding.Share share, SummaryTable baseSummary) {
        for (PolicyFunding.Share s : PolicyFunding.of(share.policy(), share.firstYear(), share.lastYear(),
                baseSummary.rows())) {
            if (s.region().equals(share.region())) {
                return s;
            }
        }
        return null;
    }

    private static String warning(String scenario, PolicySpec policy, PolicyFunding.Share share, String beside) {
        InstrumentNotes.Shortfall notes = InstrumentNotes.shortfall(policy.getClass());
        String effect = notes == null ? "it acts at only that share of its stated strength" : notes.effect();
        String narrow = notes == null ? "" : ": " + notes.narrowing();
        String name = share.policy();
        String budget = Numbers.format(policy.annualBudgetMillion()) + " a year"
                + (PolicyInstaller.ALL_REGIONS.equals(policy.region()) ? " in each region" : "");
        return "warning: " + scenario + ": policy " + name + " (" + share.region() + "): claims exceeded the budget "
                + (share.boundYears().isEmpty() ? "in fewer than half of the replications of any year"
                        : "in at least half of the replications " + share.whenBound("-"))
                + "; it paid " + PolicyFunding.percent(share.paid()) + " of its claims over"
                + " its years in force" + beside + " (policy_outlay / (policy_outlay + policy_shortfall) of " + name
                + " in summary.csv: " + PolicyFunding.million(share.outlayPerYear()) + " of "
                + PolicyFunding.million(share.claimsPerYear()) + " million yuan a year), so " + effect + "."
                + " Fix: to pay its claims in full, raise annualBudgetMillion (now " + budget + ") toward them,"
                + " or narrow the policy" + narrow + ".";
    }
}

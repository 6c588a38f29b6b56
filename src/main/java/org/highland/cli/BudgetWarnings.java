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

    /** Every warning on {@code scenario}'s policies, in the scenario's order of policies, then provinces. */
    static List<String> of(Scenario scenario, SummaryTable summary) {
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, PolicySpec> e : scenario.policies().entrySet()) {
            PolicySpec policy = e.getValue();
            for (PolicyFunding.Share share : PolicyFunding.of(e.getKey(), policy.startYear(), policy.endYear(),
                    summary.rows())) {
                if (share.binds()) {
                    warnings.add(warning(scenario.name(), policy, share));
                }
            }
        }
        return warnings;
    }

    private static String warning(String scenario, PolicySpec policy, PolicyFunding.Share share) {
        InstrumentNotes.Shortfall notes = InstrumentNotes.shortfall(policy.getClass());
        String effect = notes == null ? "it acts at only that share of its stated strength" : notes.effect();
        String narrow = notes == null ? "" : ": " + notes.narrowing();
        String name = share.policy();
        String budget = Numbers.format(policy.annualBudgetMillion()) + " a year"
                + (PolicyInstaller.ALL_REGIONS.equals(policy.region()) ? " in each region" : "");
        return "warning: " + scenario + ": policy " + name + " (" + share.region() + "): claims exceeded the budget "
                + share.whenBound("-") + "; it paid " + PolicyFunding.percent(share.paid()) + " of its claims over"
                + " its years in force (policy_outlay / (policy_outlay + policy_shortfall) of " + name
                + " in summary.csv: " + PolicyFunding.million(share.outlayPerYear()) + " of "
                + PolicyFunding.million(share.claimsPerYear()) + " million yuan a year), so " + effect + "."
                + " Fix: to pay its claims in full, raise annualBudgetMillion (now " + budget + ") toward them,"
                + " or narrow the policy" + narrow + ".";
    }
}

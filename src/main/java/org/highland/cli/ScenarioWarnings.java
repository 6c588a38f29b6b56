package org.highland.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.calibration.CalibrationPlan;
import org.highland.experiment.calibration.FreeParameter;
import org.highland.experiment.io.Numbers;
import org.highland.policy.GuidanceFundPolicy;
import org.highland.policy.PolicySpec;
import org.highland.policy.TalentProgrammePolicy;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * What a valid scenario may still get wrong without a word from the results: it runs an
 * uncalibrated model, a policy acts in none of the simulated years, a fund's budget stops its
 * contributions, a talent programme's budget leaves places unfilled. One line each, printed by
 * the commands that load a scenario.
 */
final class ScenarioWarnings {
    private ScenarioWarnings() {
    }

    /** Every warning on {@code scenario}, in the order above; empty when there is none. */
    static List<String> of(Scenario scenario) {
        List<String> warnings = new ArrayList<>(uncalibrated(scenario));
        warnings.addAll(idlePolicies(scenario));
        warnings.addAll(underfundedFunds(scenario));
        warnings.addAll(underfundedProgrammes(scenario));
        return warnings;
    }

    /**
     * One warning when the scenario keeps the built-in default of every parameter the shipped
     * calibration fits (calibration-parameters.csv), or none: the defaults are not fitted to the
     * published figures, so a file that extends no calibrated scenario and states none of those
     * values runs an uncalibrated model, and nothing else would say so.
     */
    static List<String> uncalibrated(Scenario scenario) {
        Map<String, Double> values = numbers(scenario);
        List<FreeParameter> fitted = BuiltIn.FITTED;
        for (FreeParameter p : fitted) {
            Double value = values.get(p.path());
            if (value == null || !value.equals(BuiltIn.DEFAULTS.get(p.path()))) {
                return List.of();
            }
        }
        return List.of("warning: " + scenario.name() + " keeps the built-in default of all " + fitted.size()
                + " calibrated parameters (" + CalibrationPlan.BUILT_IN.substring(CalibrationPlan.BUILT_IN.lastIndexOf('/') + 1)
                + "), which are not fitted to the published figures: it runs an uncalibrated model. Fix: start the"
                + " file with 'extends: baseline.yaml' (the path relative to it) and state only what differs.");
    }

    /** The built-in defaults' numbers and the calibrated parameters, read once: a command may load many scenarios. */
    private static final class BuiltIn {
        static final Map<String, Double> DEFAULTS = numbers(Scenarios.defaults());
        static final List<FreeParameter> FITTED = CalibrationPlan.builtIn().parameters();
    }

    private static Map<String, Double> numbers(Scenario scenario) {
        Map<String, Double> numbers = new HashMap<>();
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, scenario)) {
            numbers.put(row.path(), row.number());
        }
        return numbers;
    }

    /**
     * One warning line naming the policies in force only outside the simulated years (a run cut
     * short with --end before a policy starts), or none: such a policy acts on nothing and its
     * outlay is 0, which the results alone would present as the policy's effect and cost.
     */
    static List<String> idlePolicies(Scenario scenario) {
        int first = scenario.time().startYear();
        int last = scenario.time().endYear();
        List<String> idle = new ArrayList<>();
        int latestStart = 0;
        boolean early = false;
        for (Map.Entry<String, PolicySpec> e : scenario.policies().entrySet()) {
            PolicySpec p = e.getValue();
            if (p.startYear() <= last && p.endYear() >= first) {
                continue;
            }
            idle.add(e.getKey() + " (" + p.startYear() + "-" + p.endYear() + ")");
            if (p.startYear() > last) {
                latestStart = Math.max(latestStart, p.startYear());
            } else {
                early = true;
            }
        }
        if (idle.isEmpty()) {
            return List.of();
        }
        List<String> fixes = new ArrayList<>();
        if (latestStart > 0) {
            fixes.add("to include " + (idle.size() == 1 ? "it" : "them") + ", run to " + latestStart
                    + " or later (--end " + latestStart + ")");
        }
        if (early) {
            fixes.add("move the years of one that ends before " + first + " into " + first + "-" + last);
        }
        // Named by scenario: compare warns for the base and for each variant.
        return List.of("warning: " + scenario.name() + ": not in force in any simulated year (" + first + "-" + last + "), so acting on"
                + " nothing and spending nothing in this run: " + (idle.size() == 1 ? "policy " : "policies ")
                + String.join(", ", idle) + ". Fix: " + String.join("; ", fixes) + ".");
    }

    /**
     * One warning for each guidance fund whose public contribution exceeds its annual budget: the
     * budget stops the monthly contributions once it is spent, so the fund gets less public money
     * (and less social capital with it) than its annualPublicMillion says, and nothing tells the
     * planner who wrote one figure and left the other at its default.
     */
    static List<String> underfundedFunds(Scenario scenario) {
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, PolicySpec> e : scenario.policies().entrySet()) {
            if (e.getValue() instanceof GuidanceFundPolicy fund && fund.annualPublicMillion() > fund.annualBudgetMillion()) {
                String publicMillion = Numbers.format(fund.annualPublicMillion());
                String budget = Numbers.format(fund.annualBudgetMillion());
                warnings.add("warning: " + scenario.name() + ": policies." + e.getKey() + " (guidance-fund) contributes"
                        + " annualPublicMillion " + publicMillion + " a year but has an annualBudgetMillion of " + budget
                        + ": the budget stops the contributions once spent, so the fund gets at most about " + budget
                        + " million yuan of public money a year. Fix: set annualBudgetMillion to " + publicMillion
                        + " or more, or lower annualPublicMillion.");
            }
        }
        return warnings;
    }

    /**
     * One warning for each talent programme whose places cost more a year than its annual budget
     * (placesPerYear x grantPerTalentMillion): the grants stop once the budget is spent, so fewer
     * talents come than the places the planner wrote, and the results show only the smaller
     * inflow, never the places left unfilled.
     */
    static List<String> underfundedProgrammes(Scenario scenario) {
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, PolicySpec> e : scenario.policies().entrySet()) {
            if (e.getValue() instanceof TalentProgrammePolicy programme
                    && programme.placesPerYear() * programme.grantPerTalentMillion() > programme.annualBudgetMillion()) {
                // Rounded for the message: 0.1 x 3 is 0.3, not 0.30000000000000004.
                double cost = Math.round(programme.placesPerYear() * programme.grantPerTalentMillion() * 1e6) / 1e6;
                String budget = Numbers.format(programme.annualBudgetMillion());
                warnings.add("warning: " + scenario.name() + ": policies." + e.getKey() + " (talent-programme) offers"
                        + " placesPerYear " + Numbers.format(programme.placesPerYear()) + " at grantPerTalentMillion "
                        + Numbers.format(programme.grantPerTalentMillion()) + ", " + Numbers.format(cost)
                        + " million yuan a year, but has an annualBudgetMillion of " + budget + ": the budget stops the"
                        + " grants once spent, so at most about " + Numbers.format(
                                Math.floor(programme.annualBudgetMillion() / programme.grantPerTalentMillion()))
                        + " places a year are filled. Fix: set annualBudgetMillion to " + Numbers.format(cost)
                        + " or more, or lower placesPerYear.");
            }
        }
        return warnings;
    }
}

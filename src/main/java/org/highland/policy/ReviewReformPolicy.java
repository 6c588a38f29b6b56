package org.highland.policy;

import java.util.List;
import org.highland.model.BudgetMode;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.ProjectKind;
import org.highland.model.Region;
import org.highland.model.Stage;
import org.highland.model.World;

/**
 * Drug review reform: faster review (priority review, implied IND approval, conditional approval
 * after phase II, acceptance of foreign data) shortens the stages of eligible project kinds that
 * are entered while it is in force. Durations are drawn on entry, so projects already in a stage
 * keep their countdown; the reform shows in approvals as projects reach its shorter stages. A
 * regulatory change costs the government nothing here.
 */
public record ReviewReformPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale (unused: no outlay)") double annualBudgetMillion,
        BudgetMode budgetMode,
        List<ProjectKind> kinds,
        @Param(unit = "multiplier", min = 0.05, max = 2, doc = "multiplier on the mean months of phases I-III entered while in force") double clinicalMonthsMultiplier,
        @Param(unit = "multiplier", min = 0.05, max = 2, doc = "multiplier on the mean months of the regulator's reviews (IND, NDA) entered while in force") double reviewMonthsMultiplier)
        implements PolicySpec {

    private static final Stage[] CLINICAL = {Stage.PHASE1, Stage.PHASE2, Stage.PHASE3};
    private static final Stage[] REVIEWS = {Stage.IND, Stage.NDA};

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        ProjectKind[] reached = kinds.toArray(new ProjectKind[0]);
        return new Instrument() {
            @Override
            public void onMonth(World w) {
                for (ProjectKind kind : reached) {
                    for (Stage stage : CLINICAL) {
                        home.levers().scaleStageMonths(kind, stage, clinicalMonthsMultiplier);
                    }
                    for (Stage stage : REVIEWS) {
                        home.levers().scaleStageMonths(kind, stage, reviewMonthsMultiplier);
                    }
                }
            }
        };
    }
}

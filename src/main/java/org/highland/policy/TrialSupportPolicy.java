package org.highland.policy;

import java.util.List;
import org.highland.model.BudgetMode;
import org.highland.model.Enterprise;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Project;
import org.highland.model.ProjectKind;
import org.highland.model.Region;
import org.highland.model.Sector;
import org.highland.model.Stage;
import org.highland.model.World;

/**
 * Clinical-trial support per phase: when an eligible project enters phase I, II or III the firm
 * receives a share of the phase's cost up to the phase's maximum (Shanghai 2021: up to 5 / 10 / 30
 * million yuan). Firms count the support they expect at each phase, discounted and weighted by
 * the chance of reaching the phase and of the budget paying, when starting and continuing projects.
 */
public record TrialSupportPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        List<String> sectors,
        List<ProjectKind> kinds,
        @Param(unit = "share", min = 0, max = 1, doc = "share of a phase's cost supported") double costShare,
        @Param(unit = "million_yuan", min = 0, max = 1e4, doc = "maximum support for phase I") double phase1MaxMillion,
        @Param(unit = "million_yuan", min = 0, max = 1e4, doc = "maximum support for phase II") double phase2MaxMillion,
        @Param(unit = "million_yuan", min = 0, max = 1e4, doc = "maximum support for phase III") double phase3MaxMillion)
        implements PolicySpec {

    /** Support for a phase of the given cost. */
    public double support(Stage stage, double phaseCostMillion) {
        double max = switch (stage) {
            case PHASE1 -> phase1MaxMillion;
            case PHASE2 -> phase2MaxMillion;
            case PHASE3 -> phase3MaxMillion;
            default -> 0;
        };
        return Math.min(max, costShare * phaseCostMillion);
    }

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        boolean[] eligibleSector = Eligibility.sectors(sectors);
        boolean[] eligibleKind = new boolean[ProjectKind.COUNT];
        for (ProjectKind kind : kinds) {
            eligibleKind[kind.ordinal()] = true;
        }
        return new Instrument() {
            @Override
            public void onStageEntered(World w, Enterprise firm, Project project) {
                if (eligibleSector[firm.sector.ordinal()] && eligibleKind[project.kind().ordinal()]
                        && project.stage().clinical()) {
                    account.pay(firm, support(project.stage(), project.stageCostMillion()));
                }
            }

            @Override
            public double expectedStagePayment(World w, Sector sector, ProjectKind kind, int stageIndex,
                                               double stageCostMillion, double stageMonths) {
                if (!eligibleSector[sector.ordinal()] || !eligibleKind[kind.ordinal()]) {
                    return 0;
                }
                return support(w.route(kind).stage(stageIndex), stageCostMillion);
            }
        };
    }
}

package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline the firms inherit at the start. Without growth of starts before or after the start
 * it must be close to the steady state of the start rate: the clinical pipeline neither collapses
 * nor swells in the first years (it once fell by more than half in the second year, when firms had
 * to pay the inherited pipeline from a few months of revenue). With growth before the start, the
 * late stages must be thinner relative to the early ones.
 */
class PipelineSeedingTest {
    private static final double SCALE = 0.1;
    private static final int REPLICATIONS = 4;

    @TempDir
    static Path dir;

    @Test
    void withoutTrendsTheInheritedClinicalPipelineStaysLevel() {
        // Cash enough to finance any start: the inherited pipeline is seeded without a financing
        // check, so only where financing does not bind is it the steady state of the start process.
        Scenario scenario = ModelRuns.scenario(dir, "level", "",
                "firms.pipelineGrowthBeforeStart=0",
                "firms.innovationTrend=0",
                "sectors.innovativeDrug.initialCashMonths=240",
                "sectors.genericDrug.initialCashMonths=240",
                "sectors.medicalDevice.initialCashMonths=240",
                "sectors.tcm.initialCashMonths=240",
                "time.endYear=2018");
        double first = 0;
        double third = 0;
        // One replication more than the other test: since generic and device opportunities no
        // longer follow the regions' innovation multipliers the defaults seed fewer clinical projects.
        for (int r = 0; r < REPLICATIONS + 1; r++) {
            HighlandSim sim = ModelRuns.start(scenario, SCALE, 5, r);
            double[] clinical = new double[scenario.time().months()];
            int[] month = {0};
            ModelRuns.run(sim, clinical.length, world -> clinical[month[0]++] = clinicalProjects(world));
            first += clinical[0];
            third += clinical[36];
        }
        double ratio = third / first;
        assertTrue(first > 500, "too small a pipeline to judge: " + first);
        // Seeding leaves out one loss the run has: firms that cannot finance their next stage
        // fail and take their projects along, which costs the pipeline about a third in the
        // first three years: 0.59 at scale 0.1 and 0.63 at 0.5 since venture rounds are paid
        // whole (0.73 and 0.70 when the month's last round was cut to the money left, which
        // spread venture money over more firms, the more so the smaller the scale). A collapse
        // (the former 0.4) or a swelling fails.
        assertTrue(ratio > 0.55 && ratio < 1.25, String.format(Locale.ROOT,
                "clinical projects after 3 years / after the first month = %.3f (%.0f / %.0f)", ratio, third, first));
    }

    @Test
    void growthBeforeTheStartThinsTheLateStagesOfTheInheritedPipeline() {
        // Innovative drugs are rare at the defaults (few opportunities pass the NPV rule); more
        // opportunities give enough seeded projects without changing the late/early ratio.
        double steady = lateToEarly(ModelRuns.scenario(dir, "steady", "", "firms.pipelineGrowthBeforeStart=0",
                "sectors.innovativeDrug.projectStartsPerYear=2"));
        assertTrue(steady > 0.05, "late/early stage ratio without growth " + steady);
        double growing = lateToEarly(ModelRuns.scenario(dir, "growing", "", "firms.pipelineGrowthBeforeStart=0.2",
                "sectors.innovativeDrug.projectStartsPerYear=2"));
        assertTrue(growing < 0.6 * steady, String.format(Locale.ROOT,
                "late/early stage ratio with growth %.4f, without %.4f", growing, steady));
    }

    /** Innovative-drug projects in PHASE3 or NDA over those in DISCOVERY, at the start. */
    private static double lateToEarly(Scenario scenario) {
        double late = 0;
        double early = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            World world = ModelRuns.start(scenario, SCALE, 5, r).world();
            for (int g = 0; g < world.regionCount(); g++) {
                Region region = world.region(g);
                for (int i = 0; i < region.firmCount(); i++) {
                    Enterprise firm = region.firm(i);
                    for (int p = 0; p < firm.projectCount; p++) {
                        Project project = firm.pipeline.projects[p];
                        if (project.route.kind != ProjectKind.INNOVATIVE_DRUG) {
                            continue;
                        }
                        Stage stage = project.route.stages[project.stageIndex];
                        if (stage == Stage.DISCOVERY) {
                            early++;
                        } else if (stage == Stage.PHASE3 || stage == Stage.NDA) {
                            late++;
                        }
                    }
                }
            }
        }
        assertTrue(early > 100, "too few seeded projects: " + early + " in discovery");
        return late / early;
    }

    private static double clinicalProjects(World world) {
        double sum = 0;
        for (int g = 0; g < world.regionCount(); g++) {
            Region region = world.region(g);
            for (int i = 0; i < region.firmCount(); i++) {
                sum += region.firm(i).clinicalProjects();
            }
        }
        return sum;
    }
}

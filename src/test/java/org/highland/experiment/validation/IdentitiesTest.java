package org.highland.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.highland.model.spec.ElderlyCareSpec;
import org.highland.model.spec.RegionSpec;
import org.highland.model.spec.TcmCultivationSpec;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** The basis column of targets.csv agrees with identities.csv, and the back-casts close. */
class IdentitiesTest {
    private static final List<Target> TARGETS = Targets.load();
    private static final List<Identities.Solved> SOLVED = Identities.load();
    private static final Scenario BASELINE = Scenarios.load(Path.of("scenarios", "baseline.yaml"), List.of());

    @Test
    void aTargetIsAnIdentityExactlyWhenAParameterIsSolvedFromIt() {
        assertEquals(List.of(), Identities.problems(TARGETS, SOLVED));
        Set<String> ids = Identities.identityIds(TARGETS, SOLVED);
        // 32 Table 2 counts, their 4 cross-region ratios, 3 TCM, 4 elderly-care and 3 talent figures.
        assertEquals(46, ids.size(), ids.toString());
        assertTrue(ids.contains("ratio_sh_zj_class3_devices_2020"), "a ratio of solved totals is an identity");
    }

    @Test
    void relabellingASolvedFigureIsCaught() {
        List<Target> relabelled = TARGETS.stream()
                .map(t -> t.id().equals("t2_clinical_trials_zj") ? t.withBasis(Basis.CALIBRATED) : t).toList();
        List<String> problems = Identities.problems(relabelled, SOLVED);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("t2_clinical_trials_zj"));
        List<Target> claimed = TARGETS.stream()
                .map(t -> t.id().equals("zj_biomed_output_2020") ? t.withBasis(Basis.IDENTITY) : t).toList();
        assertFalse(Identities.problems(claimed, SOLVED).isEmpty());
    }

    @Test
    void theFlowBoundsOfSolvedFiguresAreAcceptedAsNonIdentities() {
        List<Target> bounds = TARGETS.stream()
                .filter(t -> t.modelled() && t.mapping().derived() == Derivation.FLOW_SINCE).toList();
        assertEquals(32, bounds.size());
        Set<String> ids = Identities.identityIds(TARGETS, SOLVED);
        for (Target b : bounds) {
            assertTrue(ids.contains(b.mapping().figureId()), b.id() + " bounds a solved figure");
            assertFalse(ids.contains(b.id()), b.id() + " is not an identity");
        }
        // Labelling a bound identity is caught, and so is a Table 2 count labelled otherwise.
        List<Target> boundAsIdentity = TARGETS.stream()
                .map(t -> t.id().equals(bounds.get(0).id()) ? t.withBasis(Basis.IDENTITY) : t).toList();
        assertEquals(1, Identities.problems(boundAsIdentity, SOLVED).size());
        List<Target> countAsCalibrated = TARGETS.stream()
                .map(t -> t.id().equals("t2_innovative_approved_sh") ? t.withBasis(Basis.CALIBRATED) : t).toList();
        List<String> problems = Identities.problems(countAsCalibrated, SOLVED);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("t2_innovative_approved_sh "), problems.get(0));
    }

    @Test
    void everySolvedParameterIsANumberOfTheScenario() {
        Set<String> paths = ParameterCatalog.list(Scenario.class, BASELINE).stream().map(ParameterRow::path)
                .collect(Collectors.toCollection(HashSet::new));
        for (Identities.Solved s : SOLVED) {
            assertTrue(paths.contains(s.parameter()), s.parameter());
            assertTrue(Set.of("stock_residual", "backcast", "share", "start_solved").contains(s.method()), s.method());
        }
    }

    /**
     * The back-cast start values grow over exactly the simulated months to the figure: TCM and
     * elderly care grow from January of the second year (ProvisionProcess), so 12 x 5 months to
     * December 2020. Each start value times its growth reproduces its figure within 0.3 %. (Talent
     * pools migrate, so they are start_solved by simulation: StartValueSolverTest.)
     */
    @Test
    void backCastsGrowOverExactlyTheSimulatedMonths() {
        int start = BASELINE.time().startYear();
        double provisionYears = 12.0 * (2020 - start) / 12;
        RegionSpec zj = BASELINE.regions().get("Zhejiang");
        TcmCultivationSpec tcm = zj.tcmCultivation();
        ElderlyCareSpec care = zj.elderlyCare();
        double area = tcm.plantingAreaMu() * Math.pow(1 + tcm.areaGrowth(), provisionYears);
        double tonnes = area * tcm.yieldTonnesPerMu() * Math.pow(1 + tcm.yieldGrowth(), provisionYears);
        double value = tonnes * tcm.priceYuanPerTonne() * Math.pow(1 + tcm.priceGrowth(), provisionYears) / 1e9;
        double institutions = care.institutions() * Math.pow(1 + care.institutionGrowth(), provisionYears);
        double beds = institutions * care.bedsPerInstitution() * Math.pow(1 + care.bedsPerInstitutionGrowth(), provisionYears);
        assertClose("zj_tcm_planting_area_2020", area);
        assertClose("zj_tcm_output_2020", tonnes);
        assertClose("zj_tcm_agri_output_value_2020", value);
        assertClose("zj_elderly_institutions_2020", institutions);
        assertClose("zj_elderly_beds_2020", beds);
    }

    private static void assertClose(String id, double simulated) {
        double figure = TARGETS.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().figure().value();
        assertEquals(figure, simulated, 0.003 * figure, id);
    }
}

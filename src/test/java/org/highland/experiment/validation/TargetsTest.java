package org.highland.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highland.run.Metric;
import org.highland.run.Metrics;
import org.junit.jupiter.api.Test;

class TargetsTest {
    private static List<Map<String, String>> figureRows() throws IOException {
        try (InputStream in = Targets.class.getClassLoader().getResourceAsStream(Targets.FIGURES)) {
            return Targets.rows(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyFigureIsMappedOrExcusedExactlyOnce() throws IOException {
        List<Map<String, String>> figures = figureRows();
        List<Target> targets = Targets.load();
        assertEquals(figures.size(), targets.size());
        for (int i = 0; i < figures.size(); i++) {
            assertEquals(figures.get(i).get("id"), targets.get(i).id());
            Target t = targets.get(i);
            assertTrue(t.modelled() || !t.reason().isBlank(), t.id() + " excused without a reason");
        }
    }

    @Test
    void policyAndGoalRowsAndLaterYearsNeverEnterCalibration() {
        for (Target t : Targets.load()) {
            String scope = t.figure().scope();
            if (scope.equals("policy") || scope.equals("target")) {
                assertFalse(t.modelled(), t.id());
            }
            if (t.calibration()) {
                assertTrue(t.figure().year() <= Target.LAST_CALIBRATION_YEAR, t.id());
            }
        }
    }

    @Test
    void modelledTargetsNameRecordedMetricsAreasAndMatchingUnits() {
        Set<String> region = new HashSet<>();
        Metrics.REGION.forEach(m -> region.add(m.name()));
        for (Target t : Targets.modelled(Targets.load())) {
            TargetMapping m = t.mapping();
            Metric metric = Metrics.REGION.stream().filter(x -> x.name().equals(m.metric())).findFirst()
                    .orElseThrow(() -> new AssertionError(t.id() + ": unknown metric " + m.metric()));
            if (m.area().contains("/park:")) {
                assertTrue(Metrics.PARK.contains(metric), t.id() + ": not recorded for parks");
            } else if (m.area().contains("/city:")) {
                assertTrue(Metrics.CITY.contains(metric), t.id() + ": not recorded for cities");
            }
            assertTrue(m.area().startsWith(t.figure().region()), t.id() + ": area outside the figure's region");
            if (m.derived() == Derivation.VALUE) {
                assertEquals(t.figure().unit(), metric.unit(), t.id() + ": unit");
            }
        }
    }

    @Test
    void refusesAMissingRowAModelledPolicyAndAnExcuseWithoutReason() {
        String figures = "id,region,scope,metric,year,value,unit,relation,source,note\n"
                + "a,Zhejiang,province,x,2020,1,count,eq,s,\n"
                + "p,Zhejiang,policy,y,2020,1,count,eq,s,\n";
        String header = "target_id,status,metric,area,year,derived,base_year,ref_area,tolerance,weight,headline,basis,reason\n";
        String okA = "a,modelled,enterprises,Zhejiang,2020,value,,,0.1,1,false,calibrated,\n";
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Targets.parse(new StringReader(figures), new StringReader(header + okA)));
        assertTrue(missing.getMessage().contains("p"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Targets.parse(new StringReader(figures),
                new StringReader(header + okA + "p,modelled,enterprises,Zhejiang,2020,value,,,0.1,1,false,calibrated,\n")));
        assertThrows(IllegalArgumentException.class, () -> Targets.parse(new StringReader(figures),
                new StringReader(header + okA + "p,not_modelled,,,,,,,,,,,\n")));
    }

    @Test
    void refusesAMissingBasisAndAnIdentityHeadline() {
        String figures = "id,region,scope,metric,year,value,unit,relation,source,note\n"
                + "a,Zhejiang,province,x,2020,1,count,eq,s,\n";
        String header = "target_id,status,metric,area,year,derived,base_year,ref_area,tolerance,weight,headline,basis,reason\n";
        IllegalArgumentException noBasis = assertThrows(IllegalArgumentException.class, () -> Targets.parse(
                new StringReader(figures), new StringReader(header + "a,modelled,enterprises,Zhejiang,2020,value,,,0.1,1,false,,\n")));
        assertTrue(noBasis.getMessage().contains("basis"), noBasis.getMessage());
        IllegalArgumentException identity = assertThrows(IllegalArgumentException.class, () -> Targets.parse(
                new StringReader(figures), new StringReader(header + "a,modelled,enterprises,Zhejiang,2020,value,,,0.1,1,true,identity,\n")));
        assertTrue(identity.getMessage().contains("headline"), identity.getMessage());
    }

    @Test
    void theHeadlineIsTheBriefsSixFiguresAndNoIdentity() {
        List<String> headline = Targets.modelled(Targets.load()).stream().filter(t -> t.mapping().headline())
                .map(Target::id).toList();
        assertEquals(List.of("zj_biomed_output_2020", "zj_biomed_output_cagr_2016_2020", "js_biomed_output_2020",
                "zj_rd_intensity_2021", "zj_production_approvals_2021", "zj_clinical_approvals_2021"), headline);
        for (Target t : Targets.modelled(Targets.load())) {
            if (t.mapping().headline()) {
                assertTrue(t.mapping().basis() != Basis.IDENTITY, t.id());
            }
            if (t.calibration()) {
                assertEquals(Basis.CALIBRATED, t.basis(), t.id());
            }
            if (t.figure().year() > Target.LAST_CALIBRATION_YEAR) {
                assertEquals(Basis.OUT_OF_SAMPLE, t.basis(), t.id());
            }
        }
    }
}

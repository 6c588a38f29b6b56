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
    /** The rows of both figure files, seed documents first. */
    private static List<Map<String, String>> figureRows() throws IOException {
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (String file : List.of(Targets.FIGURES, Targets.EXTERNAL_FIGURES)) {
            try (InputStream in = Targets.class.getClassLoader().getResourceAsStream(file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));
                rows.addAll(Targets.rows(new java.io.StringReader(text)));
            }
        }
        return rows;
    }

    @Test
    void everyFigureIsMappedOrExcusedExactlyOnce() throws IOException {
        List<Map<String, String>> figures = figureRows();
        // A figure's own row keeps its id; extra rows (the flow bounds) name it in figure_id.
        List<Target> own = Targets.load().stream()
                .filter(t -> !t.modelled() || t.id().equals(t.mapping().figureId())).toList();
        assertEquals(figures.size(), own.size());
        for (int i = 0; i < figures.size(); i++) {
            assertEquals(figures.get(i).get("id"), own.get(i).id());
            Target t = own.get(i);
            assertTrue(t.modelled() || !t.reason().isBlank(), t.id() + " excused without a reason");
        }
    }

    @Test
    void everyTable2FigureHasItsCalibratedFlowBound() {
        List<Target> targets = Targets.load();
        List<Target> table2 = targets.stream().filter(t -> t.id().startsWith("t2_") && t.modelled()
                && t.id().equals(t.mapping().figureId())).toList();
        assertEquals(32, table2.size());
        for (Target figure : table2) {
            List<Target> bounds = targets.stream().filter(t -> t.modelled()
                    && t.mapping().derived() == Derivation.FLOW_SINCE
                    && t.mapping().figureId().equals(figure.id())).toList();
            assertEquals(1, bounds.size(), figure.id());
            Target b = bounds.get(0);
            assertEquals(Basis.CALIBRATED, b.basis(), b.id());
            assertTrue(b.calibration(), b.id() + " enters the loss");
            assertEquals(Relation.LE, b.figure().relation(), b.id());
            assertEquals(figure.figure().value(), b.figure().value(), b.id());
            assertEquals(figure.mapping().area(), b.mapping().area(), b.id());
            assertEquals(2015, b.mapping().baseYear(), b.id());
            assertEquals(2020, b.mapping().year(), b.id());
            assertTrue(Metrics.REGION.stream().anyMatch(m -> m.name().equals(b.mapping().metric()) && m.flow()),
                    b.id() + ": " + b.mapping().metric() + " is not a flow");
        }
    }

    private static final String BOUND_FIGURES = "id,region,scope,metric,year,value,unit,relation,source,note\n"
            + "c,Shanghai,province,cumulative approvals,2020,10,count,eq,s,\n"
            + "g,Shanghai,province,cumulative approvals,2020,10,count,ge,s,\n";
    private static final String BOUND_HEADER = "target_id,status,metric,area,year,derived,base_year,ref_area,tolerance,"
            + "weight,headline,basis,reason,figure_id\n";
    private static final String OWN_ROWS =
            "c,modelled,cumulative_innovative_drug_approvals,Shanghai,2020,value,,,0.1,2,false,identity,,\n"
            + "g,not_modelled,,,,,,,,,,,why,\n";

    @Test
    void aFlowSinceRowJoinsItsFigureIsAtMostAndSumsTheYearlyFlows() throws IOException {
        String bound = "c_flow,modelled,innovative_drug_approvals,Shanghai,2020,flow_since,2015,,0.1,1,false,calibrated,,c\n";
        List<Target> targets = Targets.parse(new StringReader(BOUND_FIGURES), new StringReader(BOUND_HEADER + OWN_ROWS + bound));
        assertEquals(List.of("c", "c_flow", "g"), targets.stream().map(Target::id).toList());
        Target b = targets.get(1);
        assertEquals("c", b.mapping().figureId());
        assertEquals(10, b.figure().value());
        assertEquals(Relation.LE, b.figure().relation(), "the figure says eq, the flow can only be at most");
        assertEquals(Relation.EQ, targets.get(0).figure().relation(), "the figure's own row keeps its relation");

        Synthetic s = new Synthetic(Targets.modelled(targets));
        double[] flows = {1, 2, 3, 4, 5, 6};
        for (int y = 2015; y <= 2020; y++) {
            s.set("innovative_drug_approvals", "Shanghai", y, flows[y - 2015]);
        }
        s.set("innovative_drug_approvals", "Shanghai", 2021, 100);
        List<ValidationRow> rows = Validation.evaluate(List.of(b), List.of(s.result(0)));
        assertEquals(21, rows.get(0).simMean(), 1e-9, "2015..2020 summed, 2021 left out");
        assertFalse(rows.get(0).within(), "21 is more than 10 x 1.1");
        for (int y = 2015; y <= 2020; y++) {
            s.set("innovative_drug_approvals", "Shanghai", y, flows[y - 2015] / 2.1);
        }
        rows = Validation.evaluate(List.of(b), List.of(s.result(0)));
        assertTrue(rows.get(0).within(), "10 is at most 10 x 1.1");
        assertEquals("<=11.0", ValidationTable.error(rows.get(0)));
        assertEquals(0, Validation.loss(rows), 1e-12, "a bound met costs nothing");
    }

    @Test
    void aFlowSinceRowCanOnlyBeAnAtMostBoundOnAnotherFiguresFlow() {
        String ownId = "c,modelled,innovative_drug_approvals,Shanghai,2020,flow_since,2015,,0.1,1,false,calibrated,,\n"
                + "g,not_modelled,,,,,,,,,,,why,\n";
        IllegalArgumentException own = assertThrows(IllegalArgumentException.class, () -> Targets.parse(
                new StringReader(BOUND_FIGURES), new StringReader(BOUND_HEADER + ownId)));
        assertTrue(own.getMessage().contains("figure_id"), own.getMessage());
        String onLowerBound = "g_flow,modelled,innovative_drug_approvals,Shanghai,2020,flow_since,2015,,0.1,1,false,calibrated,,g\n";
        IllegalArgumentException ge = assertThrows(IllegalArgumentException.class, () -> Targets.parse(
                new StringReader(BOUND_FIGURES), new StringReader(BOUND_HEADER + OWN_ROWS + onLowerBound)));
        assertTrue(ge.getMessage().contains("g_flow"), ge.getMessage());
        String onStock = "c_flow,modelled,cumulative_innovative_drug_approvals,Shanghai,2020,flow_since,2015,,0.1,1,false,calibrated,,c\n";
        assertThrows(IllegalArgumentException.class, () -> Targets.parse(
                new StringReader(BOUND_FIGURES), new StringReader(BOUND_HEADER + OWN_ROWS + onStock)));
        String unknown = "x_flow,modelled,innovative_drug_approvals,Shanghai,2020,flow_since,2015,,0.1,1,false,calibrated,,x\n";
        assertThrows(IllegalArgumentException.class, () -> Targets.parse(
                new StringReader(BOUND_FIGURES), new StringReader(BOUND_HEADER + OWN_ROWS + unknown)));
        String reusesAnId = "g,modelled,innovative_drug_approvals,Shanghai,2020,flow_since,2015,,0.1,1,false,calibrated,,c\n"
                + "c,modelled,cumulative_innovative_drug_approvals,Shanghai,2020,value,,,0.1,2,false,identity,,\n";
        assertThrows(IllegalArgumentException.class, () -> Targets.parse(
                new StringReader(BOUND_FIGURES), new StringReader(BOUND_HEADER + reusesAnId)));
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
                assertTrue(t.basis() == Basis.OUT_OF_SAMPLE || t.basis() == Basis.EARLIER_FIT, t.id());
            }
        }
    }
}

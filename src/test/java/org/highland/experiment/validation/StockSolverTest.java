package org.highland.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The residual stocks from hand-set flows: figure - flow, other drugs as all less the two kinds. */
class StockSolverTest {
    private static final List<Target> TARGETS = Targets.load();

    private static StockSolver.Stock stock(List<StockSolver.Stock> stocks, String parameter) {
        return stocks.stream().filter(s -> s.parameter().equals(parameter)).findFirst().orElseThrow();
    }

    @Test
    void solvesEveryStockResidualRowAndReportsAFlowAboveItsFigure() {
        Synthetic s = new Synthetic(Targets.modelled(TARGETS));
        for (Target t : Targets.modelled(TARGETS)) {
            if (t.mapping().derived() == Derivation.FLOW_SINCE) {
                for (int y = 2015; y <= 2020; y++) {
                    s.set(t.mapping().metric(), t.mapping().area(), y, 0);
                }
            }
        }
        for (int y = 2015; y <= 2020; y++) {
            s.set("innovative_drug_approvals", "Shanghai", y, 10);
            s.set("all_drug_approvals", "Zhejiang", y, 100);
            s.set("generic_drug_production_approvals", "Zhejiang", y, 50);
            s.set("innovative_drug_approvals", "Zhejiang", y, 1);
            s.set("clinical_trials_registered", "Anhui", y, 100);
        }
        List<StockSolver.Stock> stocks = StockSolver.solve(TARGETS, Identities.load(), List.of(s.result(0), s.result(1)));
        assertEquals(Identities.load().stream().filter(x -> x.method().equals(StockSolver.METHOD)).count(), stocks.size());

        StockSolver.Stock sh = stock(stocks, "regions.Shanghai.initialStock.innovativeDrugApprovals");
        assertEquals(10 - 60, sh.exact(), 1e-9);
        assertTrue(sh.negative());
        assertEquals(0, sh.written(), "a negative stock is written as 0");
        // (5336 - 600) - (4995 - 300) - (8 - 6)
        assertEquals(39, stock(stocks, "regions.Zhejiang.initialStock.otherDrugApprovals").written());
        assertEquals(1707 - 600, stock(stocks, "regions.Anhui.initialStock.clinicalTrials").written());
        assertEquals(829, stock(stocks, "regions.Zhejiang.initialStock.class3DeviceApprovals").written());

        List<String> findings = StockSolver.findings(stocks);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).contains("innovativeDrugApprovals") && findings.get(0).contains("-50"), findings.get(0));
        String yaml = StockSolver.render(stocks, List.of("header"));
        assertTrue(yaml.startsWith("# header\n# finding: regions.Shanghai.initialStock.innovativeDrugApprovals"), yaml);
        assertTrue(yaml.contains("\n  Shanghai:\n    initialStock:\n"), yaml);
        assertTrue(yaml.contains("\n      innovativeDrugApprovals: 0\n"), yaml);
        assertFalse(yaml.contains("-50\n"), yaml);
        assertEquals(stocks.size(), yaml.lines().filter(l -> l.startsWith("      ")).count());
    }
}

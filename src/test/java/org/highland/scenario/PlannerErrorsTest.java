package org.highland.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner's file with several mistakes gets all of them at once, each with the nearest valid name. */
class PlannerErrorsTest {
    @TempDir
    Path dir;

    private ScenarioException fail(String yaml) throws IOException {
        Path file = dir.resolve("variant.yaml");
        Files.writeString(file, yaml);
        return assertThrows(ScenarioException.class, () -> Scenarios.load(file, List.of()));
    }

    @Test
    void aFileWithErrorsOfEveryKindReportsAllOfThem() throws IOException {
        ScenarioException e = fail("""
                name: several
                replications: many
                time: {endYear: 2040, startYeer: 2015}
                policies:
                  zj: {type: clinical-trial-support, region: zhejiang, annualBudgetMillion: -5}
                  bad: {type: rd-subsdy, region: Zhejiang}
                """);
        String m = e.getMessage();
        assertEquals(5, e.problems().size(), m);
        assertTrue(m.contains(":2:1: replications: expected a whole number, got \"many\""), m);
        assertTrue(m.contains("time.startYeer: expected one of: startYear, endYear; got unknown field 'startYeer'."
                + " Fix: did you mean 'startYear'?"), m);
        assertTrue(m.contains("policies.zj.region: expected \"all\" or one of [Zhejiang, Jiangsu, Shanghai, Anhui],"
                + " got 'zhejiang'. Fix: did you mean 'Zhejiang'?"), m);
        assertTrue(m.contains("policies.zj.annualBudgetMillion: expected a number in [0, 10000000]"), m);
        assertTrue(m.contains("policies.bad.type: expected one of: rd-subsidy,"), m);
        assertTrue(m.contains("Fix: did you mean 'rd-subsidy'?"), m);
        List<Integer> lines = e.problems().stream().map(Problem::line).toList();
        assertEquals(lines.stream().sorted().toList(), lines, "in reading order");
    }

    @Test
    void anEndYearBeforeTheStartYearNamesTheEndYearFoundEvenWhenItIsTheTypesDefault() throws IOException {
        ScenarioException e = fail("""
                time: {startYear: 2015, endYear: 2012}
                policies:
                  late: {type: rd-subsidy, region: Zhejiang, startYear: 2040, annualBudgetMillion: 100}
                """);
        String m = e.getMessage();
        assertTrue(m.contains("time.endYear: expected a year no earlier than time.startYear (2015), got 2012."), m);
        assertTrue(m.contains("policies.late.endYear: expected a year no earlier than startYear (2040), got 2035."
                + " Fix: raise endYear or lower startYear."), m);
    }

    @Test
    void anUnknownParkListsTheParksAndSuggestsTheNearest() throws IOException {
        ScenarioException e = fail("""
                policies:
                  park: {type: park-investment, region: Zhejiang, park: Qiantang Pharma Port, annualBudgetMillion: 100}
                """);
        String m = e.getMessage();
        assertEquals(1, e.problems().size(), m);
        assertTrue(m.contains("policies.park.park: expected a park of Zhejiang, one of: "), m);
        assertTrue(m.contains("Qiantang Pharmaceutical Port"), m);
        assertTrue(m.endsWith("Fix: did you mean 'Qiantang Pharmaceutical Port'?"), m);
    }

    @Test
    void aMisspeltSectorIsNotSilentlyIgnored() throws IOException {
        ScenarioException e = fail("""
                policies:
                  rd: {type: rd-subsidy, region: Zhejiang, annualBudgetMillion: 100, sectors: [INNOVATIVE_DRUGS, CXO]}
                """);
        assertTrue(e.getMessage().contains("policies.rd.sectors[0]: expected one of [INNOVATIVE_DRUG, GENERIC_DRUG,"
                + " MEDICAL_DEVICE, CXO, TCM, HEALTH_SERVICE], got 'INNOVATIVE_DRUGS'. Fix: did you mean 'INNOVATIVE_DRUG'?"),
                e.getMessage());
    }
}

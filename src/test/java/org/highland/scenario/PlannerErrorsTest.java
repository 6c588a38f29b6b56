package org.highland.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.highland.model.Retired;
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

    /**
     * A field that was replaced by one with another meaning gets the advice to convert it, in the
     * file and in --set, rather than the nearest name (which would keep the old number).
     */
    @Test
    void aRetiredFieldSaysWhatReplacedItAndHowToConvert() throws IOException {
        String m = fail("""
                name: old
                capital: {innovatorWeight: 15}
                """).getMessage();
        assertTrue(m.contains(":2:11: capital.innovatorWeight: expected one of:"), m);
        assertTrue(m.contains("Fix: 'innovatorWeight' is no longer a field here: the seed weight is now a share of a new"
                + " innovative-drug project's value: set innovatorProjectShare to the old weight divided by that value"), m);
        assertTrue(m.contains("15 becomes 1.4254 at the default route and 0.707 at the baseline's"), m);
        Path file = dir.resolve("plain.yaml");
        Files.writeString(file, "name: plain\n");
        String set = assertThrows(ScenarioException.class,
                () -> Scenarios.load(file, List.of("capital.weightsDiscountRatePerYear=0.1"))).getMessage();
        assertTrue(set.contains("rename it to revenueWeightDiscountRatePerYear"), set);
    }

    /**
     * Policy documents give shares in percent ("80-100 % refunded"); a planner who writes 80 for a
     * share is told the fraction meant, not only the range; a share a little too high (1.5 is not
     * taken for 1.5 %) keeps the plain advice.
     */
    @Test
    void aShareWrittenAsAPercentageIsToldTheFraction() throws IOException {
        String m = fail("""
                name: percent
                policies:
                  zj: {type: talent-tax-rebate, region: Zhejiang, annualBudgetMillion: 2000, refundShareLeading: 100,
                       refundShareSenior: 80, refundShareSkilled: 1.5}
                """).getMessage();
        assertTrue(m.contains("policies.zj.refundShareLeading: expected a number in [0, 1] share, got 100. Fix: a share"
                + " is a fraction of 1: for 100 %, write 1."), m);
        assertTrue(m.contains("policies.zj.refundShareSenior: expected a number in [0, 1] share, got 80. Fix: a share"
                + " is a fraction of 1: for 80 %, write 0.8."), m);
        assertTrue(m.contains("policies.zj.refundShareSkilled: expected a number in [0, 1] share, got 1.5. Fix: set a"
                + " value in that range."), m);
    }

    /** A retired name that were still a field would shadow the field with advice to leave it. */
    @Test
    void noRetiredNameIsStillAField() {
        Set<Class<?>> seen = new HashSet<>();
        ArrayDeque<Type> todo = new ArrayDeque<>(List.of(Scenario.class));
        int retired = 0;
        while (!todo.isEmpty()) {
            Schema.Level level = Schema.level(todo.pop(), null);
            if (level.kind() != Schema.Kind.RECORD) {
                if (level.element() != null) {
                    todo.push(level.element());
                }
                continue;
            }
            if (!seen.add(level.owner())) {
                continue;
            }
            for (Retired r : level.owner().getAnnotationsByType(Retired.class)) {
                retired++;
                assertTrue(!level.fields().containsKey(r.name()), level.owner().getSimpleName() + "." + r.name());
            }
            level.fields().values().forEach(todo::push);
        }
        assertTrue(retired >= 2, "the walk reached CapitalSpec's retired names");
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
    void aMisspeltRegionOrParkToChangeIsSuggestedOnceNotTakenForANewOneMissingItsFields() throws IOException {
        ScenarioException e = fail("""
                regions:
                  Zhejang:
                    growthShift: 0.02
                  Zhejiang:
                    parks:
                      Qiantang Pharma Port: {growthBonus: 0.01}
                """);
        String m = e.getMessage();
        assertEquals(2, e.problems().size(), m);
        assertTrue(m.contains(":2:3: regions.Zhejang: expected the name of an entry the scenario has, to change it"
                + " (one of: Zhejiang, Jiangsu, Shanghai, Anhui), or a new entry with the fields the others have; got"
                + " 'Zhejang', which lacks initialFirms, firmShares, initialOutputBillion, outputShares and "), m);
        assertTrue(m.contains("Fix: did you mean 'Zhejiang'? For a new entry, give it every field 'Zhejiang' has."), m);
        assertTrue(m.contains(":6:7: regions.Zhejiang.parks.Qiantang Pharma Port: expected the name of an entry"), m);
        assertTrue(m.contains("Fix: did you mean 'Qiantang Pharmaceutical Port'?"), m);
    }

    @Test
    void aNewParkNamedLikeAnotherIsNotTakenForAMisspelling() throws IOException {
        String park = """
                regions:
                  Zhejiang:
                    parks:
                      Hangzhou others: {city: Hangzhou, initialFirmShare: 0.0, initialOutputShare: 0.0,
                                        capacityFirms: 200, platforms: 0, entryWeight: 0.05, rentMillion: 0.1}
                """;
        ScenarioException e = fail(park);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("regions.Zhejiang.parks.Hangzhou others.growthBonus: expected a value for"
                + " 'growthBonus'"), "a new park that forgot a field is told which: " + e.getMessage());
        Path file = dir.resolve("park.yaml");
        Files.writeString(file, park.replace("rentMillion: 0.1}", "rentMillion: 0.1, growthBonus: 0}"));
        assertTrue(Scenarios.load(file, List.of()).regions().get("Zhejiang").parks().containsKey("Hangzhou others"));
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

package org.highland.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of mistake. Each asserts the whole rendered line, so the file, line, column,
 * field path, expectation and remedy are all pinned.
 */
class ScenarioErrorsTest {
    @TempDir
    Path dir;
    private ScenarioReader<Fixtures.Sample> reader;

    @BeforeEach
    void setUp() {
        reader = Fixtures.reader(dir.resolve("classpath"));
    }

    private ScenarioException fail(Path file, String... sets) {
        return assertThrows(ScenarioException.class, () -> reader.read(file, List.of(sets)));
    }

    @Test
    void unknownFieldIsLocatedAndNamesTheKnownFieldsWithASuggestion() {
        Path file = Fixtures.write(dir, "x.yaml", """
                seed: 1
                regions:
                  - name: A
                    populaton: 5
                    growth: 0.1
                """);
        ScenarioException e = fail(file);
        assertEquals(file + ":4:5: regions[0].populaton: expected one of: name, population, growth; "
                + "got unknown field 'populaton'. Fix: did you mean 'population'?", e.getMessage());
    }

    @Test
    void wrongTypeSaysWhatWasExpectedAndWhatWasFound() {
        Path file = Fixtures.write(dir, "x.yaml", """
                time:
                  endYear: soon
                """);
        ScenarioException e = fail(file);
        assertEquals(file + ":2:3: time.endYear: expected a whole number, got \"soon\". "
                + "Fix: write a whole number such as 12, without decimals or quotes.", e.getMessage());
    }

    @Test
    void wrongEnumListsTheConstants() {
        Path file = Fixtures.write(dir, "x.yaml", "mode: QUICK\n");
        assertEquals(file + ":1:1: mode: expected one of [FAST, FULL], got \"QUICK\". "
                + "Fix: use one of the listed values, spelled exactly.", fail(file).getMessage());
    }

    @Test
    void anEnumValueInTheWrongCaseOrMisspeltGetsTheConstantMeant() {
        Path file = Fixtures.write(dir, "x.yaml", "mode: fast\n");
        assertEquals(file + ":1:1: mode: expected one of [FAST, FULL], got \"fast\". Fix: did you mean 'FAST'?",
                fail(file).getMessage());
        Path typo = Fixtures.write(dir, "y.yaml", "mode: FULLL\n");
        assertTrue(fail(typo).getMessage().endsWith("Fix: did you mean 'FULL'?"));
    }

    @Test
    void aSingleValueWhereAListBelongsIsShownAsTheListMeant() {
        Path file = Fixtures.write(dir, "x.yaml", "shares: 0.5\n");
        assertEquals(file + ":1:1: shares: expected a list, got 0.5. Fix: write it as a list, [0.5], or one '- item'"
                + " per line.", fail(file).getMessage());
    }

    @Test
    void everyOutOfRangeValueAndFailedCheckIsReported() {
        Path file = Fixtures.write(dir, "x.yaml", """
                time: {startYear: 2030, endYear: 2025}
                policies:
                  trialSupport:
                    type: clinical-trial-support
                    phase3MaxMillion: -3
                shares: [0.5, 1.5]
                """);
        ScenarioException e = fail(file);
        assertEquals(List.of(
                file + ":1:25: time.endYear: expected a year not before startYear (2030). "
                        + "Fix: raise endYear or lower startYear.",
                file + ":3:3: policies.trialSupport.phase1MaxMillion: expected at most phase3MaxMillion (-3.0). "
                        + "Fix: lower phase1MaxMillion.",
                file + ":5:5: policies.trialSupport.phase3MaxMillion: expected a number in [0, 1000] "
                        + "million_yuan, got -3. Fix: set a value in that range.",
                file + ":6:15: shares[1]: expected a number in [0, 1] share, got 1.5. Fix: set a value in that range."),
                e.getMessage().lines().toList());
        assertEquals(4, e.problems().size());
    }

    @Test
    void yamlNanAndInfinityAreNumbersOutsideTheRangeNotMalformedYaml() {
        Path file = Fixtures.write(dir, "x.yaml", """
                regions:
                  - name: A
                    population: .nan
                    growth: 0.1
                shares: [-.Inf, .5]
                """);
        assertEquals(List.of(
                file + ":3:5: regions[0].population: expected a finite number >= 0 person, got NaN. "
                        + "Fix: write an ordinary number, not NaN or infinity.",
                file + ":5:10: shares[0]: expected a finite number in [0, 1] share, got -Infinity. "
                        + "Fix: write an ordinary number, not NaN or infinity."),
                fail(file).getMessage().lines().toList());
        Path plain = Fixtures.write(dir, "plain.yaml", "seed: 1\n");
        assertEquals("--set #1 'regions[0].growth=.inf':1:19: regions[0].growth: expected a finite number in [0, 1] "
                + "share, got Infinity. Fix: write an ordinary number, not NaN or infinity.",
                fail(plain, "regions[0].growth=.inf").getMessage());
    }

    @Test
    void missingFileNamesThePathAndSaysToCheckIt() {
        Path file = dir.resolve("nope.yaml");
        ScenarioException e = fail(file);
        Problem problem = e.problems().get(0);
        assertEquals(file.toString(), problem.file());
        assertEquals(0, problem.line(), "a missing file has no line");
        assertEquals(0, problem.column(), "a missing file has no column");
        assertEquals(file + ": expected an existing scenario file, but there is no such file. "
                + "Fix: check the path; relative paths start from " + Path.of("").toAbsolutePath() + ".",
                e.getMessage());
    }

    @Test
    void malformedYamlReportsTheParsersPosition() {
        Path file = Fixtures.write(dir, "x.yaml", """
                seed: 1
                time:
                  startYear: 2020
                 endYear: 2030
                """);
        ScenarioException e = fail(file);
        Problem problem = e.problems().get(0);
        assertEquals(4, problem.line());
        assertEquals(2, problem.column());
        assertEquals(file + ":4:2: expected well-formed YAML, got: expected <block end>, but found '<block mapping start>' "
                + "(while parsing a block mapping that began on line 1). Fix: check the indentation, "
                + "the space after each ':' and that brackets and quotes are closed.", e.getMessage());
    }

    @Test
    void aKeyWithoutItsColonOrAnUnclosedQuoteIsLocatedWhereItBegins() {
        // The scanner gives up on the next line or at the end of the file, past the mistake.
        Path noSpace = Fixtures.write(dir, "x.yaml", "seed: 1\ntime:\n  startYear: 2020\n  endYear:2030\n");
        Problem key = fail(noSpace).problems().get(0);
        assertEquals(List.of(4, 3), List.of(key.line(), key.column()), key.toString());
        Path quote = Fixtures.write(dir, "y.yaml", "name: \"unterminated\nseed: 1\n");
        Problem open = fail(quote).problems().get(0);
        assertEquals(List.of(1, 7), List.of(open.line(), open.column()), open.toString());
    }

    @Test
    void tabsInYamlGetTheirOwnRemedy() {
        Path file = Fixtures.write(dir, "x.yaml", "time:\n\tstartYear: 2020\n");
        Problem problem = fail(file).problems().get(0);
        assertEquals(2, problem.line());
        assertEquals(1, problem.column());
        assertEquals("indent with spaces, not tabs", problem.remedy());
    }

    @Test
    void malformedJsonReportsTheParsersPosition() {
        Path file = Fixtures.write(dir, "x.json", "{\n  \"seed\": 1,\n  \"name\" \"x\"\n}\n");
        ScenarioException e = fail(file);
        assertEquals(file + ":3:10: expected well-formed JSON, got: Unexpected character ('\"'): "
                + "was expecting a colon to separate field name and value. Fix: look for a missing comma, "
                + "colon, quote or bracket at or just before this position.", e.getMessage());
    }

    @Test
    void duplicateKeyIsAnErrorRatherThanSilentlyOverwritten() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\nname: a\nseed: 2\n");
        assertEquals(file + ":3:1: seed: expected each key once per mapping; 'seed' was already given on line 1. "
                + "Fix: remove one of the two 'seed' entries.", fail(file).getMessage());
    }

    @Test
    void unknownTypeIdPointsAtTheTypeKeyAndListsTheIds() {
        Path file = Fixtures.write(dir, "x.yaml", """
                policies:
                  trialSupport:
                    type: clinical-trial-suport
                """);
        assertEquals(file + ":3:5: policies.trialSupport.type: expected one of: clinical-trial-support, rd-subsidy; "
                + "got 'clinical-trial-suport'. Fix: did you mean 'clinical-trial-support'?", fail(file).getMessage());
    }

    @Test
    void missingTypeIdAsksForOne() {
        Path file = Fixtures.write(dir, "x.yaml", "policies:\n  extra:\n    rate: 0.5\n");
        assertEquals(file + ":2:3: policies.extra: expected a 'type' field naming the kind, one of: "
                + "clinical-trial-support, rd-subsidy. Fix: add 'type: clinical-trial-support' (or another listed id).",
                fail(file).getMessage());
    }

    @Test
    void aMisspeltNameOfAnInheritedEntryIsSuggestedRatherThanATypeForANewOne() {
        // The defaults hold trialSupport; a variant changing one of its fields under a misspelt name
        // would, by adding the type the message asked for, run a second policy beside the first.
        Path file = Fixtures.write(dir, "x.yaml", "policies:\n  trialSuport:\n    coverage: 0.5\n");
        assertEquals(file + ":2:3: policies.trialSuport: expected a 'type' field naming the kind, one of: "
                + "clinical-trial-support, rd-subsidy. Fix: did you mean 'trialSupport'? For a new entry, add "
                + "'type: clinical-trial-support' (or another listed id).", fail(file).getMessage());
        String set = fail(Fixtures.write(dir, "y.yaml", "seed: 1\n"), "policies.rdSubsidi.rate=0.2").getMessage();
        assertTrue(set.endsWith("Fix: did you mean 'rdSubsidy'? For a new entry, add 'type: clinical-trial-support'"
                + " (or another listed id)."), set);
    }

    @Test
    void extendsCycleNamesTheChainAtTheClosingExtendsLine() {
        Path a = Fixtures.write(dir, "a.yaml", "extends: b.yaml\nseed: 1\n");
        Path b = Fixtures.write(dir, "b.yaml", "seed: 2\nextends: a.yaml\n");
        assertEquals(b + ":2:1: extends: expected extends chains without a cycle, got " + a + " -> " + b + " -> " + a
                + ". Fix: remove the 'extends' line from one of these files.", fail(a).getMessage());
    }

    @Test
    void missingExtendsParentPointsAtTheExtendsLine() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\nextends: base.yaml\n");
        assertEquals(file + ":2:1: extends: expected an existing file to extend: " + dir.resolve("base.yaml")
                + " does not exist. Fix: check the name; it is resolved relative to the folder of " + file + ".",
                fail(file).getMessage());
    }

    /** A misspelt parent (a planner's copy of a shipped variant) is named beside the check, path as written. */
    @Test
    void aMisspeltExtendsParentSuggestsTheScenarioFileOfTheNearestName() throws java.io.IOException {
        Fixtures.write(dir, "baseline.yaml", "seed: 1\n");
        Path file = Fixtures.write(dir, "variant.yaml", "extends: basline.yaml\n");
        assertEquals(file + ":1:1: extends: expected an existing file to extend: " + dir.resolve("basline.yaml")
                + " does not exist. Fix: did you mean 'baseline.yaml'? Otherwise check the name; it is resolved"
                + " relative to the folder of " + file + ".", fail(file).getMessage());
        java.nio.file.Files.createDirectories(dir.resolve("sub"));
        Path nested = Fixtures.write(dir.resolve("sub"), "variant.yaml", "extends: ../baselin.yaml\n");
        assertTrue(fail(nested).getMessage().contains("Fix: did you mean '../baseline.yaml'?"), fail(nested).getMessage());
    }

    @Test
    void setWithUnknownPathListsTheNamesAtThatLevelAndSuggests() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        ScenarioException e = fail(file, "seed=3", "time.strtYear=2021");
        assertEquals("--set #2 'time.strtYear=2021':1:6: time.strtYear: expected one of: startYear, endYear at 'time'; "
                + "got 'strtYear'. Fix: did you mean 'startYear'?", e.getMessage());
        assertEquals(2, e.problems().get(0).overrideNumber(), "the problem says which override it is in");
        assertEquals(-1, fail(Fixtures.write(dir, "bad.yaml", "seed: x\n")).problems().get(0).overrideNumber(),
                "a problem in a file is in no override");
    }

    @Test
    void setWithUnknownTopLevelNameListsTopLevelNames() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        assertEquals("--set #1 'tiem.startYear=2021':1:1: tiem: expected one of: seed, time, regions, policies, "
                + "mode, verbose, shares, name at the top level; got 'tiem'. Fix: did you mean 'time'?",
                fail(file, "tiem.startYear=2021").getMessage());
    }

    @Test
    void setWithListIndexOutOfRangeSaysHowManyElementsThereAre() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        assertEquals("--set #1 'regions[2].growth=0.1':1:8: regions[2]: expected an index in [0, 1] at 'regions', "
                + "got [2]. Fix: to change the number of elements set the whole list, e.g. regions=[...].",
                fail(file, "regions[2].growth=0.1").getMessage());
    }

    @Test
    void setWithValueOfWrongTypePointsAtTheValueInTheArgument() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        assertEquals("--set #1 'regions[1].growth=abc':1:19: regions[1].growth: expected a number, got \"abc\". "
                + "Fix: write a plain number such as 0.5, without quotes or units.",
                fail(file, "regions[1].growth=abc").getMessage());
    }

    @Test
    void setOutOfRangeIsBlamedOnTheSetNotTheFile() {
        Path file = Fixtures.write(dir, "x.yaml", "time:\n  startYear: 2020\n");
        assertEquals("--set #1 'time.startYear=1900':1:16: time.startYear: expected a whole number in [2000, 2100] "
                + "year, got 1900. Fix: set a value in that range.", fail(file, "time.startYear=1900").getMessage());
    }

    @Test
    void setWithoutEqualsSignIsExplained() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        Problem problem = fail(file, "seed").problems().get(0);
        assertEquals("--set #1 'seed'", problem.file());
        assertEquals("add '=' and the new value", problem.remedy());
    }

    @Test
    void everyBadSetIsReportedAtOnceInArgumentOrderEachAtItsOwnArgument() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        // #1 is found by the range check after merging, #3 while merging: the order is still theirs.
        ScenarioException e = fail(file, "time.startYear=1900", "seed=3", "tiem.endYear=2030");
        assertEquals(List.of(
                "--set #1 'time.startYear=1900':1:16: time.startYear: expected a whole number in [2000, 2100] "
                        + "year, got 1900. Fix: set a value in that range.",
                "--set #3 'tiem.endYear=2030':1:1: tiem: expected one of: seed, time, regions, policies, mode, "
                        + "verbose, shares, name at the top level; got 'tiem'. Fix: did you mean 'time'?"),
                e.getMessage().lines().toList());
        assertEquals(2, e.problems().size());
    }

    @Test
    void aGoodSetBetweenBadOnesIsStillAppliedAndEachBadOneCountsOnce() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        String bad = "time.strtYear=2021";
        String good = "policies.extra={type: rd-subsidy, rate: 0.1, maxFirms: 3}";
        // Out of range only within the policy the good --set creates: without it, a missing type.
        String worse = "policies.extra.rate=1.5";
        ScenarioException e = fail(file, bad, good, worse);
        assertEquals(List.of(
                "--set #1 'time.strtYear=2021':1:6: time.strtYear: expected one of: startYear, endYear at 'time'; "
                        + "got 'strtYear'. Fix: did you mean 'startYear'?",
                "--set #3 'policies.extra.rate=1.5':1:21: policies.extra.rate: expected a number in [0, 1] share, "
                        + "got 1.5. Fix: set a value in that range."),
                e.getMessage().lines().toList());
        assertEquals(1, fail(file, bad, good).problems().size());
        assertEquals(1, fail(file, good, worse).problems().size());
        assertEquals(new Fixtures.RdSubsidy(0.1, 3), reader.read(file, List.of(good)).policies().get("extra"));
    }

    @Test
    void aSetWithinWhatAFailedSetWasToCreateIsNotBlamedForItsAbsence() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        String field = "policies.extra.rate=0.5";
        assertTrue(fail(file, field).getMessage().contains("expected a 'type' field"), "alone it lacks the type");
        assertEquals(List.of("--set #1 'policies.extra={type: rd-subsidy, maxFirms: 3':1:46: policies.extra: "
                        + "expected a value written as YAML, e.g. 3, 0.5, true, [1, 2], {a: 1} or \"text\", got: "
                        + "expected ',' or '}', but got <stream end> (while parsing a flow mapping that began on "
                        + "line 1). Fix: quote text containing ':', '#', '[' or '{', and close every bracket."),
                fail(file, "policies.extra={type: rd-subsidy, maxFirms: 3", field).getMessage().lines().toList());
        ScenarioException typo = fail(file, "policies.extra.typ=rd-subsidy", field);
        assertEquals(1, typo.problems().size(), typo.getMessage());
        assertEquals("--set #1 'policies.extra.typ=rd-subsidy'", typo.problems().get(0).file());
    }

    @Test
    void theSameWrongNameInTwoSetsIsReportedForEach() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        ScenarioException e = fail(file, "tiem.startYear=2021", "tiem.endYear=2030");
        assertEquals(List.of("--set #1 'tiem.startYear=2021'", "--set #2 'tiem.endYear=2030'"),
                e.problems().stream().map(Problem::file).toList());
    }

    @Test
    void theFilesProblemsComeFirstThenTheSetsWhicheverStageFoundThem() {
        // time comes before shares in the scenario, but the file comes before the command line.
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\nshares: [0.5, 1.5]\n");
        String fileLine = file + ":2:15: shares[1]: expected a number in [0, 1] share, got 1.5. "
                + "Fix: set a value in that range.";
        String rangeLine = "--set #2 'time.startYear=1900':1:16: time.startYear: expected a whole number in "
                + "[2000, 2100] year, got 1900. Fix: set a value in that range.";
        assertEquals(List.of(fileLine, rangeLine.replace("#2", "#1")),
                fail(file, "time.startYear=1900").getMessage().lines().toList());
        assertEquals(List.of(fileLine,
                "--set #1 'tiem.startYear=2021':1:1: tiem: expected one of: seed, time, regions, policies, mode, "
                        + "verbose, shares, name at the top level; got 'tiem'. Fix: did you mean 'time'?",
                rangeLine),
                fail(file, "tiem.startYear=2021", "time.startYear=1900").getMessage().lines().toList());
    }

    @Test
    void aNullThatRemovesNothingInTheFileIsReportedWithTheBadSets() {
        Path file = Fixtures.write(dir, "x.yaml", "policies:\n  rdSubsidi: ~\n");
        ScenarioException e = fail(file, "tiem.startYear=2021");
        assertEquals(List.of(file.toString(), "--set #1 'tiem.startYear=2021'"),
                e.problems().stream().map(Problem::file).toList());
    }

    @Test
    void aFileValueThatAFailedSetWasToReplaceIsNotReported() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\nshares: [0.5, 1.5]\n");
        ScenarioException e = fail(file, "shares=[0.5, 0.5");
        assertEquals(List.of("--set #1 'shares=[0.5, 0.5'"), e.problems().stream().map(Problem::file).toList());
    }

    @Test
    void valueFromAParentFileIsLocatedInTheParent() {
        Path base = Fixtures.write(dir, "base.yaml", "seed: 1\nshares: [0.5, -0.5]\n");
        Path file = Fixtures.write(dir, "x.yaml", "extends: base.yaml\nname: child\n");
        assertEquals(base + ":2:15: shares[1]: expected a number in [0, 1] share, got -0.5. "
                + "Fix: set a value in that range.", fail(file).getMessage());
    }

    @Test
    void aNullThatRemovesNothingIsLocatedAndNamesWhatCouldBeRemoved() {
        Path file = Fixtures.write(dir, "x.yaml", "policies:\n  rdSubsidi: ~\n  other: ~\n");
        String expected = " expected the name of an entry to remove ('~' removes one that the scenario so far holds), got '";
        assertEquals(file + ":2:3: policies.rdSubsidi:" + expected + "rdSubsidi', which it does not hold. "
                + "Fix: did you mean 'rdSubsidy'?\n"
                + file + ":3:3: policies.other:" + expected + "other', which it does not hold. "
                + "Fix: remove the line, or name one of: trialSupport, rdSubsidy.", fail(file).getMessage());
    }

    @Test
    void aSetNullThatRemovesNothingIsRefusedToo() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        String message = fail(file, "policies.rdSubsidi=~").getMessage();
        assertTrue(message.startsWith("--set #1 'policies.rdSubsidi=~':1:"), message);
        assertTrue(message.endsWith("got 'rdSubsidi', which it does not hold. Fix: did you mean 'rdSubsidy'?"), message);
    }

    @Test
    void missingFieldAfterNullDeletionPointsAtTheEnclosingObject() {
        Path file = Fixtures.write(dir, "x.yaml", "time:\n  endYear: ~\n");
        assertEquals(file + ":1:1: time.endYear: expected a value for 'endYear' (a whole number), got nothing. "
                + "Fix: add 'endYear' here; if a null (~) removed it, give a value instead.", fail(file).getMessage());
    }

    @Test
    void missingFieldInAReplacedListElementIsBlamedOnTheFileNotOnTheDefaultsOldElement() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\nregions:\n  - {name: A, population: 5}\n");
        assertEquals(file + ":3:5: regions[0].growth: expected a value for 'growth' (a number), got nothing. "
                + "Fix: add 'growth' here; if a null (~) removed it, give a value instead.", fail(file).getMessage());
    }

    @Test
    void partsOfAFlowValueInASetAreLocatedWithinTheArgument() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        assertEquals(List.of(
                "--set #1 'time={startYear: 2000, endYear: 1}':1:24: time.endYear: expected a whole number "
                        + "in [2000, 2100] year, got 1. Fix: set a value in that range.",
                "--set #1 'time={startYear: 2000, endYear: 1}':1:24: time.endYear: expected a year not before "
                        + "startYear (2000). Fix: raise endYear or lower startYear."),
                fail(file, "time={startYear: 2000, endYear: 1}").getMessage().lines().toList());
    }

    @Test
    void aBadValueInTheDefaultsIsBlamedOnTheDefaults() {
        ScenarioReader<Fixtures.Sample> broken = Fixtures.reader(dir.resolve("broken"),
                Fixtures.DEFAULTS.replace("seed: 42", "seed: -1"));
        ScenarioException e = assertThrows(ScenarioException.class, broken::defaults);
        assertEquals("defaults:1:1: seed: expected a whole number >= 0 seed, got -1. Fix: set a value in that range.",
                e.getMessage());
    }

    @Test
    void malformedDefaultsFailWhenTheReaderIsBuilt() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Fixtures.reader(dir.resolve("broken"), "seed: [1\n"));
        assertEquals("defaults", e.problems().get(0).file());
    }

    @Test
    void aMissingDefaultsResourceIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> new ScenarioReader<>(Fixtures.Sample.class, "no/such/defaults.yaml"));
    }
}

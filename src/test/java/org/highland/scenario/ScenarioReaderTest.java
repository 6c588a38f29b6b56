package org.highland.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.highland.scenario.Fixtures.Mode;
import org.highland.scenario.Fixtures.Policy;
import org.highland.scenario.Fixtures.RdSubsidy;
import org.highland.scenario.Fixtures.Region;
import org.highland.scenario.Fixtures.Sample;
import org.highland.scenario.Fixtures.Time;
import org.highland.scenario.Fixtures.TrialSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layering, typed defaults, overrides, formats and the YAML round trip. */
class ScenarioReaderTest {
    @TempDir
    Path dir;
    private ScenarioReader<Sample> reader;

    @BeforeEach
    void setUp() {
        reader = Fixtures.reader(dir.resolve("classpath"));
    }

    @Test
    void defaultsAloneGiveTheCompleteScenario() {
        Sample sample = reader.defaults();
        assertEquals(42, sample.seed());
        assertEquals(new TrialSupport(5, 50, 0.3), sample.policies().get("trialSupport"));
        assertEquals(List.of(0.25, 0.75), sample.shares());
    }

    @Test
    void nestedValuesOverrideOnlyWhatTheyName() {
        Path file = Fixtures.write(dir, "x.yaml", "time:\n  endYear: 2040\n");
        Sample sample = reader.read(file, List.of());
        assertEquals(new Time(2020, 2040), sample.time());
        assertEquals(42, sample.seed(), "the defaults' seed stays");
    }

    @Test
    void listsAreReplacedWhole() {
        Path file = Fixtures.write(dir, "x.yaml", "regions:\n  - {name: Only, population: 5, growth: 0}\n");
        assertEquals(List.of(new Region("Only", 5, 0)), reader.read(file, List.of()).regions());
    }

    @Test
    void nullRemovesAMapEntry() {
        Path file = Fixtures.write(dir, "x.yaml", "policies:\n  rdSubsidy: ~\n");
        assertEquals(List.of("trialSupport"), List.copyOf(reader.read(file, List.of()).policies().keySet()));
    }

    /** A null for a key a lower layer held is no misspelling, even where that key is gone already. */
    @Test
    void aNullForAKeyALowerLayerHeldIsAcceptedWhereItIsGoneAlready() {
        Fixtures.write(dir, "a.yaml", "policies:\n  rdSubsidy: ~\n");
        Path twice = Fixtures.write(dir, "b.yaml", "extends: a.yaml\npolicies:\n  rdSubsidy: ~\n");
        assertEquals(List.of("trialSupport"), List.copyOf(reader.read(twice, List.of()).policies().keySet()),
                "both files of the chain remove it");
        Path retyped = Fixtures.write(dir, "c.yaml", "policies:\n  rdSubsidy: {type: clinical-trial-support, maxFirms: ~}\n");
        assertEquals(Set.of("trialSupport", "rdSubsidy"), reader.read(retyped, List.of()).policies().keySet(),
                "the new type dropped the old type's field, which the null names");
        assertEquals(List.of("trialSupport"), List.copyOf(reader.read(twice, List.of("policies.rdSubsidy=~"))
                .policies().keySet()), "and a --set removing it a third time");
    }

    @Test
    void changingTheTypeReplacesTheObjectInsteadOfMixingFields() {
        Path file = Fixtures.write(dir, "x.yaml", "policies:\n  rdSubsidy: {type: clinical-trial-support, coverage: 1}\n");
        assertEquals(new TrialSupport(5, 50, 1), reader.read(file, List.of()).policies().get("rdSubsidy"));
    }

    @Test
    void typedDefaultsFillObjectsOfThatType() {
        Path file = Fixtures.write(dir, "x.yaml", """
                policies:
                  extra:
                    type: clinical-trial-support
                    phase1MaxMillion: 2
                """);
        Sample sample = reader.read(file, List.of());
        assertEquals(new TrialSupport(2, 50, 0.3), sample.policies().get("extra"));
        JsonNode tree = reader.resolvedTree(file, List.of());
        assertFalse(tree.has("typeDefaults"), "typeDefaults must not reach the mapper");
        assertEquals(50, tree.at("/policies/extra/phase3MaxMillion").asInt());
    }

    @Test
    void typeDefaultsCanBeOverriddenByAScenario() {
        Path file = Fixtures.write(dir, "x.yaml", "typeDefaults:\n  clinical-trial-support: {coverage: 0.9}\n");
        assertEquals(new TrialSupport(5, 50, 0.9), reader.read(file, List.of()).policies().get("trialSupport"));
    }

    @Test
    void extendsChainsApplyFurthestParentFirst() {
        Fixtures.write(dir, "grand.yaml", "seed: 1\nname: grand\nmode: FULL\n");
        Fixtures.write(dir, "parent.yaml", "extends: grand.yaml\nseed: 2\nname: parent\n");
        Path file = Fixtures.write(dir, "x.yaml", "extends: parent.yaml\nseed: 3\n");
        Sample sample = reader.read(file, List.of());
        assertEquals(3, sample.seed());
        assertEquals("x", sample.name(), "a file that states no name is named after itself, not its parent");
        assertEquals(Mode.FULL, sample.mode());
        assertEquals("parent", reader.read(dir.resolve("parent.yaml"), List.of()).name());
    }

    @Test
    void setsApplyInOrderAndParseYamlValues() {
        Path file = Fixtures.write(dir, "x.yaml", "seed: 1\n");
        Sample sample = reader.read(file, List.of("seed=7", "seed=8", "verbose=true", "shares=[0.5, 0.5]",
                "regions[1].growth=0.5", "name=\"007\"", "policies.new={type: rd-subsidy, rate: 0.2, maxFirms: 3}",
                "policies.trialSupport={coverage: 0.1}", "policies.rdSubsidy=~"));
        assertEquals(8, sample.seed());
        assertTrue(sample.verbose());
        assertEquals(List.of(0.5, 0.5), sample.shares());
        assertEquals(0.5, sample.regions().get(1).growth());
        assertEquals("007", sample.name());
        Map<String, Policy> expected = new LinkedHashMap<>();
        expected.put("trialSupport", new TrialSupport(5, 50, 0.1));
        expected.put("new", new RdSubsidy(0.2, 3));
        assertEquals(expected, sample.policies());
    }

    @Test
    void everyUnknownFieldIsReportedAtOnce() {
        Path file = Fixtures.write(dir, "x.yaml", "sede: 1\ntime: {start: 2020}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> reader.read(file, List.of()));
        assertEquals(List.of("sede", "time.start"), e.problems().stream().map(Problem::path).toList());
        assertEquals("did you mean 'seed'?", e.problems().get(0).remedy());
    }

    @Test
    void jsonIsAccepted() {
        Path file = Fixtures.write(dir, "x.json", """
                {"seed": 9, "time": {"endYear": 2050}, "policies": {"rdSubsidy": {"type": "rd-subsidy", "rate": 0.4}}}
                """);
        Sample sample = reader.read(file, List.of());
        assertEquals(9, sample.seed());
        assertEquals(new Time(2020, 2050), sample.time());
        assertEquals(new RdSubsidy(0.4, 10), sample.policies().get("rdSubsidy"));
    }

    @Test
    void jsonCanExtendYaml() {
        Fixtures.write(dir, "base.yaml", "seed: 5\n");
        Path file = Fixtures.write(dir, "x.json", "{\"extends\": \"base.yaml\", \"name\": \"j\"}");
        Sample sample = reader.read(file, List.of());
        assertEquals(5, sample.seed());
        assertEquals("j", sample.name());
    }

    @Test
    void yamlRoundTripGivesAnEqualRecord() {
        Path file = Fixtures.write(dir, "x.yaml", """
                name: "yes"
                shares: [0.1, 0.9]
                policies:
                  extra: {type: rd-subsidy, rate: 0.000001, maxFirms: 2}
                """);
        Sample original = reader.read(file, List.of("regions[0].population=12345678901.5"));
        String yaml = reader.toYaml(original);
        assertFalse(yaml.startsWith("---"), yaml);
        assertTrue(yaml.startsWith("seed: 42\ntime:\n  startYear: 2020\n"), "component order:\n" + yaml);
        assertTrue(yaml.contains("type: rd-subsidy"), "type ids are written as fields:\n" + yaml);
        Path copy = Fixtures.write(dir, "copy.yaml", yaml);
        assertEquals(original, reader.read(copy, List.of()));
    }
}

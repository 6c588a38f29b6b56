package org.highland.experiment.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.highland.scenario.Scenario;
import org.highland.scenario.ScenarioException;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * A scenario shipped as text to a task is read as the command line reads it, from the text itself:
 * a temporary file could be deleted under a task still reading it while the JVM stops.
 */
class ScenarioTextsTest {

    @Test
    void readsTheTextWithItsSets() {
        String name = "texts-" + UUID.randomUUID();
        String yaml = Scenarios.toYaml(Scenarios.defaults()).replaceFirst("(?m)^name: .*$", "name: " + name);
        Scenario plain = ScenarioTexts.load(yaml, List.of());
        Scenario shorter = ScenarioTexts.load(yaml, List.of("time.endYear=2018"));
        assertEquals(name, plain.name());
        assertEquals(Scenarios.defaults().time().endYear(), plain.time().endYear());
        assertEquals(2018, shorter.time().endYear());
        assertEquals(yaml, Scenarios.toYaml(plain), "the text read back is the scenario written");
    }

    @Test
    void keepsTheLastScenariosReadForTheSameTextAndSets() {
        String yaml = Scenarios.toYaml(Scenarios.defaults()).replaceFirst("(?m)^name: .*$", "name: texts-" + UUID.randomUUID());
        Scenario first = ScenarioTexts.load(yaml, List.of("time.endYear=2019"));
        assertSame(first, ScenarioTexts.load(yaml, List.of("time.endYear=2019")));
        assertNotSame(first, ScenarioTexts.load(yaml, List.of("time.endYear=2020")));
    }

    @Test
    void aBadTextIsRefusedAtItsLineNamedAsTheShippedScenario() {
        String yaml = Scenarios.toYaml(Scenarios.defaults()) + "noSuchField: 1\n";
        int line = (int) yaml.lines().count();
        ScenarioException refused = assertThrows(ScenarioException.class, () -> ScenarioTexts.load(yaml, List.of()));
        assertTrue(refused.getMessage().contains("noSuchField"), refused.getMessage());
        assertTrue(refused.getMessage().contains(ScenarioTexts.LABEL + ":" + line + ":"), refused.getMessage());
    }

    @Test
    void aTextThatExtendsAFileIsRefused() {
        ScenarioException refused = assertThrows(ScenarioException.class,
                () -> ScenarioTexts.load("extends: baseline.yaml\nname: child\n", List.of()));
        assertTrue(refused.getMessage().contains("without 'extends:'"), refused.getMessage());
    }
}

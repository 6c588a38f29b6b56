package org.highland.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationLogTest {
    private static final List<FreeParameter> PARAMS = List.of(new FreeParameter("x.a", 0, 1), new FreeParameter("x.b", -5, 5));

    @TempDir
    Path dir;

    @Test
    void readsBackBitIdenticalAndDropsALineCutByAKill() throws IOException {
        Path log = dir.resolve(CalibrationLog.FILE);
        CalibrationLog.create(log, PARAMS);
        Evaluation a = new Evaluation(1, new double[] {0.1 + 0.2, -Math.PI}, 1.0 / 3, 4);
        Evaluation b = new Evaluation(2, new double[] {Math.ulp(1.0), 4.999999999999999}, 2e-17, 0);
        CalibrationLog.append(log, a);
        CalibrationLog.append(log, b);
        Files.writeString(log, "3,0.5,1.2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<Evaluation> read = CalibrationLog.read(log, PARAMS);
        assertEquals(2, read.size());
        assertArrayEquals(a.values(), read.get(0).values());
        assertArrayEquals(b.values(), read.get(1).values());
        assertEquals(a.loss(), read.get(0).loss());
        assertEquals(b.loss(), read.get(1).loss());
        assertEquals(4, read.get(0).within());
    }

    @Test
    void refusesALogOfOtherParameters() throws IOException {
        Path log = dir.resolve(CalibrationLog.FILE);
        CalibrationLog.create(log, PARAMS);
        assertThrows(CalibrationException.class, () -> CalibrationLog.read(log, List.of(new FreeParameter("x.a", 0, 1))));
    }

    @Test
    void builtInParametersAreNumbersOfTheBaselineWithinTheirRanges() {
        CalibrationPlan plan = CalibrationPlan.builtIn();
        Scenario baseline = Scenarios.load(Path.of("scenarios", "baseline.yaml"), List.of());
        double[] start = ScenarioValues.of(baseline, plan.parameters());
        assertEquals(plan.parameters().size(), start.length);
        assertThrows(CalibrationException.class,
                () -> ScenarioValues.of(baseline, List.of(new FreeParameter("regions.Zhejiang.noSuchThing", 0, 1))));
    }
}

package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy that names a region or park the scenario does not have is bad input, located in the file. */
class PolicyReferenceTest {
    @TempDir
    Path dir;

    @Test
    void unknownRegionAndParkAreLocatedErrors() throws Exception {
        Path file = dir.resolve("variant.yaml");
        Files.writeString(file, String.join("\n",
                "name: variant",
                "policies:",
                "  build:",
                "    type: park-investment",
                "    region: Zhejiang",
                "    park: Nowhere Park",
                "  other:",
                "    type: rd-subsidy",
                "    region: Zhejang",
                ""));
        Path out = dir.resolve("out");
        CliRun run = CliRun.highland("run", file.toString(), "--scale", "0.01", "--end", "2016", "--out", out.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains(file + ":6:5: policies.build.park"), run.err);
        assertTrue(run.err.contains("regions.Zhejiang.parks"), run.err);
        assertTrue(run.err.contains(file + ":9:5: policies.other.region"), run.err);
        assertTrue(run.err.contains("Jiangsu"), "lists the valid regions: " + run.err);
        assertFalse(Files.exists(out), "nothing written");
    }
}

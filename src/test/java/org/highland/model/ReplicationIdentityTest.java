package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Changes to how the model stores or steps its state (not to what it computes) must leave every
 * output bit for bit as it was: the baseline and the combined scenario (relocations,
 * acquisitions, every instrument), 2015-2035 at scale 0.05, two replications each, hashed over
 * every value of replications.csv (metric, area, year and the value's bits) and compared with
 * the hashes the code gave before the change. The scenarios are frozen copies of their resolved
 * files (scenario.resolved.yaml of a run), so recalibrating the scenario library does not
 * disturb the test; a deliberate change of the model's behaviour does, and then the reference is
 * rewritten with {@code mvn -o test -Dtest=ReplicationIdentityTest -Dhighland.identity.write=true}
 * (say why in the commit).
 */
class ReplicationIdentityTest {
    private static final double SCALE = 0.05;
    private static final int REPLICATIONS = 2;
    private static final String DIR = "identity/";
    private static final String REFERENCE = DIR + "digests.txt";

    @Test
    void outputsEqualThePreChangeCodeBitForBit() throws IOException, URISyntaxException {
        List<String> lines = new ArrayList<>();
        for (String name : List.of("baseline", "combined")) {
            Scenario scenario = Scenarios.load(resource(DIR + name + ".yaml"), List.of());
            for (int r = 0; r < REPLICATIONS; r++) {
                lines.add(name + " " + r + " " + digest(HighlandSim.run(scenario, SCALE, scenario.seed(), r)));
            }
        }
        Path reference = resource(REFERENCE);
        if (Boolean.getBoolean("highland.identity.write")) {
            // Written into the source tree, not target/: the reference is part of the repository.
            Path source = Path.of("src/test/resources/org/highland/model", REFERENCE);
            Files.write(source, lines);
            return;
        }
        assertEquals(Files.readAllLines(reference), lines,
                "outputs differ from the reference (EventDrivenPipelineTest's comparison shows where, value by value)");
    }

    /** SHA-256 over every recorded value with its metric, area and year, in the result's order. */
    static String digest(ReplicationResult result) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer bits = ByteBuffer.allocate(Long.BYTES + Integer.BYTES);
        for (int m = 0; m < result.metrics().size(); m++) {
            sha.update(result.metrics().get(m).name().getBytes(StandardCharsets.UTF_8));
            for (int a = 0; a < result.areas().size(); a++) {
                sha.update(result.areas().get(a).getBytes(StandardCharsets.UTF_8));
                for (int y = result.firstYear(); y <= result.lastYear(); y++) {
                    bits.clear();
                    bits.putInt(y).putLong(Double.doubleToLongBits(result.value(m, a, y)));
                    sha.update(bits.array());
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ReplicationIdentityTest.class.getResource(name).toURI());
    }
}

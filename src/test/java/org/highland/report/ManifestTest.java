package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.highland.experiment.io.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    /** SHA-256 of the bytes "abc" (FIPS 180-2 test vector). */
    private static final String ABC_SHA256 =
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path tmp;

    @Test
    void sha256OfFileAndBytes() throws IOException {
        Path file = Files.write(tmp.resolve("abc.yaml"), "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals(ABC_SHA256, Hashes.sha256(file));
        assertEquals(ABC_SHA256, Hashes.sha256("abc".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesAllFieldsInOrderAsPrettyJson() throws IOException {
        Path scenario = Files.write(tmp.resolve("base.yaml"),
                "abc".getBytes(StandardCharsets.UTF_8));
        Manifest manifest = Manifest.builder()
                .command("run", "base.yaml", "--seed", "7")
                .seed(7)
                .replications(20)
                .threads(2)
                .scale(0.5)
                .scenarioFile(scenario)
                .startTime(OffsetDateTime.parse("2025-01-02T03:04:05+08:00"))
                .wallTimeSeconds(12.5)
                .highlandVersion("0.1.0")
                .gitCommit("abc123+dirty")
                .build();
        Path file = tmp.resolve("manifest.json");
        ManifestWriter.write(file, manifest);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\n  \"seed\""), "indented: " + text);
        assertTrue(text.endsWith("}\n"));
        JsonNode json = JsonMapper.builder().build().readTree(text);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("highlandVersion", "gitCommit", "command", "seed", "replications",
                "threads", "scale", "scenarioFile", "scenarioSha256", "startTime",
                "wallTimeSeconds", "javaVersion", "os"), fields);
        assertEquals("0.1.0", json.get("highlandVersion").asText());
        assertEquals("abc123+dirty", json.get("gitCommit").asText());
        assertEquals("base.yaml", json.get("command").get(1).asText());
        assertEquals(7, json.get("seed").asLong());
        assertEquals(20, json.get("replications").asInt());
        assertEquals(2, json.get("threads").asInt());
        assertEquals(0.5, json.get("scale").asDouble());
        assertEquals(scenario.toString(), json.get("scenarioFile").asText());
        assertEquals(ABC_SHA256, json.get("scenarioSha256").asText());
        assertEquals("2025-01-02T03:04:05+08:00", json.get("startTime").asText());
        assertEquals(12.5, json.get("wallTimeSeconds").asDouble());
        assertEquals(Manifest.currentJavaVersion(), json.get("javaVersion").asText());
        assertEquals(Manifest.currentOs(), json.get("os").asText());
    }

    /** A compare's variants are recorded like its base: name, file as given and SHA-256, in the order given. */
    @Test
    void recordsEachVariantWithItsHashAfterTheBase() throws IOException {
        Path base = Files.writeString(tmp.resolve("base.yaml"), "abc");
        Path variant = Files.writeString(tmp.resolve("variant.yaml"), "other");
        Manifest manifest = Manifest.builder().scenarioFile(base).variant("fund", variant)
                .highlandVersion("0.1.0").gitCommit("abc123").build();
        Path file = tmp.resolve("manifest.json");
        ManifestWriter.write(file, manifest);
        JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(fields.indexOf("scenarioSha256") + 1, fields.indexOf("variants"), fields.toString());
        JsonNode v = json.get("variants").get(0);
        assertEquals(List.of("name", "file", "sha256"), fieldNames(v));
        assertEquals("fund", v.get("name").asText());
        assertEquals(variant.toString(), v.get("file").asText());
        assertEquals(Hashes.sha256(variant), v.get("sha256").asText());
        assertEquals(1, json.get("variants").size());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void builderDetectsWhatIsNotGiven() throws Exception {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        long started = System.nanoTime();
        Manifest.Builder builder = Manifest.builder();
        Thread.sleep(60);
        Manifest manifest = builder.build();
        double elapsed = (System.nanoTime() - started) / 1e9;
        OffsetDateTime start = OffsetDateTime.parse(manifest.startTime());
        assertTrue(!start.isBefore(before) && !start.isAfter(OffsetDateTime.now()),
                manifest.startTime());
        // The wall time runs from the builder's creation to build(): the 60 ms slept, no more than measured.
        assertTrue(manifest.wallTimeSeconds() >= 0.059 && manifest.wallTimeSeconds() <= elapsed + 0.001,
                manifest.wallTimeSeconds() + " s against " + elapsed + " s measured");
        // The tests run in the project's git checkout: the manifest names its HEAD, or says unknown without git.
        String head = headCommit();
        if (head == null) {
            assertEquals(BuildInfo.UNKNOWN_COMMIT, manifest.gitCommit());
        } else {
            assertTrue(manifest.gitCommit().equals(head) || manifest.gitCommit().equals(head + "+dirty"),
                    manifest.gitCommit() + " is not HEAD " + head);
        }
        assertEquals(List.of(), manifest.command());
    }

    /** {@code git rev-parse HEAD} run here, or null where git or the repository is missing. */
    private static String headCommit() throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    @Test
    void versionIsDevOutsideThePackagedJar() {
        assertEquals(BuildInfo.DEV_VERSION, BuildInfo.version());
    }
}

package org.highland.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.highland.experiment.io.Hashes;

/**
 * Provenance of one command run, written as {@code manifest.json}: enough to rerun it and to tell
 * which code and input produced a results folder.
 *
 * @param highlandVersion jar Implementation-Version, or {@code dev}
 * @param gitCommit       commit of the working directory, {@code +dirty} if modified, or
 *                        {@code unknown}
 * @param command         the command-line arguments
 * @param seed            master random seed
 * @param replications    number of replications
 * @param threads         worker threads
 * @param scale           agent scale factor
 * @param scenarioFile    scenario path as given, or null
 * @param scenarioSha256  SHA-256 of the scenario file bytes, or null
 * @param variants        the variant scenarios of a compare or a screen, each with its file and its
 *                        hash, in the order given; empty (and left out of the JSON) for other commands
 * @param startTime       ISO-8601 local time with offset, to the second
 * @param wallTimeSeconds elapsed wall-clock time, to the millisecond
 * @param javaVersion     Java runtime version and vendor
 * @param os              operating system name, version and architecture
 */
@JsonPropertyOrder({"highlandVersion", "gitCommit", "command", "seed", "replications", "threads",
        "scale", "scenarioFile", "scenarioSha256", "variants", "startTime", "wallTimeSeconds", "javaVersion",
        "os"})
public record Manifest(String highlandVersion, String gitCommit, List<String> command, long seed,
                       int replications, int threads, double scale, String scenarioFile,
                       String scenarioSha256, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Variant> variants,
                       String startTime, double wallTimeSeconds,
                       String javaVersion, String os) {

    /** Copies {@code command} so the record stays immutable. */
    public Manifest {
        command = command == null ? List.of() : List.copyOf(command);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /**
     * A variant scenario as {@link #scenarioFile} and {@link #scenarioSha256} record the base.
     *
     * @param name   the variant's scenario name, as in comparison.csv
     * @param file   its path as given
     * @param sha256 SHA-256 of its file bytes
     */
    @JsonPropertyOrder({"name", "file", "sha256"})
    public record Variant(String name, String file, String sha256) {
    }

    /** A builder whose start time and wall-clock timer begin now. */
    public static Builder builder() {
        return new Builder();
    }

    /** The running JVM, e.g. {@code 17.0.15 (Debian)}. */
    public static String currentJavaVersion() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    /** The operating system, e.g. {@code Linux 6.1.0 (amd64)}. */
    public static String currentOs() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
    }

    /**
     * Collects manifest fields during a run. Create it when the command starts, so that
     * {@link #build()} can fill in the start time and the elapsed wall time itself. Version, git
     * commit, Java and OS are detected in {@code build()} unless set.
     */
    public static final class Builder {
        private final long startNanos = System.nanoTime();
        private OffsetDateTime startTime = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        private Double wallTimeSeconds;
        private String highlandVersion;
        private String gitCommit;
        private List<String> command = List.of();
        private long seed;
        private int replications;
        private int threads;
        private double scale = 1.0;
        private String scenarioFile;
        private String scenarioSha256;
        private final List<Variant> variants = new ArrayList<>();
        private String javaVersion;
        private String os;

        private Builder() {
        }

        public Builder command(List<String> args) {
            this.command = List.copyOf(args);
            return this;
        }

        public Builder command(String... args) {
            return command(List.of(args));
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder replications(int replications) {
            this.replications = replications;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder scale(double scale) {
            this.scale = scale;
            return this;
        }

        /** Records the path as given and hashes its bytes. */
        public Builder scenarioFile(Path file) throws IOException {
            this.scenarioFile = file.toString();
            this.scenarioSha256 = Hashes.sha256(file);
            return this;
        }

        /** Records a scenario path and hash computed elsewhere. */
        public Builder scenario(String file, String sha256) {
            this.scenarioFile = file;
            this.scenarioSha256 = sha256;
            return this;
        }

        /** Adds a variant scenario after those added before: its name, its path as given, and its bytes' hash. */
        public Builder variant(String name, Path file) throws IOException {
            variants.add(new Variant(name, file.toString(), Hashes.sha256(file)));
            return this;
        }

        /** Overrides the start time (default: when the builder was created). */
        public Builder startTime(OffsetDateTime startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Overrides the wall time (default: seconds since the builder was created). */
        public Builder wallTimeSeconds(double seconds) {
            this.wallTimeSeconds = seconds;
            return this;
        }

        /** Overrides the detected version. */
        public Builder highlandVersion(String version) {
            this.highlandVersion = version;
            return this;
        }

        /** Overrides the detected commit (avoids running git, e.g. in tests). */
        public Builder gitCommit(String commit) {
            this.gitCommit = commit;
            return this;
        }

        /** Overrides the detected Java version. */
        public Builder javaVersion(String javaVersion) {
            this.javaVersion = javaVersion;
            return this;
        }

        /** Overrides the detected operating system. */
        public Builder os(String os) {
            this.os = os;
            return this;
        }

        /** The manifest; call when the run's work is done so the wall time covers it. */
        public Manifest build() {
            double wall = wallTimeSeconds != null ? wallTimeSeconds
                    : Math.round((System.nanoTime() - startNanos) / 1e6) / 1e3;
            return new Manifest(
                    highlandVersion != null ? highlandVersion : BuildInfo.version(),
                    gitCommit != null ? gitCommit : BuildInfo.gitCommit(),
                    command, seed, replications, threads, scale, scenarioFile, scenarioSha256, variants,
                    startTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), wall,
                    javaVersion != null ? javaVersion : currentJavaVersion(),
                    os != null ? os : currentOs());
        }
    }
}

package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.highland.run.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark backend on a real standalone cluster on 127.0.0.1: a master and a worker started from
 * the test class path (SPARK_HOME a folder with an empty RELEASE file and jars/ linking the class
 * path's jars), executors in their own JVMs, the model's classes shipped as a jar. The sweep's
 * files, and a run command's, equal the thread pool's byte for byte. Three JVMs besides the
 * test's make it slow on a small machine (about 40 s idle, minutes under load), so it runs on
 * request:
 * {@code mvn -o test -Dtest=SparkClusterTest -Dhighland.sparkCluster=true}.
 */
@EnabledIfSystemProperty(named = "highland.sparkCluster", matches = "true")
class SparkClusterTest {
    @TempDir
    Path dir;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopCluster() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
        }
        for (Process p : started) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        System.clearProperty("spark.jars");
        System.clearProperty("spark.driver.host");
        System.clearProperty("spark.driver.bindAddress");
        System.clearProperty("spark.executor.memory");
    }

    @Test
    void standaloneLoopbackClusterEqualsThreadPoolByteForByte() throws Exception {
        Path sparkHome = sparkHome();
        int port = freePort();
        start(sparkHome, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        awaitPort(port);
        start(sparkHome, "worker", "org.apache.spark.deploy.worker.Worker", "spark://127.0.0.1:" + port, "--host",
                "127.0.0.1", "--cores", "2", "--memory", "2g", "--webui-port", Integer.toString(freePort()),
                "--work-dir", dir.resolve("work").toString());

        System.setProperty("spark.jars", modelJar().toString());
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        System.setProperty("spark.executor.memory", "768m");
        Path experiment = SweepFixtures.grid(dir, 2);
        Path threads = dir.resolve("threads");
        Path cluster = dir.resolve("cluster");
        CliRun a = CliRun.highland("sweep", experiment.toString(), "--scale", "0.02", "--end", "2016", "--threads", "2",
                "--quiet", "--out", threads.toString());
        assertEquals(0, a.exitCode, a.toString());
        CliRun b = CliRun.highland("sweep", experiment.toString(), "--scale", "0.02", "--end", "2016", "--backend", "spark",
                "--master", "spark://127.0.0.1:" + port, "--quiet", "--out", cluster.toString());
        assertEquals(0, b.exitCode, b.toString() + log("master") + log("worker"));
        SweepDeterminismTest.assertSameFiles(threads, cluster);
        // A command's replications too: the scenario travels as YAML, results come back serialized.
        String baseline = Path.of("scenarios", "baseline.yaml").toString();
        CliRun c = CliRun.highland("run", baseline, "--scale", "0.03", "--end", "2016", "--replications", "2",
                "--threads", "2", "--out", dir.resolve("run-threads").toString());
        assertEquals(0, c.exitCode, c.toString());
        CliRun d = CliRun.highland("run", baseline, "--scale", "0.03", "--end", "2016", "--replications", "2",
                "--backend", "spark", "--master", "spark://127.0.0.1:" + port, "--out", dir.resolve("run-cluster").toString());
        assertEquals(0, d.exitCode, d.toString() + log("master") + log("worker"));
        for (String file : List.of("replications.csv", "summary.csv")) {
            assertEquals(Files.readString(dir.resolve("run-threads").resolve(file)),
                    Files.readString(dir.resolve("run-cluster").resolve(file)), file);
        }
        try (Stream<Path> apps = Files.list(dir.resolve("work"))) {
            assertTrue(apps.findAny().isPresent(), "the worker launched executors of the application");
        }
    }

    private Path sparkHome() throws IOException {
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.createFile(home.resolve("RELEASE"));
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(jars.resolve(p.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        return home;
    }

    /** The main classes as a jar, as spark-submit would ship the application. */
    private Path modelJar() throws IOException {
        Path classes = Path.of("target/classes");
        Path jar = dir.resolve("highland-classes.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> all = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private void start(Path sparkHome, String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-D")).toList());
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        started.add(builder.start());
    }

    private String log(String name) throws IOException {
        Path file = dir.resolve(name + ".log");
        return Files.exists(file) ? "\n" + name + ":\n" + Files.readString(file) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the Spark master did not open port " + port);
    }
}

package org.highland.cli;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

/**
 * A build of Highland (its jar or classes folder) loaded in a class loader of its own, so
 * {@code bench --against} can alternate replications of two builds in one JVM and treat both
 * alike: the machine's drift then hits both the same. Highland's own classes and resources come
 * from the build alone (child first, never from the class path's), the libraries from the class
 * path, so a build that changed a library's version is timed with this one's.
 */
final class LoadedBuild {
    private static final String OWN_PACKAGE = "org.highland.";
    private static final String OWN_RESOURCES = "highland/";
    private final Path location;
    private final Constructor<?> newSim;
    private final Method start;
    private final Method runToEnd;
    private final Method finish;
    private final Method world;
    private final Method firmMonths;
    private final Object scenario;

    private LoadedBuild(Path location, ClassLoader loader, Path scenarioFile) throws ReflectiveOperationException {
        this.location = location;
        Class<?> scenarios = Class.forName("org.highland.scenario.Scenarios", true, loader);
        Class<?> scenarioType = Class.forName("org.highland.scenario.Scenario", true, loader);
        Class<?> sim = Class.forName("org.highland.run.HighlandSim", true, loader);
        newSim = sim.getConstructor(scenarioType, double.class, long.class, int.class);
        start = sim.getMethod("start");
        runToEnd = sim.getMethod("runToEnd");
        finish = sim.getMethod("finish");
        world = sim.getMethod("world");
        firmMonths = world.getReturnType().getMethod("firmMonths");
        try {
            scenario = scenarioFile == null ? scenarios.getMethod("defaults").invoke(null)
                    : scenarios.getMethod("load", Path.class, List.class).invoke(null, scenarioFile, List.of());
        } catch (InvocationTargetException e) {
            // The build's own complaint about the scenario, e.g. a field it does not know.
            throw new BadInputException("bench --against, the build at " + location + " cannot read the scenario: "
                    + e.getCause().getMessage() + ". Fix: give a scenario both builds read (--scenario).");
        }
    }

    /** Loads the build at {@code location} and its reading of the scenario (null: its built-in defaults). */
    static LoadedBuild load(Path location, Path scenarioFile) {
        if (!Files.exists(location)) {
            throw new BadInputException("--against " + location + ": no such file or folder; expected another build's"
                    + " highland.jar or classes folder. Fix: build it (mvn -B package in its checkout) and give the path"
                    + " of its target/highland.jar.");
        }
        try {
            return new LoadedBuild(location, new ChildFirstLoader(location.toUri().toURL()), scenarioFile);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new BadInputException("--against " + location + ": not a Highland build this bench can run (" + e.getMessage()
                    + " is missing). Fix: give a highland.jar or target/classes folder of a build that has"
                    + " HighlandSim(Scenario, double, long, int).");
        } catch (MalformedURLException | ReflectiveOperationException e) {
            throw new BadInputException("--against " + location + ": could not load it (" + e + "). Fix: give a highland.jar"
                    + " or target/classes folder of another build.");
        }
    }

    /** One replication with this build; returns its firm-months. */
    long replicate(double scale, long seed, int replication) {
        try {
            Object sim = newSim.newInstance(scenario, scale, seed, replication);
            start.invoke(sim);
            runToEnd.invoke(sim);
            long months = (Long) firmMonths.invoke(world.invoke(sim));
            finish.invoke(sim);
            return months;
        } catch (InvocationTargetException e) {
            // A failure inside the build's run is the build's, not the user's input: passed on as it is.
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the build at " + location + " failed in a replication", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the build at " + location + " could not be run", e);
        }
    }

    /** Loads Highland's classes and resources from the build alone; everything else from the class path. */
    static final class ChildFirstLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        ChildFirstLoader(URL build) {
            super("highland-build", new URL[] {build}, LoadedBuild.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(OWN_PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith(OWN_RESOURCES) ? findResource(name) : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(OWN_RESOURCES) ? findResources(name) : super.getResources(name);
        }
    }
}

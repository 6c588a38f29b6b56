package org.highland.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads scenario documents (files, the defaults resource) into trees with source maps, and
 * follows {@code extends} chains. Everything that can go wrong here is the user's file, so it all
 * ends as a {@link ScenarioException} naming the file and, where the parser knows it, the line.
 */
final class DocumentLoader {
    static final String EXTENDS = "extends";
    /**
     * Largest scenario file read: the largest shipped scenario is about 10 KiB, so 1 MiB leaves
     * room for long comments and still parses in well under a second (SnakeYAML's scalar handling
     * grows quadratically with a scalar's length, so a 50 MB scalar would take minutes).
     */
    static final long MAX_BYTES = 1024 * 1024;
    /** The names a scenario file can have (parseFile refuses others), for "did you mean" on extends. */
    private static final Pattern SCENARIO_FILE = Pattern.compile("(?i).+\\.(yaml|yml|json)");

    private final ObjectMapper yaml = Mappers.yamlTrees();
    private final ObjectMapper json = Mappers.jsonTrees();

    /** The built-in defaults; a missing resource is a packaging bug, not a user error. */
    Document loadResource(ClassLoader loader, String resource, String label) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        URL url = loader.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("defaults resource not found on the classpath: " + name);
        }
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(label, text, name.toLowerCase(Locale.ROOT).endsWith(".json"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read defaults resource " + name, e);
        }
    }

    /**
     * The file and its {@code extends} ancestors, furthest ancestor first, each with
     * {@code extends} removed. Parents are resolved against the folder of the file naming them.
     */
    List<Document> loadChain(Path file) {
        List<Document> chain = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Path current = file;
        Document child = null;
        Path childFile = null;
        String written = null;
        while (true) {
            String label = current.toString();
            if (child != null && !Files.isRegularFile(current)) {
                String why = Files.isDirectory(current) ? " is a folder, not a file"
                        : Files.exists(current) ? " is not a regular file" : " does not exist";
                String check = "check the name; it is resolved relative to the folder of " + child.sourceMap().source();
                // Suggested as written: ../baselin.yaml becomes ../baseline.yaml.
                String folderAsWritten = written.substring(0, written.lastIndexOf('/') + 1);
                String remedy = nearbyScenario(current, childFile)
                        .map(near -> "did you mean '" + folderAsWritten + near + "'? Otherwise " + check)
                        .orElse(check);
                throw new ScenarioException(List.of(atExtends(child, "an existing file to extend: "
                        + label + why, remedy)));
            }
            Path identity = identity(current);
            if (seen.contains(identity)) {
                labels.add(label);
                throw new ScenarioException(List.of(atExtends(child, "extends chains without a cycle, got "
                        + String.join(" -> ", labels),
                        "remove the 'extends' line from one of these files")));
            }
            Document document = parseFile(current);
            seen.add(identity);
            labels.add(label);
            chain.add(0, document);
            if (!document.tree().has(EXTENDS)) {
                return chain;
            }
            JsonNode parent = document.tree().get(EXTENDS);
            if (!parent.isTextual() || parent.asText().isBlank()) {
                throw new ScenarioException(List.of(atExtends(document,
                        "the name of a scenario file to extend, got " + Wording.describeNode(parent),
                        "write e.g. 'extends: baseline.yaml' or remove the line")));
            }
            Path folder = current.getParent() == null ? Path.of("") : current.getParent();
            written = parent.asText();
            childFile = current;
            current = folder.resolve(written).normalize();
            child = document;
            // Keep the key in the source map (for the messages above) but not in the tree.
            document.tree().remove(EXTENDS);
        }
    }

    /**
     * A scenario file beside a missing parent whose name is close to the one written
     * ({@code basline.yaml}: {@code baseline.yaml}), if any; never the file that extends it, which
     * would be a cycle.
     */
    private static Optional<String> nearbyScenario(Path missing, Path child) {
        Path folder = missing.getParent() == null ? Path.of("") : missing.getParent();
        if (missing.getFileName() == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .filter(f -> !identity(f).equals(identity(child)))
                    .map(f -> f.getFileName().toString())
                    .filter(name -> SCENARIO_FILE.matcher(name).matches())
                    .toList();
            return Wording.closest(missing.getFileName().toString(), names);
        } catch (IOException unreadable) {
            return Optional.empty(); // a folder we may not list: no suggestion, the refusal stands
        }
    }

    private static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static Problem atExtends(Document document, String expected, String remedy) {
        SourceMap.Location at = document.sourceMap().locate("/" + EXTENDS);
        int line = at == null ? 0 : at.line();
        int column = at == null ? 0 : at.column();
        return new Problem(document.sourceMap().source(), line, column, EXTENDS, expected, remedy);
    }

    private Document parseFile(Path file) {
        String label = file.toString();
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean isJson = name.endsWith(".json");
        if (!isJson && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw fileProblem(label, "a scenario file ending in .yaml, .yml or .json",
                    "rename the file or pass the scenario file itself");
        }
        String text;
        try {
            requireReadableSize(file, label);
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(label, "an existing scenario file, but there is no such file",
                    "check the path; relative paths start from " + Path.of("").toAbsolutePath());
        } catch (CharacterCodingException e) {
            throw fileProblem(label, "UTF-8 text", "save the file as UTF-8");
        } catch (IOException e) {
            throw fileProblem(label, "a readable scenario file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", "check the path and the file's permissions");
        }
        return parse(label, text, isJson, false);
    }

    /**
     * Refuses, before reading a byte, what is not a regular file (a folder, {@code /dev/zero}, a
     * FIFO, also through a link) and files over {@link #MAX_BYTES}.
     */
    private static void requireReadableSize(Path file, String label) throws IOException {
        if (Files.isDirectory(file)) {
            throw fileProblem(label, "a scenario file, but this is a folder", "name a .yaml file inside it");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(label);
        }
        if (!Files.isRegularFile(file)) {
            throw fileProblem(label, "a regular scenario file, but this is a device, pipe or socket",
                    "save the scenario to a file and pass that file");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw fileProblem(label, "a scenario file of at most " + MAX_BYTES / 1024 + " KiB, but it has "
                    + size + " bytes", "split it with 'extends:', or remove what is not scenario data");
        }
    }

    private static ScenarioException fileProblem(String label, String expected, String remedy) {
        return new ScenarioException(List.of(new Problem(label, 0, 0, "", expected, remedy)));
    }

    /** Parses one document: first a streaming pass for locations, then the tree. */
    Document parse(String label, String text, boolean isJson) {
        return parse(label, text, isJson, true);
    }

    /**
     * @param emptyAllowed whether a document without any value (empty, comments only, a lone
     *                     {@code ---}, {@code ~} or {@code null}) reads as an empty mapping; a
     *                     scenario file saved so by mistake would otherwise run the built-in
     *                     defaults under the name 'unnamed' (an explicit {@code {}} still asks for them)
     */
    Document parse(String label, String text, boolean isJson, boolean emptyAllowed) {
        ObjectMapper mapper = isJson ? json : yaml;
        List<Problem> problems = new ArrayList<>();
        try {
            SourceMap sourceMap;
            try (JsonParser parser = mapper.createParser(text)) {
                sourceMap = SourceMap.scan(label, parser, problems);
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            JsonNode tree = isJson ? mapper.readTree(text) : Mappers.readYamlTree(mapper, text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                if (!emptyAllowed) {
                    throw fileProblem(label, "a scenario: top-level fields such as 'name:', 'time:' and 'policies:', or"
                            + " 'extends:' a scenario file and the changes to it; got a file without any (empty, comments"
                            + " only or a null document)", "write the scenario's fields (docs/scenarios.md), or '{}' to run the"
                            + " built-in defaults");
                }
                return new Document(sourceMap, mapper.createObjectNode());
            }
            if (!tree.isObject()) {
                throw new ScenarioException(List.of(new Problem(label, 1, 1, "",
                        "a mapping of 'name: value' entries at the top level, got "
                                + Wording.describeNode(tree),
                        "start the file with top-level keys such as 'seed: 1'")));
            }
            return new Document(sourceMap, (ObjectNode) tree);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(List.of(syntaxProblem(label, e, isJson)));
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string failed", e);
        }
    }

    /** SnakeYAML's contexts whose start, not the point it stopped at, holds the mistake. */
    private static final Pattern SCANNED_FROM_ITS_START = Pattern.compile("while scanning a (simple key|quoted scalar)");

    /** A parser's complaint: 1-based position (0 when unknown) and a one-line message. */
    record SyntaxError(int line, int column, String message, boolean tabs) {
    }

    /**
     * SnakeYAML knows where the problem is better than Jackson's wrapper (which often reports the
     * start of the enclosing construct), so its mark is preferred when present.
     */
    static SyntaxError syntaxError(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException yamlError && yamlError.getProblemMark() != null) {
                Mark mark = yamlError.getProblemMark();
                String what = firstLine(yamlError.getProblem());
                if (yamlError.getContext() != null && yamlError.getContextMark() != null) {
                    what += " (" + firstLine(yamlError.getContext()) + " that began on line "
                            + (yamlError.getContextMark().getLine() + 1) + ")";
                    // A key without its ':' ("share:0.2") or an unclosed quote is found only where the
                    // scanner gives up, often the line after or the end of the file: the key or the
                    // quote it began with is where the mistake is.
                    if (SCANNED_FROM_ITS_START.matcher(yamlError.getContext()).find()) {
                        mark = yamlError.getContextMark();
                    }
                }
                return new SyntaxError(mark.getLine() + 1, mark.getColumn() + 1, what, what.contains("TAB"));
            }
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new SyntaxError(line, column, firstLine(e.getOriginalMessage()), false);
    }

    private static Problem syntaxProblem(String label, JsonProcessingException e, boolean isJson) {
        SyntaxError error = syntaxError(e);
        String remedy;
        if (isJson) {
            remedy = "look for a missing comma, colon, quote or bracket at or just before this position";
        } else if (error.tabs()) {
            remedy = "indent with spaces, not tabs";
        } else {
            remedy = "check the indentation, the space after each ':' and that brackets and quotes are closed";
        }
        return new Problem(label, error.line(), error.column(), "",
                (isJson ? "well-formed JSON" : "well-formed YAML") + ", got: " + error.message(), remedy);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "an unreadable document";
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(text)
                .replaceAll(" \\(code \\d+\\)", "");
    }
}

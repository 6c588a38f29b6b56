package org.highland.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A YAML or JSON file read as a tree that remembers where each node was written, for other file
 * kinds (experiment files) that want the scenario reader's located problems. Syntax errors, a
 * missing file and a repeated key end as a {@link ScenarioException} naming the line.
 */
public final class LocatedDocument {
    private final Document document;

    private LocatedDocument(Document document) {
        this.document = document;
    }

    /** Reads a file; throws {@link ScenarioException} for a missing or malformed one. */
    public static LocatedDocument read(Path file, String kind) {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(List.of(new Problem(file.toString(), 0, 0, "",
                    "an existing " + kind + " file, but there is no such file",
                    "check the path; relative paths start from " + Path.of("").toAbsolutePath())));
        }
        String name = file.getFileName().toString();
        if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
            throw new ScenarioException(List.of(new Problem(file.toString(), 0, 0, "",
                    Wording.withArticle(kind) + " file ending in .yaml, .yml or .json", "pass the " + kind + " file itself")));
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (java.io.IOException e) {
            throw new ScenarioException(List.of(new Problem(file.toString(), 0, 0, "",
                    "a readable UTF-8 " + kind + " file (" + e.getMessage() + ")", "check the file")));
        }
        return new LocatedDocument(new DocumentLoader().parse(file.toString(), text, name.endsWith(".json")));
    }

    /** The top-level mapping. */
    public ObjectNode tree() {
        return document.tree();
    }

    /** How problems name the file. */
    public String source() {
        return document.sourceMap().source();
    }

    /**
     * A problem located at a node given by its JSON pointer (e.g. {@code /factors/0/range}); the
     * nearest located ancestor is used when the node itself was not written.
     */
    public Problem problem(String pointer, String path, String expected, String remedy) {
        String p = pointer;
        SourceMap.Location at = document.sourceMap().locate(p);
        while (at == null && !p.isEmpty()) {
            p = p.substring(0, Math.max(p.lastIndexOf('/'), 0));
            at = document.sourceMap().locate(p);
        }
        int line = at == null ? 0 : at.line();
        int column = at == null ? 0 : at.column();
        return new Problem(source(), line, column, path, expected, remedy);
    }

    /** The candidate closest to {@code input}, if one is close enough to suggest. */
    public static Optional<String> closestOf(String input, Collection<String> candidates) {
        return Wording.closest(input, candidates);
    }

    /**
     * For a scenario parameter named by its dotted path that no candidate matches: the advice
     * of a retired field ({@link org.highland.model.Retired}), else {@link #didYouMean}.
     */
    public static String didYouMeanParameter(String path, Collection<String> candidates, String otherwise) {
        return Schema.retiredAdvice(path).orElseGet(() -> Wording.didYouMean(path, candidates, otherwise));
    }

    /** "did you mean 'x'?" for the closest candidate, or {@code otherwise}. */
    public static String didYouMean(String input, Collection<String> candidates, String otherwise) {
        return Wording.didYouMean(input, candidates, otherwise);
    }
}

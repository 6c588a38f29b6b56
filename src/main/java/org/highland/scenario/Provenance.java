package org.highland.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * For every node of the merged tree, which layers (defaults, parents, file, each --set) wrote it,
 * bottom first. Tracking this during the merge, rather than asking each layer afterwards whether
 * it defines a path, keeps locations right when a higher layer replaced a whole list or a
 * differently typed object: the lower layer's text no longer explains the value.
 */
final class Provenance {
    private final List<SourceMap> layers = new ArrayList<>();
    private final NavigableMap<String, List<Integer>> origins = new TreeMap<>();

    /** Registers the next layer; returns its index for {@link #add} and {@link #claim}. */
    int addLayer(SourceMap sourceMap) {
        layers.add(sourceMap);
        return layers.size() - 1;
    }

    /** {@code layer} contributed to the node at {@code pointer} (merged with what was there). */
    void add(String pointer, int layer) {
        List<Integer> list = origins.computeIfAbsent(pointer, p -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != layer) {
            list.add(layer);
        }
    }

    /** The node at {@code pointer} and everything below it now come from {@code layer} alone. */
    void replace(String pointer, int layer) {
        forget(pointer);
        add(pointer, layer);
    }

    /** The node at {@code pointer} and everything below it are gone. */
    void forget(String pointer) {
        origins.remove(pointer);
        // '0' is the character after '/', so this range is exactly the pointers below.
        origins.subMap(pointer + "/", pointer + "0").clear();
    }

    /**
     * Where to point a user for a problem at {@code pointer}: the topmost layer that wrote the
     * deepest existing ancestor-or-self of it. Falls back to the topmost file without a line.
     */
    Problem problem(FieldPath path, String expected, String remedy) {
        String pointer = path.pointer();
        while (true) {
            List<Integer> writers = origins.get(pointer);
            if (writers != null) {
                for (int i = writers.size() - 1; i >= 0; i--) {
                    SourceMap layer = layers.get(writers.get(i));
                    SourceMap.Location at = layer.locate(pointer);
                    if (at != null) {
                        return new Problem(layer.source(), at.line(), at.column(), path.dotted(), expected, remedy);
                    }
                }
            }
            if (pointer.isEmpty()) {
                return new Problem(fallbackSource(), 0, 0, path.dotted(), expected, remedy);
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
    }

    /**
     * A problem with what {@code layer} itself writes at {@code path} (a null, say, that left no
     * node in the tree): located in that layer where it can be, else as {@link #problem} does.
     */
    Problem problemIn(int layer, FieldPath path, String expected, String remedy) {
        SourceMap source = layers.get(layer);
        SourceMap.Location at = source.locate(path.pointer());
        return at == null ? problem(path, expected, remedy)
                : new Problem(source.source(), at.line(), at.column(), path.dotted(), expected, remedy);
    }

    private String fallbackSource() {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).locate("") != null) {
                return layers.get(i).source();
            }
        }
        return layers.isEmpty() ? "scenario" : layers.get(layers.size() - 1).source();
    }
}

package org.highland.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dump of valgrind's callgrind for one thread: the instructions executed in each function
 * (self cost: those of the calls it made are the callees'), read from callgrind's text format
 * with its name compression ({@code fn=(id) name} once, {@code fn=(id)} after). Code the JVM
 * compiled has no symbols: callgrind names such a function by its address, and {@link #byMethod}
 * names it from the JVM's perf map ({@code -XX:+DumpPerfMapAtExit}).
 */
record CallgrindProfile(int thread, long total, Map<String, Long> selfByFunction) {

    static CallgrindProfile read(Path file) throws IOException {
        Map<String, String> names = new HashMap<>();
        Map<String, Long> self = new LinkedHashMap<>();
        int thread = 1;
        String current = null;
        boolean callCostNext = false;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("fn=")) {
                    current = name(line.substring(3), names);
                } else if (line.startsWith("cfn=")) {
                    name(line.substring(4), names);
                } else if (line.startsWith("calls=")) {
                    // The next cost line is the call's inclusive cost: the callee's, not this function's.
                    callCostNext = true;
                } else if (line.startsWith("thread:")) {
                    thread = Integer.parseInt(line.substring(7).trim());
                } else if (!line.isEmpty() && isCostLine(line.charAt(0))) {
                    if (callCostNext) {
                        callCostNext = false;
                    } else if (current != null) {
                        // A position, then the events' costs: Ir, callgrind's first event, is the one counted.
                        String[] fields = line.trim().split("\\s+");
                        if (fields.length > 1) {
                            self.merge(current, Long.parseLong(fields[1]), Long::sum);
                        }
                    }
                }
            }
        }
        long total = self.values().stream().mapToLong(Long::longValue).sum();
        return new CallgrindProfile(thread, total, self);
    }

    private static boolean isCostLine(char first) {
        return Character.isDigit(first) || first == '+' || first == '-' || first == '*';
    }

    /** The function a {@code (id) name} or {@code (id)} reference names, remembering the first. */
    private static String name(String reference, Map<String, String> names) {
        int close = reference.indexOf(')');
        if (!reference.startsWith("(") || close < 0) {
            return reference.trim();
        }
        String id = reference.substring(1, close);
        String given = reference.substring(close + 1).trim();
        if (!given.isEmpty()) {
            names.put(id, given);
            return given;
        }
        return names.getOrDefault(id, "(" + id + ")");
    }

    /**
     * Self instructions by Java method, the largest first: a function named by an address is
     * looked up among the perf map's code ranges (a compiled method counts its inlined callees);
     * code callgrind reached by a jump counts with the stub it came from (e.g. "vtable chunks"
     * for the target of a virtual call).
     */
    List<Map.Entry<String, Long>> byMethod(PerfMap map) {
        Map<String, Long> merged = new HashMap<>();
        selfByFunction.forEach((function, cost) -> merged.merge(map.nameOf(function), cost, Long::sum));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(merged.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return sorted;
    }

    /** The JVM's perf map: start, size and name of each piece of code it generated. */
    record PerfMap(long[] starts, long[] ends, String[] names) {
        static final PerfMap EMPTY = new PerfMap(new long[0], new long[0], new String[0]);

        static PerfMap read(Path file) throws IOException {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split(" ", 3);
                if (fields.length == 3) {
                    rows.add(fields);
                }
            }
            rows.sort((a, b) -> Long.compareUnsigned(Long.parseUnsignedLong(hex(a[0]), 16), Long.parseUnsignedLong(hex(b[0]), 16)));
            long[] starts = new long[rows.size()];
            long[] ends = new long[rows.size()];
            String[] names = new String[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                starts[i] = Long.parseUnsignedLong(hex(rows.get(i)[0]), 16);
                ends[i] = starts[i] + Long.parseUnsignedLong(hex(rows.get(i)[1]), 16);
                names[i] = rows.get(i)[2].trim();
            }
            return new PerfMap(starts, ends, names);
        }

        private static String hex(String text) {
            return text.startsWith("0x") ? text.substring(2) : text;
        }

        /** The method whose code holds a function named by its address ({@code 0x...}, maybe with a {@code '2} suffix); other names as they are. */
        String nameOf(String function) {
            if (!function.startsWith("0x")) {
                return function;
            }
            int suffix = function.indexOf('\'');
            long address = Long.parseUnsignedLong(hex(suffix < 0 ? function : function.substring(0, suffix)), 16);
            int at = Arrays.binarySearch(starts, address);
            int i = at >= 0 ? at : -at - 2;
            return i >= 0 && address < ends[i] ? names[i] : "(generated code outside the perf map)";
        }
    }
}

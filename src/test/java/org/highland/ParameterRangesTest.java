package org.highland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.highland.policy.PolicySpec;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.PlausibleRange;
import org.highland.scenario.PlausibleRanges;
import org.highland.scenario.RangeRule;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every parameter a scenario can set has a plausible range and a basis, or is marked input or
 * data (parameter-ranges.csv); ranges hold the value and stay inside the validity bounds.
 */
class ParameterRangesTest {
    @TempDir
    Path dir;

    @Test
    void everyListedParameterHasARangeOrIsMarkedInputOrData() throws IOException {
        PlausibleRanges ranges = PlausibleRanges.builtIn();
        List<String> problems = new ArrayList<>();
        int behavioural = 0;
        for (Map.Entry<String, Scenario> e : scenarios().entrySet()) {
            for (ParameterRow row : ParameterCatalog.list(Scenario.class, e.getValue(), ranges)) {
                PlausibleRange r = row.range();
                String where = e.getKey() + ": " + row.path() + " = " + row.value();
                if (r == null) {
                    problems.add(where + ": no row in " + PlausibleRanges.BUILT_IN);
                    continue;
                }
                if (!r.basis().behavioural()) {
                    continue;
                }
                behavioural++;
                if (!(row.min() <= r.low() && r.low() <= r.high() && r.high() <= row.max())) {
                    problems.add(where + ": range [" + r.low() + ", " + r.high() + "] outside validity bounds ["
                            + row.min() + ", " + row.max() + "]");
                }
                if (!(r.low() <= row.number() && row.number() <= r.high())) {
                    problems.add(where + ": value outside its plausible range [" + r.low() + ", " + r.high() + "]");
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems, e.g.\n"
                + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
        assertTrue(behavioural > 100, "only " + behavioural + " behavioural parameters found");
    }

    @Test
    void everyRowGovernsSomeParameter() throws IOException {
        // A row no parameter reaches (a renamed or removed parameter, or one shadowed by an
        // earlier row) would look screened in the file while nothing uses it.
        PlausibleRanges ranges = PlausibleRanges.builtIn();
        Set<RangeRule> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Scenario scenario : scenarios().values()) {
            for (ParameterRow row : ParameterCatalog.list(Scenario.class, scenario, ranges)) {
                RangeRule rule = ranges.rule(row.path());
                if (rule != null) {
                    used.add(rule);
                }
            }
        }
        List<String> unused = new ArrayList<>();
        for (RangeRule rule : ranges.rules()) {
            if (!used.contains(rule)) {
                unused.add("line " + rule.line() + ": " + rule.pattern());
            }
        }
        assertTrue(unused.isEmpty(), "rows of " + PlausibleRanges.BUILT_IN + " that govern no parameter:\n" + String.join("\n", unused));
    }

    @Test
    void sourcedRangesCiteTheirSource() {
        for (RangeRule rule : PlausibleRanges.builtIn().rules()) {
            assertTrue(!rule.basis().behavioural() || rule.source().length() > 10,
                    "line " + rule.line() + ": " + rule.pattern() + " needs a citation or rationale");
        }
    }

    @Test
    void patternsMatchWithinASegmentOrAcrossAndTheFirstRowWins() {
        PlausibleRanges ranges = PlausibleRanges.parse("test", String.join("\n",
                "# comment",
                "path,low,high,basis,source",
                "a.special.x,1,2,source,a paper, with commas",
                "a.*.x,*0.5,*2,assumption,family",
                "b.**,,,input,anything below b",
                "c[*].p,0,10,assumption,indexed"));
        assertEquals("a paper, with commas", ranges.rule("a.special.x").source());
        assertEquals("family", ranges.rule("a.other one.x").source());
        assertEquals(null, ranges.rule("a.b.c.x"), "* stays within one segment");
        assertEquals("anything below b", ranges.rule("b.c.d").source());
        assertEquals("indexed", ranges.rule("c[3].p").source());
        PlausibleRange relative = ranges.rule("a.z.x").resolve(-4, -5, 0);
        assertEquals(-5, relative.low(), "ordered and clipped to the validity bounds");
        assertEquals(-2, relative.high());
        PlausibleRange none = ranges.rule("b.q").resolve(3, 0, 10);
        assertTrue(Double.isNaN(none.low()) && !none.screenable());
    }

    @Test
    void malformedRowsAreRejectedWithTheirLine() {
        assertMessage("path,low,high,basis,source\nx,1,2,guess,why", "test:2:");
        assertMessage("path,low,high,basis,source\nx,1,2,input,why", "takes no range");
        assertMessage("path,low,high,basis,source\nx,3,2,assumption,why", "above high");
        assertMessage("path,low,high,basis,source\nx,,,assumption,why", "numbers");
        assertMessage("path,low,high,basis,source\nx,1,2,assumption,", "an assumption range needs its citation");
        assertMessage("path,low,high,basis,source\nx,1,2,source,", "a source range needs its citation");
        assertMessage("x,1,2,input,why", "header");
    }

    private static void assertMessage(String text, String fragment) {
        try {
            PlausibleRanges.parse("test", text);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains(fragment), e.getMessage());
            return;
        }
        throw new AssertionError("accepted: " + text);
    }

    /** The defaults, every shipped scenario, and one policy of every instrument type. */
    private Map<String, Scenario> scenarios() throws IOException {
        Map<String, Scenario> all = new LinkedHashMap<>();
        all.put("defaults", Scenarios.defaults());
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                all.put(f.toString(), Scenarios.load(f, List.of()));
            }
        }
        StringBuilder yaml = new StringBuilder("name: every-instrument\npolicies:\n");
        for (JsonSubTypes.Type t : PolicySpec.class.getAnnotation(JsonSubTypes.class).value()) {
            yaml.append("  p").append(t.name().replace("-", "")).append(":\n    type: ").append(t.name()).append('\n');
        }
        Path file = dir.resolve("every-instrument.yaml");
        Files.writeString(file, yaml);
        all.put("every instrument type", Scenarios.load(file, List.of()));
        return all;
    }
}

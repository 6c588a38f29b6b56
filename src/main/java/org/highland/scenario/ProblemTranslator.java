package org.highland.scenario;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's binding exceptions into {@link Problem}s a scenario author can act on: the
 * dotted path (from the exception's reference chain), what the type expects in plain words, what
 * the tree actually holds there, and a concrete fix. Jackson's own messages name Java classes
 * and features, which mean nothing to someone editing YAML.
 */
final class ProblemTranslator {
    static final Pattern MISSING = Pattern.compile("Missing creator property '([^']+)'");

    private final JsonNode tree;
    private final Provenance provenance;

    ProblemTranslator(JsonNode tree, Provenance provenance) {
        this.tree = tree;
        this.provenance = provenance;
    }

    Problem translate(JsonMappingException e) {
        if (e instanceof InvalidDefinitionException) {
            // The record type itself cannot be bound: a programming error, not the user's.
            throw new IllegalStateException("scenario type cannot be read by Jackson: " + e.getOriginalMessage(), e);
        }
        FieldPath path = pathOf(e);
        JsonNode got = tree.at(path.pointer());
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = knownNames(unknown.getReferringClass(), unknown.getKnownPropertyIds());
            String name = unknown.getPropertyName();
            return provenance.problem(path, "one of: " + String.join(", ", known) + "; got unknown field '" + name + "'",
                    Schema.unknownFieldRemedy(unknown.getReferringClass(), name, known,
                            "remove it or rename it to one of the listed names"));
        }
        if (e instanceof InvalidTypeIdException badId) {
            Class<?> base = badId.getBaseType() == null ? Object.class : badId.getBaseType().getRawClass();
            String property = Schema.typeProperty(base) == null ? TreeMerger.TYPE : Schema.typeProperty(base);
            List<String> ids = new ArrayList<>(Schema.subtypes(base).keySet());
            String id = badId.getTypeId();
            if (id == null) {
                return provenance.problem(path, "a '" + property + "' field naming the kind, one of: " + String.join(", ", ids),
                        "add '" + property + ": " + (ids.isEmpty() ? "..." : ids.get(0)) + "' (or another listed id)");
            }
            return provenance.problem(path.child(property), "one of: " + String.join(", ", ids) + "; got '" + id + "'",
                    Wording.didYouMean(id, ids, "use one of the listed type ids"));
        }
        if (e instanceof ValueInstantiationException invalid) {
            Throwable cause = invalid.getCause() == null ? invalid : invalid.getCause();
            return provenance.problem(path, "values accepted by " + invalid.getType().getRawClass().getSimpleName()
                    + ": " + cause.getMessage(), "change the values of this entry as the message says");
        }
        if (e instanceof MismatchedInputException mismatch) {
            Type target = mismatch.getTargetType() == null ? Object.class : mismatch.getTargetType();
            Matcher missing = MISSING.matcher(String.valueOf(e.getOriginalMessage()));
            if (missing.find()) {
                String name = missing.group(1);
                FieldPath full = path.segments().isEmpty() || !name.equals(last(path)) ? path.child(name) : path;
                return provenance.problem(full, "a value for '" + name + "' (" + Schema.describe(target) + "), got nothing",
                        "add '" + name + "' here; if a null (~) removed it, give a value instead");
            }
            String expected = Schema.describe(target);
            if (e instanceof InvalidNullException || got.isNull()) {
                return provenance.problem(path, expected + ", got null",
                        "give a value; null (~) only removes an entry, and not from a list");
            }
            return provenance.problem(path, expected + ", got " + Wording.describeNode(got), remedyFor(expected, target, got));
        }
        return provenance.problem(path, "a valid value, got: " + e.getOriginalMessage(), "correct this value");
    }

    /**
     * As {@link #remedyFor(String)}, and for a text that misses an enum's constant by case or a
     * typo ({@code leading}, {@code INNOVATIVE_DRUGS}) the constant meant, and for a single value
     * where a list belongs, that value as a list.
     */
    private static String remedyFor(String expected, Type target, JsonNode got) {
        Class<?> raw = Schema.raw(Schema.unwrapOptional(target));
        if (raw.isEnum() && got.isTextual()) {
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return Wording.didYouMean(got.asText(), constants, remedyFor(expected));
        }
        if (expected.equals("a list") && got.isValueNode() && !got.isNull()) {
            // A single value where a list belongs (sectors: CXO): the same value as a list, not a list of numbers.
            return "write it as a list, [" + got.asText() + "], or one '- item' per line";
        }
        return remedyFor(expected);
    }

    private static String remedyFor(String expected) {
        if (expected.equals("a number")) {
            return "write a plain number such as 0.5, without quotes or units";
        }
        if (expected.equals("a whole number")) {
            return "write a whole number such as 12, without decimals or quotes";
        }
        if (expected.equals("true or false")) {
            return "write true or false";
        }
        if (expected.startsWith("one of [")) {
            return "use one of the listed values, spelled exactly";
        }
        if (expected.equals("a list")) {
            return "write a list such as [1, 2], or one '- item' per line";
        }
        if (expected.startsWith("a mapping")) {
            return "write 'name: value' entries indented under this key";
        }
        return "write " + expected;
    }

    /** The reference chain as a path; map keys and record fields both come as names. */
    static FieldPath pathOf(JsonMappingException e) {
        FieldPath path = FieldPath.ROOT;
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path = path.child(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path = path.index(reference.getIndex());
            }
        }
        return path;
    }

    private static String last(FieldPath path) {
        return String.valueOf(path.segments().get(path.segments().size() - 1));
    }

    /** Record components in declaration order read better than Jackson's unordered set. */
    private static List<String> knownNames(Class<?> owner, Collection<Object> known) {
        if (owner != null && owner.isRecord()) {
            return new ArrayList<>(Schema.recordFields(owner).keySet());
        }
        List<String> names = new ArrayList<>();
        if (known != null) {
            known.forEach(name -> names.add(String.valueOf(name)));
        }
        return names;
    }
}

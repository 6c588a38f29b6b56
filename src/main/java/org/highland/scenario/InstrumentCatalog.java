package org.highland.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.highland.model.Param;
import org.highland.model.Sector;
import org.highland.policy.InstrumentNotes;
import org.highland.policy.PolicySpec;

/**
 * Every policy type a scenario can use, with its fields' units, ranges, meanings and type defaults,
 * built from the policy records ({@code @Param}), {@link InstrumentNotes} and the
 * {@code typeDefaults} of the defaults resource, so the listing cannot drift from the code.
 */
public final class InstrumentCatalog {
    /** One field of an instrument type. */
    public record Field(String name, String expected, String unit, String defaultValue, String range, String meaning) {
    }

    /** One instrument type. */
    public record Type(String id, Class<?> record, InstrumentNotes.Note note, List<Field> fields) {
    }

    private InstrumentCatalog() {
    }

    /** Type ids in the order {@link PolicySpec} registers them. */
    public static List<String> ids() {
        return new ArrayList<>(Schema.subtypes(PolicySpec.class).keySet());
    }

    /** Every registered type, in registration order. */
    public static List<Type> all() {
        JsonNode typeDefaults = typeDefaults();
        List<Type> types = new ArrayList<>();
        for (Map.Entry<String, Class<?>> e : Schema.subtypes(PolicySpec.class).entrySet()) {
            types.add(describe(e.getKey(), e.getValue(), typeDefaults.path(e.getKey())));
        }
        return types;
    }

    /** The type with this id; an IllegalArgumentException listing the ids and the nearest one otherwise. */
    public static Type of(String id) {
        for (Type type : all()) {
            if (type.id().equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown policy type '" + id + "'; expected one of: "
                + String.join(", ", ids()) + ". Fix: " + Problem.ended(Wording.didYouMean(id, ids(), "use one of the listed types")));
    }

    /** The record class of a type id, or null. */
    public static Class<?> classOf(String id) {
        return Schema.subtypes(PolicySpec.class).get(id);
    }

    /** The nearest known type id, if {@code id} looks like a typo of one. */
    public static String suggestion(String id) {
        return Wording.closest(id, ids()).orElse(null);
    }

    private static Type describe(String id, Class<?> record, JsonNode defaults) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = Schema.propertyName(component);
            Param param = component.getAnnotation(Param.class);
            String meaning = param != null && !param.doc().isEmpty() ? param.doc() : InstrumentNotes.fieldDoc(name);
            JsonNode value = defaults.get(name);
            fields.add(new Field(name, expected(component.getGenericType(), name),
                    param == null ? "" : param.unit(),
                    value == null ? "" : text(value),
                    param == null ? "" : Wording.range(param.min(), param.max()),
                    meaning == null ? "" : meaning));
        }
        return new Type(id, record, InstrumentNotes.of(record), fields);
    }

    private static String expected(java.lang.reflect.Type type, String name) {
        if ("sectors".equals(name)) {
            return "list of " + names(Sector.values());
        }
        if (type instanceof ParameterizedType p && Schema.raw(p).equals(List.class)) {
            Class<?> element = Schema.raw(p.getActualTypeArguments()[0]);
            if (element.isEnum()) {
                return "list of " + names(element.getEnumConstants());
            }
        }
        return Schema.describe(type);
    }

    private static String names(Object[] constants) {
        return Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return "[" + String.join(", ", items) + "]";
        }
        if (value.isNumber()) {
            return Wording.number(value.doubleValue());
        }
        return value.asText();
    }

    private static JsonNode typeDefaults() {
        ClassLoader loader = InstrumentCatalog.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(Scenarios.DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("defaults resource not found: " + Scenarios.DEFAULTS);
            }
            return Mappers.yamlTrees().readTree(in).path(TreeMerger.TYPE_DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.highland.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.highland.model.Retired;

/**
 * What the scenario type allows where, read by reflection the way Jackson binds it: record
 * components by property name, map values, list elements, and sealed interfaces resolved through
 * their {@code @JsonTypeInfo}/{@code @JsonSubTypes}. Used to check --set paths, to describe
 * expected types in messages and to find numeric parameters.
 */
final class Schema {
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, long.class, short.class,
            byte.class, Integer.class, Long.class, Short.class, Byte.class, BigInteger.class,
            OptionalInt.class, OptionalLong.class);

    private Schema() {
    }

    /** How a value of some type can be entered further. */
    enum Kind { RECORD, MAP, LIST, LEAF }

    /**
     * One level of the type: for {@code RECORD} the property names and types (for a polymorphic
     * interface the type-id property plus the chosen subtype's, or every subtype's when the tree
     * does not say which); for {@code MAP}/{@code LIST} the element type. {@code owner} is the
     * class whose fields these are (null unless a record or a polymorphic interface).
     */
    record Level(Kind kind, Map<String, Type> fields, Type element, Class<?> owner) {
        /**
         * What to do about a field this level does not have: the owner's advice for a field it no
         * longer has ({@link Retired}), else the nearest known name, else {@code otherwise}.
         */
        String remedyForUnknown(String name, Collection<String> known, String otherwise) {
            return unknownFieldRemedy(owner, name, known, otherwise);
        }
    }

    /**
     * The advice of a field a scenario no longer has ({@link Retired}), named by its dotted path
     * from the scenario's root (e.g. {@code capital.innovatorWeight}, as --set, experiment factors
     * and parameter lists write it); empty when the path does not end in a retired field. A
     * polymorphic level (a policy) is searched in every subtype the path does not pin down.
     */
    static Optional<String> retiredAdvice(String dottedPath) {
        List<Object> segments;
        try {
            segments = FieldPath.parse(dottedPath).segments();
        } catch (IllegalArgumentException unparsable) {
            return Optional.empty();
        }
        Type type = Scenario.class;
        for (int i = 0; i < segments.size(); i++) {
            Level level = level(type, null);
            Object segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            switch (level.kind()) {
                case MAP, LIST -> type = level.element();
                case RECORD -> {
                    String name = String.valueOf(segment);
                    if (last) {
                        return retiredFieldAdvice(level.owner(), name);
                    }
                    type = level.fields().get(name);
                    if (type == null) {
                        return Optional.empty();
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The record itself, or every subtype of a polymorphic interface. */
    private static List<Class<?>> owners(Class<?> owner) {
        if (owner == null) {
            return List.of();
        }
        if (owner.isRecord()) {
            return List.of(owner);
        }
        List<Class<?>> all = new ArrayList<>(List.of(owner));
        all.addAll(subtypes(owner).values());
        return all;
    }

    /** {@link Level#remedyForUnknown} for a field of class {@code owner} (may be null). */
    static String unknownFieldRemedy(Class<?> owner, String name, Collection<String> known, String otherwise) {
        return retiredFieldAdvice(owner, name).orElseGet(() -> Wording.didYouMean(name, known, otherwise));
    }

    /** The advice for {@code name} when {@code owner} (a record, or any subtype of a polymorphic one) retired it. */
    private static Optional<String> retiredFieldAdvice(Class<?> owner, String name) {
        return owners(owner).stream()
                .flatMap(candidate -> Arrays.stream(candidate.getAnnotationsByType(Retired.class)))
                .filter(retired -> retired.name().equals(name))
                .findFirst()
                .map(retired -> "'" + name + "' is no longer a field here: " + retired.advice());
    }

    /** The level of {@code type}, using {@code node} (may be null) to pick a subtype. */
    static Level level(Type type, JsonNode node) {
        Type t = unwrapOptional(type);
        Class<?> raw = raw(t);
        if (Map.class.isAssignableFrom(raw)) {
            return new Level(Kind.MAP, Map.of(), typeArgument(t, 1), null);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return new Level(Kind.LIST, Map.of(), typeArgument(t, 0), null);
        }
        if (raw.isArray()) {
            Type element = t instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
            return new Level(Kind.LIST, Map.of(), element, null);
        }
        if (raw.isRecord()) {
            return new Level(Kind.RECORD, recordFields(raw), null, raw);
        }
        String typeProperty = typeProperty(raw);
        if (typeProperty != null) {
            Map<String, Type> fields = new LinkedHashMap<>();
            fields.put(typeProperty, String.class);
            Map<String, Class<?>> subtypes = subtypes(raw);
            JsonNode id = node == null ? null : node.get(typeProperty);
            Class<?> chosen = id != null && id.isTextual() ? subtypes.get(id.asText()) : null;
            for (Class<?> subtype : chosen != null ? Set.<Class<?>>of(chosen) : subtypes.values()) {
                if (subtype.isRecord()) {
                    recordFields(subtype).forEach(fields::putIfAbsent);
                }
            }
            return new Level(Kind.RECORD, fields, null, raw);
        }
        return new Level(Kind.LEAF, Map.of(), null, null);
    }

    /** Property name to generic type, in component order (the order YAML is written in). */
    static Map<String, Type> recordFields(Class<?> record) {
        Map<String, Type> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            fields.put(propertyName(component), component.getGenericType());
        }
        return fields;
    }

    /** The JSON name Jackson uses: {@code @JsonProperty} if given, else the component name. */
    static String propertyName(RecordComponent component) {
        JsonProperty renamed = component.getAnnotation(JsonProperty.class);
        if (renamed != null && !renamed.value().isEmpty()) {
            return renamed.value();
        }
        return component.getName();
    }

    /** The type-id property of a polymorphic type, or null when {@code raw} is not one. */
    static String typeProperty(Class<?> raw) {
        JsonTypeInfo info = raw.getAnnotation(JsonTypeInfo.class);
        if (info == null) {
            return null;
        }
        return info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property();
    }

    /** Type id to class, in declaration order, following Jackson's naming rules for Id.NAME. */
    static Map<String, Class<?>> subtypes(Class<?> raw) {
        Map<String, Class<?>> subtypes = new LinkedHashMap<>();
        JsonSubTypes declared = raw.getAnnotation(JsonSubTypes.class);
        if (declared == null) {
            return subtypes;
        }
        for (JsonSubTypes.Type subtype : declared.value()) {
            Class<?> cls = subtype.value();
            if (!subtype.name().isEmpty()) {
                subtypes.put(subtype.name(), cls);
            }
            Arrays.stream(subtype.names()).forEach(name -> subtypes.put(name, cls));
            if (subtype.name().isEmpty() && subtype.names().length == 0) {
                JsonTypeName named = cls.getAnnotation(JsonTypeName.class);
                String name = cls.getName();
                subtypes.put(named != null && !named.value().isEmpty() ? named.value()
                        : name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1), cls);
            }
        }
        return subtypes;
    }

    /** True for numbers and for lists, maps, arrays and optionals whose leaves are numbers. */
    static boolean isNumeric(Type type) {
        Type t = unwrapOptional(type);
        Class<?> raw = raw(t);
        if (raw.isPrimitive()) {
            return raw != boolean.class && raw != char.class && raw != void.class;
        }
        if (Number.class.isAssignableFrom(raw) || raw == OptionalDouble.class || WHOLE_NUMBERS.contains(raw)) {
            return true;
        }
        Level level = level(t, null);
        return (level.kind() == Kind.LIST || level.kind() == Kind.MAP) && isNumeric(level.element());
    }

    /** The expected-value phrase used in messages, e.g. "a number" or "one of [LOW, HIGH]". */
    static String describe(Type type) {
        Type t = unwrapOptional(type);
        Class<?> raw = raw(t);
        if (WHOLE_NUMBERS.contains(raw)) {
            return "a whole number";
        }
        if (isNumeric(raw) && !Collection.class.isAssignableFrom(raw) && !raw.isArray()) {
            return "a number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(raw) || raw == char.class || raw == Character.class) {
            return "a text";
        }
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        Level level = level(t, null);
        switch (level.kind()) {
            case LIST:
                return "a list";
            case MAP:
                return "a mapping of names to values";
            case RECORD:
                String property = typeProperty(raw);
                if (property != null) {
                    return "a mapping with a '" + property + "' field, one of "
                            + subtypes(raw).keySet().stream().collect(Collectors.joining(", ", "[", "]"));
                }
                return "a mapping with the fields " + String.join(", ", level.fields().keySet());
            default:
                return Wording.withArticle(raw.getSimpleName());
        }
    }

    static Type unwrapOptional(Type type) {
        Type t = type;
        while (raw(t) == Optional.class) {
            t = typeArgument(t, 0);
        }
        return t;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        return Object.class;
    }

    /** The n-th type argument as written (e.g. V of Map<K, V>); Object when not declared. */
    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type argument = p.getActualTypeArguments()[index];
            return argument instanceof WildcardType w ? w.getUpperBounds()[0] : argument;
        }
        return Object.class;
    }
}

package org.highland.scenario;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.highland.model.Doc;
import org.highland.model.Param;

/**
 * Lists the numeric parameters of a scenario value with their units, validity bounds,
 * documentation and (on request) plausible ranges: the source for a {@code params} command, for
 * sensitivity screening, and for tests that every model parameter is documented with
 * {@link Param} and has a plausible range or is marked input or data.
 */
public final class ParameterCatalog {
    private ParameterCatalog() {
    }

    /**
     * One row per number in {@code value}, in component order, walking records, lists, maps,
     * arrays and optionals as the validator does. Numeric components without {@code @Param} are
     * listed too (empty unit and doc, unbounded range) so nothing a user can set is hidden.
     *
     * @param type  the scenario type; {@code value} must be an instance of it
     * @param value the scenario to list, e.g. as read by {@link ScenarioReader#read}
     */
    public static List<ParameterRow> list(Class<? extends Record> type, Object value) {
        requireInstance(type, value);
        List<ParameterRow> rows = new ArrayList<>();
        Map<String, Doc> groups = new HashMap<>();
        RecordWalker.walk(value, FieldPath.ROOT, (path, component, componentValue) -> {
            if (!Schema.isNumeric(component.getGenericType())) {
                Doc group = component.getAnnotation(Doc.class);
                if (group != null) {
                    groups.put(path.dotted(), group);
                }
                return;
            }
            Param param = component.getAnnotation(Param.class);
            String doc = param == null || param.doc().isEmpty() ? groupDoc(groups, path.dotted()) : param.doc();
            ParamBounds bounds = param == null ? new ParamBounds("", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                    : ParamBounds.of(param, groups, path.dotted());
            RecordWalker.numbers(componentValue, path, (leafPath, number) -> rows.add(new ParameterRow(
                    leafPath.dotted(), format(number), bounds.unit(), bounds.min(), bounds.max(), doc)));
        });
        return rows;
    }

    /**
     * The meaning of a number in a shared record (a sector's or a tier's value) from the
     * {@link Doc} of the component that holds the record: "doc: name", or "" without one.
     */
    private static String groupDoc(Map<String, Doc> groups, String dotted) {
        Doc group = ParamBounds.owner(groups, dotted);
        return group == null ? "" : group.value() + ": " + dotted.substring(dotted.lastIndexOf('.') + 1);
    }

    /**
     * {@link #list(Class, Object)} with each row's plausible range from {@code ranges} (null
     * where no row of the ranges file matches).
     */
    public static List<ParameterRow> list(Class<? extends Record> type, Object value, PlausibleRanges ranges) {
        List<ParameterRow> rows = new ArrayList<>();
        for (ParameterRow row : list(type, value)) {
            rows.add(new ParameterRow(row.path(), row.value(), row.unit(), row.min(), row.max(), row.doc(),
                    ranges.of(row)));
        }
        return rows;
    }

    /** The paths {@link #list(Class, Object)} lists: the numbers a {@code --set} may name in {@code value}. */
    public static Set<String> paths(Class<? extends Record> type, Object value) {
        Set<String> paths = new HashSet<>();
        list(type, value).forEach(row -> paths.add(row.path()));
        return paths;
    }

    /**
     * The numeric parameters of several values together (the scenarios of an experiment), each
     * path once with its row as the first value that has it lists it: what a factor set in each
     * of them that has it may name, a setting of a policy only one of them holds too.
     */
    public static Map<String, ParameterRow> union(Class<? extends Record> type, List<?> values, PlausibleRanges ranges) {
        Map<String, ParameterRow> rows = new LinkedHashMap<>();
        for (Object value : values) {
            for (ParameterRow row : list(type, value, ranges)) {
                rows.putIfAbsent(row.path(), row);
            }
        }
        return rows;
    }

    /**
     * Numeric record components that lack {@code @Param}, as {@code Record.component} (nested
     * classes as {@code Outer.Inner.component}), sorted. Covers every record type reachable from
     * {@code type} through component types, including all {@code @JsonSubTypes} of polymorphic
     * interfaces and permitted subclasses of sealed ones, plus the run-time classes met while
     * walking {@code value} (may be null), so a subtype absent from the default scenario is still
     * checked.
     */
    public static List<String> undocumented(Class<?> type, Object value) {
        Set<String> missing = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        scanType(type, seen, missing);
        if (value != null) {
            RecordWalker.walk(value, FieldPath.ROOT, new RecordWalker.Visitor() {
                @Override
                public void record(FieldPath path, Record record) {
                    scanType(record.getClass(), seen, missing);
                }

                @Override
                public void component(FieldPath path, RecordComponent component, Object componentValue) {
                }
            });
        }
        return new ArrayList<>(missing);
    }

    private static void scanType(Type type, Set<Class<?>> seen, Set<String> missing) {
        Type unwrapped = Schema.unwrapOptional(type);
        Class<?> raw = Schema.raw(unwrapped);
        Schema.Level level = Schema.level(unwrapped, null);
        if (level.kind() == Schema.Kind.LIST || level.kind() == Schema.Kind.MAP) {
            scanType(level.element(), seen, missing);
            return;
        }
        if (!seen.add(raw)) {
            return;
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (Schema.isNumeric(component.getGenericType()) && component.getAnnotation(Param.class) == null) {
                    missing.add(displayName(raw) + "." + component.getName());
                }
                scanType(component.getGenericType(), seen, missing);
            }
        }
        for (Class<?> subtype : Schema.subtypes(raw).values()) {
            scanType(subtype, seen, missing);
        }
        if (raw.isSealed()) {
            for (Class<?> subtype : raw.getPermittedSubclasses()) {
                scanType(subtype, seen, missing);
            }
        }
    }

    private static String displayName(Class<?> cls) {
        String name = cls.getName();
        String packageName = cls.getPackageName();
        return (packageName.isEmpty() ? name : name.substring(packageName.length() + 1)).replace('$', '.');
    }

    private static String format(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return Wording.number(number.doubleValue());
        }
        return number.toString();
    }

    private static void requireInstance(Class<?> type, Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("expected a " + type.getName() + ", got "
                    + (value == null ? "null" : value.getClass().getName()));
        }
    }
}

package org.highland.scenario;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Visits every record component of a scenario value, depth first in component order, with the
 * path the user would write for it. Descends into records (including sealed-interface
 * implementations, which are records at run time), lists and other collections, maps, arrays of
 * objects and optionals; stops at anything else.
 */
final class RecordWalker {
    /** Receives records and their components during a walk. */
    interface Visitor {
        /** Called for each record after its components, so field problems come before cross-field ones. */
        default void record(FieldPath path, Record record) {
        }

        /** Called for each component with its path and current value (may be null). */
        void component(FieldPath path, RecordComponent component, Object value);
    }

    private RecordWalker() {
    }

    static void walk(Object value, FieldPath path, Visitor visitor) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                FieldPath child = path.child(Schema.propertyName(component));
                Object componentValue = read(component, record);
                visitor.component(child, component, componentValue);
                walk(componentValue, child, visitor);
            }
            visitor.record(path, record);
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path.index(i++), visitor);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> walk(element, path.child(String.valueOf(key)), visitor));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> walk(inner, path, visitor));
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) {
                walk(array[i], path.index(i), visitor);
            }
        }
    }

    /** The component's value; records in tests and in the model need not be public. */
    static Object read(RecordComponent component, Record record) {
        Method accessor = component.getAccessor();
        try {
            if (!accessor.canAccess(record)) {
                accessor.setAccessible(true);
            }
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("accessor " + component.getName() + " failed", e.getCause());
        }
    }

    /** Calls {@code leaf} for every number inside {@code value} (a number, list, map, array, optional). */
    static void numbers(Object value, FieldPath path, NumberLeaf leaf) {
        if (value instanceof Number number) {
            leaf.accept(path, number);
        } else if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Object[]) {
            walkContainer(value, path, leaf);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> numbers(inner, path, leaf));
        } else if (value instanceof OptionalDouble optional) {
            optional.ifPresent(d -> leaf.accept(path, d));
        } else if (value instanceof OptionalInt optional) {
            optional.ifPresent(i -> leaf.accept(path, i));
        } else if (value instanceof OptionalLong optional) {
            optional.ifPresent(l -> leaf.accept(path, l));
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                numbers(Array.get(value, i), path.index(i), leaf);
            }
        }
    }

    private static void walkContainer(Object value, FieldPath path, NumberLeaf leaf) {
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                numbers(element, path.index(i++), leaf);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> numbers(element, path.child(String.valueOf(key)), leaf));
        } else {
            Object[] array = (Object[]) value;
            for (int i = 0; i < array.length; i++) {
                numbers(array[i], path.index(i), leaf);
            }
        }
    }

    /** Receives one number found by {@link #numbers}. */
    interface NumberLeaf {
        void accept(FieldPath path, Number value);
    }
}

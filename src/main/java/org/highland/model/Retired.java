package org.highland.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field a record no longer has: a scenario that still sets it is refused with this advice
 * instead of a guess at the nearest name, since the old value does not carry over unchanged.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Retired.List.class)
public @interface Retired {
    /** The field's old name. */
    String name();

    /** What to write instead, and how to convert an old value. */
    String advice();

    /** The holder of repeated {@link Retired} annotations. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Retired[] value();
    }
}

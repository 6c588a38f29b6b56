package org.highland.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a numeric scenario parameter: its unit, its admissible range and where its value
 * comes from. Read by the scenario validator (range checks) and by the parameter listing that
 * documents every parameter; never by the model itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Param {
    /** Unit in snake_case, e.g. {@code million_yuan}, {@code month}, {@code share}. */
    String unit();

    /** Smallest admissible value (inclusive). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest admissible value (inclusive). */
    double max() default Double.POSITIVE_INFINITY;

    /** One line: what it means, and its source or the rationale for its default. */
    String doc() default "";
}

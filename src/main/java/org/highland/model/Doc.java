package org.highland.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The meaning of a group of parameters held in a shared record (per sector, per talent tier):
 * the shared record's numbers carry unit and range, and each number's meaning is this line
 * followed by its own name in the parameter listing. Never read by the model itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Doc {
    /** One line: what each number of the group means. */
    String value();

    /**
     * The unit of every number of the group, where the shared record leaves it to its owner
     * ({@code @Param(unit = "as_owner")}, e.g. a value per talent tier); empty otherwise.
     */
    String unit() default "";

    /** The largest admissible value of every number of the group, where tighter than the shared record's range. */
    double max() default Double.POSITIVE_INFINITY;
}

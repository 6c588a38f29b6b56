package org.highland.model.spec;

import org.highland.model.Param;

/** The simulated period. The model steps one calendar month at a time. */
public record TimeSpec(
        @Param(unit = "year", min = 2000, max = 2100, doc = "first simulated year; the 2015 state is synthesised from the data")
        int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last simulated year (runs to its December)")
        int endYear) {

    public int months() {
        return (endYear - startYear + 1) * 12;
    }

    public int years() {
        return endYear - startYear + 1;
    }
}

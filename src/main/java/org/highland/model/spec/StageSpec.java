package org.highland.model.spec;

import org.highland.model.Param;
import org.highland.model.Stage;

/** One stage of a development route. */
public record StageSpec(
        Stage stage,
        @Param(unit = "probability", min = 0, max = 1, doc = "chance the stage ends in success")
        double successProbability,
        @Param(unit = "month", min = 0.1, max = 240, doc = "mean duration; drawn once on entry (gamma)")
        double meanMonths,
        @Param(unit = "ratio", min = 0, max = 3, doc = "coefficient of variation of the duration")
        double durationCv,
        @Param(unit = "million_yuan_per_month", min = 0, max = 1000, doc = "spend while in the stage")
        double costPerMonthMillion,
        @Param(unit = "count", min = 0, max = 20, doc = "trials registered on entering the stage (mean)")
        double trialRegistrations) {
}

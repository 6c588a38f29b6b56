package org.highland.model;

import org.highland.model.random.Draws;
import org.highland.model.random.Uniform;

/**
 * Opportunities arrive to a firm as a Poisson process whose rate changes month by month with the
 * firm's R&D capacity and the innovation trend: the firm holds the hazard left before its next
 * arrival, drawn as Exp(1), and each month uses up that month's rate; an arrival comes when the
 * hazard used passes the draw, and the month's rest of hazard counts towards the next (so a firm
 * whose rate is high gets several in a month). Why not a countdown drawn at one rate: the rate
 * then lags a firm that grows until its countdown ends, the more so the rarer its countdowns
 * (until 29 November 2026, when countdowns ran at a ceiling and arrivals were thinned to the trend,
 * docs/ODD.md 7.5.4).
 */
final class OpportunityArrivals {
    private OpportunityArrivals() {
    }

    /** The hazard until the next arrival: Exp(1), one uniform from the firm's own generator. */
    static double hazardToNext(Uniform random) {
        return Draws.exponential(random, 1.0);
    }
}

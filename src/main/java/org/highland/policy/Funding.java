package org.highland.policy;

import org.highland.model.Government;

/** Helpers for instruments whose effect is bought month by month from a budgeted account. */
final class Funding {
    private Funding() {
    }

    /**
     * Claims {@code claimMillion} as an outlay to people (not firms) and returns the funded share:
     * 1 when paid in full or nothing was due, less when the budget stopped or pro-rated it. The
     * instrument scales its lever by this share, so an unfunded policy stops acting.
     */
    static double payOutShare(Government.Account account, double claimMillion) {
        if (claimMillion <= 0) {
            return 1.0;
        }
        return account.payOut(claimMillion) / claimMillion;
    }
}

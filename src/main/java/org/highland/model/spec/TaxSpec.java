package org.highland.model.spec;

import org.highland.model.Param;

/**
 * Corporate income tax (Enterprise Income Tax Law of the PRC, 2008): the rates, and how long a
 * loss may be carried forward against later profit.
 */
public record TaxSpec(
        @Param(unit = "share", min = 0, max = 1, doc = "corporate income tax rate on taxable profit (Enterprise Income Tax Law 2008, art. 4: 25 %)")
        double corporateRate,
        @Param(unit = "share", min = 0, max = 1, doc = "rate of certified high-tech enterprises (Enterprise Income Tax Law 2008, art. 28: 15 %)")
        double hightechRate,
        @Param(unit = "year", min = 1, max = 10, doc = "years a loss may be carried forward (Enterprise Income Tax Law 2008, art. 18: 5)")
        double lossCarryYears,
        @Param(unit = "year", min = 1, max = 10, doc = "years a high-tech enterprise may carry a loss forward from hightechLongCarryFromYear (Caishui [2018] No. 76: 10)")
        double hightechLossCarryYears,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first tax year of the longer high-tech carry-forward (Caishui [2018] No. 76: 2018)")
        int hightechLongCarryFromYear) {

    /** Longest carry-forward in years: the length of a firm's ring of loss vintages. */
    public int maxCarryYears() {
        return (int) Math.ceil(Math.max(lossCarryYears, hightechLossCarryYears));
    }
}

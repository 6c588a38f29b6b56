package org.highland.policy;

/**
 * One instrument under test: the policy as YAML (in force 2018-2020 in one region), the metric
 * its mechanism should move there and in which direction (+1 up, -1 down), and whether it pays.
 */
record InstrumentCase(String type, String region, String fields, String metric, String area, int direction,
                      boolean pays, double budgetMillion) {
    static final int START = 2018;
    static final int END = 2020;

    /** The policy as a YAML flow map with the given annual budget. */
    String yaml(double budget) {
        return "{type: " + type + ", region: " + region + ", startYear: " + START + ", endYear: " + END
                + ", annualBudgetMillion: " + budget + (fields.isEmpty() ? "" : ", " + fields) + "}";
    }

    String yaml() {
        return yaml(budgetMillion);
    }

    @Override
    public String toString() {
        return type;
    }
}

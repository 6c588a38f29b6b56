package org.highland.model;

import org.highland.model.spec.TalentSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 3: the talent market. Each month a share of every pool reconsiders where to work and
 * chooses among the four regions by a multinomial logit on log after-tax wage (the region's
 * current wage net of income tax and of any rebate), log industry density and cost of living,
 * with a bonus for staying. Pools then grow (senior and skilled staff in proportion to the pool,
 * leading talents by the province's own awards, {@link #advanceLeadingAwards}); senior and
 * skilled shortages are partly closed by hiring from outside the regions (leading talent comes
 * only by awards, programmes and migration). The share of last month's demand the pool fills is
 * every firm's fill rate, and each tier's wage moves with the unfilled demand:
 * w <- w (1 + speed x (demand - supply) / demand).
 */
public final class TalentMarket implements Steppable {
    private static final long serialVersionUID = 1L;
    /** The enum's values, copied once (values() copies the array on every call). */
    private static final TalentTier[] TIERS = TalentTier.values();
    private final World world;
    private final double[] utility;
    private final double[] inflow;

    public TalentMarket(World world) {
        this.world = world;
        this.utility = new double[world.regions.length];
        this.inflow = new double[world.regions.length];
    }

    @Override
    public void step(SimState state) {
        TalentSpec spec = world.talentSpec;
        double[] growth = spec.naturalGrowth().toArray();
        double[] reconsider = spec.monthlyReconsiderShare().toArray();
        double[] supplyRatio = spec.initialSupplyRatio().toArray();
        for (int t = 0; t < TalentTier.COUNT; t++) {
            if (world.month() == 0) {
                // Demand is known only after the firms' first step: start the pools from it.
                continue;
            }
            for (Region r : world.regions) {
                if (Double.isNaN(r.talent[t])) {
                    r.talent[t] = r.demand[t] * supplyRatio[t];
                }
            }
            migrate(t, reconsider[t]);
            double monthlyGrowth = Math.pow(1.0 + growth[t], 1.0 / 12.0);
            for (Region r : world.regions) {
                double pool = (t == TalentTier.LEADING.ordinal() ? r.talent[t] + advanceLeadingAwards(r, monthlyGrowth)
                        : r.talent[t] * monthlyGrowth) + r.levers.talentInflow[t] * world.scale;
                if (t != TalentTier.LEADING.ordinal() && r.demand[t] > pool) {
                    pool += spec.shortageClosingShare() * (r.demand[t] - pool);
                }
                r.talent[t] = pool;
                r.fill[t] = r.demand[t] > 0 ? Math.min(1.0, pool / r.demand[t]) : 1.0;
                adjustWage(r, t, pool);
                r.demand[t] = 0;
            }
        }
    }

    /**
     * Advances the province's award path by a month and returns the leading talents its own
     * programmes award this month: the growth of its award path, not of its pool. Leading talents
     * are programme awardees, and a province awards by its own quota, not in proportion to the
     * talents it happens to hold: grown with the pool,
     * every recruit of a talent instrument and every mover compounded at the natural rate (a
     * programme of 1,300 places added 1,940 talents by 2035), an effect no decision makes.
     */
    private static double advanceLeadingAwards(Region r, double monthlyGrowth) {
        double awards = r.leadingAwardPath * (monthlyGrowth - 1.0);
        r.leadingAwardPath += awards;
        return awards;
    }

    /**
     * The wage rises with the unfilled share of demand and falls with idle supply, at most
     * {@code wageAdjustmentPerMonth} a month, within {@code wageBoundRatio} of its start value.
     * A region without demand for the tier keeps its wage.
     */
    private void adjustWage(Region r, int tier, double supply) {
        double demand = r.demand[tier];
        if (demand <= 0) {
            return;
        }
        TalentSpec spec = world.talentSpec;
        double gap = Math.max(-1.0, Math.min(1.0, (demand - supply) / demand));
        double start = r.spec.annualWageThousand().toArray()[tier];
        double bound = spec.wageBoundRatio();
        double wage = r.wage[tier] * (1.0 + spec.wageAdjustmentPerMonth() * gap);
        r.wage[tier] = Math.max(start / bound, Math.min(start * bound, wage));
    }

    private void migrate(int tier, double reconsiderShare) {
        TalentSpec spec = world.talentSpec;
        Region[] regions = world.regions;
        TalentTier talentTier = TIERS[tier];
        for (Region r : regions) {
            double netWage = r.afterTaxWage(talentTier);
            double density = Math.max(1.0, r.firmCount / world.scale);
            utility[r.index] = spec.wageWeight() * Math.log(Math.max(netWage, 1e-9))
                    + spec.densityWeight() * Math.log(density)
                    - spec.costWeight() * r.spec.costOfLiving();
            inflow[r.index] = 0;
        }
        for (Region origin : regions) {
            double movers = origin.talent[tier] * reconsiderShare;
            if (movers <= 0) {
                continue;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (Region d : regions) {
                max = Math.max(max, utility[d.index] + (d == origin ? spec.stayBonus() : 0));
            }
            double total = 0;
            for (Region d : regions) {
                total += Math.exp(utility[d.index] + (d == origin ? spec.stayBonus() : 0) - max);
            }
            for (Region d : regions) {
                double share = Math.exp(utility[d.index] + (d == origin ? spec.stayBonus() : 0) - max) / total;
                inflow[d.index] += movers * share;
            }
            origin.talent[tier] -= movers;
        }
        for (Region r : regions) {
            r.talent[tier] += inflow[r.index];
        }
    }
}

package org.highland.model;

import java.util.ArrayList;
import java.util.List;
import org.highland.model.random.RandomStreams;
import org.highland.model.random.Uniform;

/**
 * A region's government: holds the instruments in force there, pays their outlays from annual
 * budgets and records every yuan paid and refused, per instrument.
 */
public final class Government {
    private final Region region;
    private final List<Account> accounts = new ArrayList<>();
    private Account[] active = new Account[0];
    /** The active instruments that act on stage entries: the hook runs for every stage a project enters. */
    private Instrument[] stageListeners = new Instrument[0];

    Government(Region region) {
        this.region = region;
    }

    /** Opens an account for an instrument; {@code budgetMillion} is per year at full scale. */
    public Account open(String name, int startYear, int endYear, double budgetMillion, BudgetMode mode) {
        Account account = new Account(name, startYear, endYear, budgetMillion * region.world.scale, mode);
        accounts.add(account);
        return account;
    }

    /** Binds a mechanism to its account; done once by the policy layer. */
    public void bind(Account account, Instrument instrument) {
        account.instrument = instrument;
    }

    public List<Account> accounts() {
        return accounts;
    }

    void startMonth(World world) {
        int year = world.year();
        if (world.monthOfYear() == 0) {
            List<Account> now = new ArrayList<>();
            for (Account a : accounts) {
                a.resetYear();
                if (year >= a.startYear && year <= a.endYear && a.instrument != null) {
                    now.add(a);
                }
            }
            active = now.toArray(new Account[0]);
            stageListeners = now.stream().map(a -> a.instrument).filter(Government::listensToStages)
                    .toArray(Instrument[]::new);
            for (Account a : active) {
                a.instrument.onYearStart(world, year);
            }
        }
        for (Account a : active) {
            a.instrument.onMonth(world);
        }
    }

    void stageEntered(World world, Enterprise firm, Project project) {
        for (Instrument listener : stageListeners) {
            listener.onStageEntered(world, firm, project);
        }
    }

    /**
     * Whether the instrument overrides {@link Instrument#onStageEntered}; most do not, and the
     * hook is called on every stage entry of every project, so the others are left out of it.
     */
    private static boolean listensToStages(Instrument instrument) {
        try {
            return instrument.getClass().getMethod("onStageEntered", World.class, Enterprise.class, Project.class)
                    .getDeclaringClass() != Instrument.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Instrument without onStageEntered", e);
        }
    }

    void approved(World world, Enterprise firm, Project project) {
        for (Account a : active) {
            a.instrument.onApproval(world, firm, project);
        }
    }

    void financing(World world) {
        for (Account a : active) {
            a.instrument.onFinancing(world);
        }
    }

    void taxForegone(World world, double[] foregoneBySector) {
        for (Account a : active) {
            a.instrument.onTaxForegone(world, foregoneBySector);
        }
    }

    void listed(World world, Enterprise firm) {
        for (Account a : active) {
            a.instrument.onListing(world, firm);
        }
    }

    /** The accounts of the instruments in force this year (read by {@link ProjectValuation}). */
    Account[] active() {
        return active;
    }

    /** One instrument's purse: its dates, its annual budget and what it has paid and refused. */
    public final class Account {
        private final String name;
        private final int startYear;
        private final int endYear;
        private final double annualBudget;
        private final BudgetMode mode;
        private Instrument instrument;
        private double paidThisYear;
        private double claimedThisYear;
        private double prorate = 1.0;
        /** Paid / claimed in the last year with claims: what firms expect the budget to pay. */
        private double lastPaidShare = 1.0;
        private double paidTotal;
        private double shortfallTotal;
        private Uniform random;

        private Account(String name, int startYear, int endYear, double annualBudget, BudgetMode mode) {
            this.name = name;
            this.startYear = startYear;
            this.endYear = endYear;
            this.annualBudget = annualBudget;
            this.mode = mode;
        }

        private void resetYear() {
            if (mode == BudgetMode.PRORATE && claimedThisYear > 0) {
                prorate = Math.min(1.0, annualBudget / claimedThisYear);
            }
            if (claimedThisYear > 0) {
                lastPaidShare = paidThisYear / claimedThisYear;
            }
            paidThisYear = 0;
            claimedThisYear = 0;
        }

        /** Pays up to {@code claimMillion} into the firm's cash; returns what was paid. */
        public double pay(Enterprise firm, double claimMillion) {
            double paid = settle(claimMillion);
            if (paid > 0) {
                firm.receive(paid);
                region.world.ledger.subsidies += paid;
            }
            return paid;
        }

        /** Records an outlay that goes to people, not firms (e.g. tax rebates); returns what was paid. */
        public double payOut(double claimMillion) {
            return settle(claimMillion);
        }

        private double settle(double claimMillion) {
            if (claimMillion <= 0) {
                return 0;
            }
            claimedThisYear += claimMillion;
            double due = mode == BudgetMode.PRORATE ? claimMillion * prorate : claimMillion;
            double paid = Math.min(due, Math.max(0, annualBudget - paidThisYear));
            paidThisYear += paid;
            paidTotal += paid;
            shortfallTotal += claimMillion - paid;
            region.counters.add(Counter.POLICY_OUTLAY, paid);
            region.counters.add(Counter.POLICY_SHORTFALL, claimMillion - paid);
            return paid;
        }

        /**
         * The instrument's own random stream, derived from its name and region, so that drawing
         * from it leaves every other stream (and the common random numbers) untouched.
         */
        public Uniform random() {
            if (random == null) {
                random = RandomStreams.uniform(region.world.streams.stream("policy:" + name, region.index));
            }
            return random;
        }

        /**
         * The share of a claim firms expect this account to pay: last year's paid / claimed
         * (1 before the first year with claims); under PRORATE this year's pro-rating factor.
         */
        public double expectedPayShare() {
            return mode == BudgetMode.PRORATE ? prorate : lastPaidShare;
        }

        Instrument instrument() {
            return instrument;
        }

        public double remainingThisYear() {
            return Math.max(0, annualBudget - paidThisYear);
        }

        public String name() {
            return name;
        }

        public Region region() {
            return region;
        }

        /** Cumulative outlay, million yuan (at the model's scale). */
        public double paidTotal() {
            return paidTotal;
        }

        public double shortfallTotal() {
            return shortfallTotal;
        }

        public double paidThisYear() {
            return paidThisYear;
        }

        public double annualBudget() {
            return annualBudget;
        }
    }
}

package org.highland.cli;

import ec.util.MersenneTwisterFast;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The lean reference that {@code highland bench} holds the model against in the same run: the
 * same kind of monthly firm work as Highland's firms (revenue, R&D spend, cash, six projects per
 * firm advancing by stage countdowns drawn at stage entry, entry and exit) written as tightly as
 * plain Java allows, on MASON's schedule and random generator. A port of the project's shared
 * performance reference program; its firm-months per second is the "close to the limit" figure.
 * Machines are noisy, so only the ratio of the two measured in one run means anything.
 */
final class LeanReference extends SimState {
    private static final long serialVersionUID = 1L;
    private static final int PROJECTS = 6;
    private static final int STAGES = 7;
    private static final double[] MONTHLY_ADVANCE = {1 / 24.0, 1 / 12.0, 1 / 27.6, 1 / 43.2, 1 / 39.6, 1 / 15.6, 0};
    private static final double[] SUCCESS = {0.6, 0.9, 0.52, 0.289, 0.578, 0.906, 1};
    private final int firms;
    private final double[] revenue;
    private final double[] rd;
    private final double[] cash;
    private final byte[] stage;
    private final short[] left;
    private final boolean[] alive;
    private long firmMonths;

    private LeanReference(long seed, int firms) {
        super(seed);
        this.firms = firms;
        revenue = new double[firms];
        rd = new double[firms];
        cash = new double[firms];
        stage = new byte[firms * PROJECTS];
        left = new short[firms * PROJECTS];
        alive = new boolean[firms];
    }

    /** Firm-months per second of wall-clock time and of the thread's CPU time, and the run's firm-months. */
    record Rates(double wall, double cpu, long firmMonths) {
    }

    /** One run of {@code firms} firms over {@code months} months. */
    static Rates firmMonthsPerSecond(long seed, int firms, int months) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LeanReference m = new LeanReference(seed, firms);
        m.start();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int k = 0; k < months; k++) {
            m.schedule.step(m);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        m.finish();
        return new Rates(m.firmMonths / seconds, m.firmMonths / cpuSeconds, m.firmMonths);
    }

    @Override
    public void start() {
        super.start();
        for (int i = 0; i < firms; i++) {
            revenue[i] = Math.exp(2 + random.nextGaussian());
            cash[i] = revenue[i];
            alive[i] = true;
        }
        schedule.scheduleRepeating((Steppable) s -> month());
    }

    private void month() {
        MersenneTwisterFast r = random;
        for (int i = 0; i < firms; i++) {
            if (!alive[i]) {
                if (r.nextDouble() < 0.002) {
                    alive[i] = true;
                    revenue[i] = 1;
                    cash[i] = 1;
                }
                continue;
            }
            double g = 1 + 0.01 * (1 + 0.5 * r.nextGaussian());
            revenue[i] *= g;
            rd[i] = 0.05 * revenue[i];
            cash[i] += 0.1 * revenue[i] - rd[i];
            int base = i * PROJECTS;
            for (int p = 0; p < PROJECTS; p++) {
                int k = base + p;
                cash[i] -= 0.01;
                if (--left[k] > 0) {
                    continue;
                }
                int st = stage[k];
                if (st >= STAGES - 1) {
                    stage[k] = 0;
                } else if (r.nextDouble() < SUCCESS[st]) {
                    stage[k] = (byte) (st + 1);
                    if (st + 1 == STAGES - 1) {
                        revenue[i] *= 1.2;
                    }
                } else {
                    stage[k] = 0;
                }
                double rate = stage[k] >= STAGES - 1 ? 0.01 : MONTHLY_ADVANCE[stage[k]];
                left[k] = (short) Math.min(Short.MAX_VALUE, 1 + (int) (-Math.log(1 - r.nextDouble()) / rate));
            }
            if (cash[i] < -revenue[i] && r.nextDouble() < 0.05) {
                alive[i] = false;
            }
            firmMonths++;
        }
    }
}

package org.highland.run;

import org.highland.model.CapitalMarket;
import org.highland.model.EntryProcess;
import org.highland.model.FirmsStep;
import org.highland.model.PolicyStep;
import org.highland.model.RelocationProcess;
import org.highland.model.ProvisionProcess;
import org.highland.model.TalentMarket;
import org.highland.model.World;
import org.highland.policy.PolicyInstaller;
import org.highland.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The thin MASON {@link SimState} of one replication, built from an immutable {@link Scenario}.
 * One schedule step is one month; within it the processes run in the documented order
 * (docs/ODD.md, "Process overview and scheduling"), the observer last.
 */
public final class HighlandSim extends SimState {
    private static final long serialVersionUID = 1L;
    private final transient Scenario scenario;
    private final double scale;
    private final int replication;
    private transient World world;
    private transient YearRecorder recorder;

    public HighlandSim(Scenario scenario, double scale, long seed, int replication) {
        super(seed);
        this.scenario = scenario;
        this.scale = scale;
        this.replication = replication;
    }

    @Override
    public void start() {
        super.start();
        world = new World(scenario.model(), scale, seed(), replication);
        PolicyInstaller.install(world, scenario.policies());
        world.populate();
        recorder = new YearRecorder(world, scenario.policies().keySet());
        Steppable[] month = {
            new PolicyStep(world),
            new EntryProcess(world),
            new RelocationProcess(world),
            new TalentMarket(world),
            new CapitalMarket(world),
            new FirmsStep(world),
            new ProvisionProcess(world),
            recorder,
        };
        for (int order = 0; order < month.length; order++) {
            schedule.scheduleRepeating(0.0, order, month[order], 1.0);
        }
    }

    /** Runs every month of the scenario. */
    public void runToEnd() {
        int months = scenario.time().months();
        while (schedule.getSteps() < months) {
            if (!schedule.step(this)) {
                break;
            }
        }
    }

    public World world() {
        return world;
    }

    public ReplicationResult result() {
        return recorder.result(replication);
    }

    /** Builds, runs and returns one replication. */
    public static ReplicationResult run(Scenario scenario, double scale, long seed, int replication) {
        HighlandSim sim = new HighlandSim(scenario, scale, seed, replication);
        sim.start();
        sim.runToEnd();
        sim.finish();
        return sim.result();
    }
}

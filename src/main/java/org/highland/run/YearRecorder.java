package org.highland.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.model.Counter;
import org.highland.model.Counters;
import org.highland.model.Enterprise;
import org.highland.model.Government;
import org.highland.model.Park;
import org.highland.model.Region;
import org.highland.model.Sector;
import org.highland.model.TalentTier;
import org.highland.model.World;
import org.highland.model.spec.InitialStockSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 8, the observer: every December it reads the model and records one value per metric,
 * area and year. It never changes the model: yearly flows are differences of the model's
 * cumulative counters, kept here. Extensive quantities are divided by the scale, so a thinned
 * run reports full-scale equivalents.
 */
public final class YearRecorder implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private final List<Metric> metrics;
    private final Map<String, Integer> metricIndex = new LinkedHashMap<>();
    private final List<String> areas = new ArrayList<>();
    private final int[][] parkArea;
    private final int[][] parkCityArea;
    private final double[][][] values;
    private final double[][] previousCounters;
    private final double[][] previousOutlay;
    private final double[][] previousShortfall;
    private final double[] previousAreaOutput;
    /** Cumulative entrants and their capital per sub-area: this year's reading and last year's. */
    private final double[] areaEntries;
    private final double[] areaCapital;
    private final double[] previousAreaEntries;
    private final double[] previousAreaCapital;
    /** Cumulative moves into and out of each sub-area: this year's reading and last year's. */
    private final double[] areaMovesIn;
    private final double[] areaMovesOut;
    private final double[] previousAreaMovesIn;
    private final double[] previousAreaMovesOut;

    public YearRecorder(World world, Iterable<String> policyNames) {
        this.world = world;
        this.metrics = Metrics.catalog(policyNames);
        for (int m = 0; m < metrics.size(); m++) {
            metricIndex.put(metrics.get(m).name(), m);
        }
        int regions = world.regionCount();
        Map<String, Integer> cities = new LinkedHashMap<>();
        for (int r = 0; r < regions; r++) {
            areas.add(world.region(r).name);
        }
        parkArea = new int[regions][];
        parkCityArea = new int[regions][];
        for (int r = 0; r < regions; r++) {
            Region region = world.region(r);
            parkCityArea[r] = new int[region.parkCount()];
            Arrays.fill(parkCityArea[r], -1);
            for (int p = 0; p < region.parkCount(); p++) {
                String city = region.park(p).city();
                if (city != null && !city.isEmpty()) {
                    String key = region.name + "/city:" + city;
                    Integer area = cities.get(key);
                    if (area == null) {
                        area = areas.size();
                        cities.put(key, area);
                        areas.add(key);
                    }
                    parkCityArea[r][p] = area;
                }
            }
        }
        for (int r = 0; r < regions; r++) {
            Region region = world.region(r);
            parkArea[r] = new int[region.parkCount()];
            for (int p = 0; p < region.parkCount(); p++) {
                Park park = region.park(p);
                parkArea[r][p] = park.isRemainder() ? -1 : areas.size();
                if (!park.isRemainder()) {
                    areas.add(region.name + "/park:" + park.name);
                }
            }
        }
        values = new double[metrics.size()][areas.size()][world.time.years()];
        for (double[][] byArea : values) {
            for (double[] series : byArea) {
                Arrays.fill(series, Double.NaN);
            }
        }
        previousCounters = new double[regions][Counter.COUNT];
        previousOutlay = new double[regions][];
        previousShortfall = new double[regions][];
        for (int r = 0; r < regions; r++) {
            previousOutlay[r] = new double[world.region(r).government().accounts().size()];
            previousShortfall[r] = new double[previousOutlay[r].length];
        }
        previousAreaOutput = new double[areas.size()];
        Arrays.fill(previousAreaOutput, Double.NaN);
        areaEntries = new double[areas.size()];
        areaCapital = new double[areas.size()];
        previousAreaEntries = new double[areas.size()];
        previousAreaCapital = new double[areas.size()];
        areaMovesIn = new double[areas.size()];
        areaMovesOut = new double[areas.size()];
        previousAreaMovesIn = new double[areas.size()];
        previousAreaMovesOut = new double[areas.size()];
    }

    @Override
    public void step(SimState state) {
        if (world.monthOfYear() != 11) {
            return;
        }
        int y = world.year() - world.time.startYear();
        Arrays.fill(areaEntries, 0);
        Arrays.fill(areaCapital, 0);
        Arrays.fill(areaMovesIn, 0);
        Arrays.fill(areaMovesOut, 0);
        for (int r = 0; r < world.regionCount(); r++) {
            recordRegion(world.region(r), y);
        }
    }

    private void recordRegion(Region region, int y) {
        double scale = world.scale;
        double large = world.firmSpec().largeFirmRevenueMillion();
        double madeElsewhere = 1.0 - region.spec.localManufacturingShare();
        AreaTotals total = new AreaTotals(madeElsewhere);
        AreaTotals[] byArea = new AreaTotals[areas.size()];
        for (int i = 0; i < region.firmCount(); i++) {
            Enterprise firm = region.firm(i);
            total.add(firm, large);
            int p = firm.park().index;
            addTo(byArea, parkArea[region.index][p], firm, large, madeElsewhere);
            addTo(byArea, parkCityArea[region.index][p], firm, large, madeElsewhere);
        }
        int area = region.index;
        set(Metrics.BIOMEDICINE_OUTPUT, area, y, total.biomedicine / 1000.0 / scale);
        set(Metrics.OPERATING_INCOME, area, y, total.income / 1000.0 / scale);
        set(Metrics.HEALTH_SERVICE_REVENUE, area, y, total.healthService / 1000.0 / scale);
        set(Metrics.RD_INTENSITY, area, y, total.pharmaLargeRevenue > 0 ? 100.0 * total.pharmaLargeRd / total.pharmaLargeRevenue : Double.NaN);
        set(Metrics.RD_SPEND, area, y, total.rd / 1000.0 / scale);
        set(Metrics.ENTERPRISES, area, y, total.firms / scale);
        set(Metrics.HIGHTECH, area, y, total.hightech / scale);
        set(Metrics.LISTED, area, y, total.listed / scale);
        set(Metrics.OVER_20M, area, y, total.large / scale);
        set(Metrics.CLINICAL_PIPELINE, area, y, total.clinical / scale);
        set(Metrics.TCM_SHARE, area, y, total.pharmaRevenue > 0 ? 100.0 * total.tcmRevenue / total.pharmaRevenue : Double.NaN);
        growth(area, y, total.biomedicine);
        recordCounters(region, area, y);
        recordProvision(region, area, y);
        recordOutlays(region, area, y);
        for (int p = 0; p < region.parkCount(); p++) {
            Park park = region.park(p);
            addEntries(parkArea[region.index][p], park);
            addEntries(parkCityArea[region.index][p], park);
        }
        for (int a = world.regionCount(); a < areas.size(); a++) {
            if (byArea[a] != null || belongsTo(region, a)) {
                recordSubArea(a, y, byArea[a] == null ? new AreaTotals(0) : byArea[a]);
            }
        }
    }

    private void addEntries(int area, Park park) {
        if (area >= 0) {
            areaEntries[area] += park.entries();
            areaCapital[area] += park.entrantCapital();
            areaMovesIn[area] += park.relocationsIn();
            areaMovesOut[area] += park.relocationsOut();
        }
    }

    private boolean belongsTo(Region region, int area) {
        return areas.get(area).startsWith(region.name + "/");
    }

    private void recordSubArea(int a, int y, AreaTotals t) {
        double scale = world.scale;
        boolean park = areas.get(a).contains("/park:");
        set(Metrics.BIOMEDICINE_OUTPUT, a, y, t.biomedicine / 1000.0 / scale);
        set(Metrics.OPERATING_INCOME, a, y, t.income / 1000.0 / scale);
        set(Metrics.ENTERPRISES, a, y, t.firms / scale);
        set(Metrics.OVER_20M, a, y, t.large / scale);
        set(Metrics.LISTED, a, y, t.listed / scale);
        set(Metrics.ENTRIES, a, y, (areaEntries[a] - previousAreaEntries[a]) / scale);
        set(Metrics.NEW_CAPITAL, a, y, (areaCapital[a] - previousAreaCapital[a]) / 1000.0 / scale);
        set(Metrics.RELOCATIONS_IN, a, y, (areaMovesIn[a] - previousAreaMovesIn[a]) / scale);
        set(Metrics.RELOCATIONS_OUT, a, y, (areaMovesOut[a] - previousAreaMovesOut[a]) / scale);
        previousAreaMovesIn[a] = areaMovesIn[a];
        previousAreaMovesOut[a] = areaMovesOut[a];
        previousAreaEntries[a] = areaEntries[a];
        previousAreaCapital[a] = areaCapital[a];
        if (park) {
            growth(a, y, t.biomedicine);
        }
    }

    private void growth(int area, int y, double output) {
        double before = previousAreaOutput[area];
        if (!Double.isNaN(before) && before > 0) {
            set(Metrics.OUTPUT_GROWTH, area, y, 100.0 * (output / before - 1.0));
        }
        previousAreaOutput[area] = output;
    }

    private void recordCounters(Region region, int area, int y) {
        double scale = world.scale;
        Counters c = region.counters();
        double[] before = previousCounters[region.index];
        double[] flow = new double[Counter.COUNT];
        for (Counter k : Counter.values()) {
            flow[k.ordinal()] = (c.get(k) - before[k.ordinal()]) / scale;
            before[k.ordinal()] = c.get(k);
        }
        InitialStockSpec stock = region.spec.initialStock();
        setFlow(Metrics.ENTRIES, area, y, flow, Counter.ENTRIES, 1);
        setFlow(Metrics.EXITS, area, y, flow, Counter.EXITS, 1);
        setFlow(Metrics.ACQUISITIONS, area, y, flow, Counter.ACQUISITIONS, 1);
        double local = flow[Counter.RELOCATIONS.ordinal()];
        set(Metrics.RELOCATIONS_IN, area, y, local + flow[Counter.FIRMS_MOVED_IN.ordinal()]);
        set(Metrics.RELOCATIONS_OUT, area, y, local + flow[Counter.FIRMS_MOVED_OUT.ordinal()]);
        setFlow(Metrics.FIRMS_MOVED_IN, area, y, flow, Counter.FIRMS_MOVED_IN, 1);
        setFlow(Metrics.FIRMS_MOVED_OUT, area, y, flow, Counter.FIRMS_MOVED_OUT, 1);
        setFlow(Metrics.NEW_CAPITAL, area, y, flow, Counter.ENTRANT_REGISTERED_CAPITAL, 1e-3);
        setFlow(Metrics.PROJECT_STARTS, area, y, flow, Counter.PROJECT_STARTS, 1);
        setFlow(Metrics.INNOVATIVE_STARTS, area, y, flow, Counter.INNOVATIVE_PROJECT_STARTS, 1);
        setFlow(Metrics.PROJECT_STOPS, area, y, flow, Counter.PROJECT_STOPS, 1);
        setFlow(Metrics.INNOVATIVE_STOPS, area, y, flow, Counter.INNOVATIVE_PROJECT_STOPS, 1);
        setFlow(Metrics.CLINICAL_APPLICATIONS, area, y, flow, Counter.CLINICAL_APPLICATIONS, 1);
        setFlow(Metrics.INNOVATIVE_CLINICAL_APPLICATIONS, area, y, flow, Counter.INNOVATIVE_CLINICAL_APPLICATIONS, 1);
        setFlow(Metrics.CLINICAL_APPROVALS, area, y, flow, Counter.CLINICAL_APPROVALS, 1);
        setFlow(Metrics.INNOVATIVE_CLINICAL_APPROVALS, area, y, flow, Counter.INNOVATIVE_CLINICAL_APPROVALS, 1);
        setFlow(Metrics.TRIALS, area, y, flow, Counter.CLINICAL_TRIALS, 1);
        setFlow(Metrics.INNOVATIVE_TRIALS, area, y, flow, Counter.INNOVATIVE_CLINICAL_TRIALS, 1);
        setFlow(Metrics.INNOVATIVE_APPROVALS, area, y, flow, Counter.INNOVATIVE_DRUG_APPROVALS, 1);
        setFlow(Metrics.GENERIC_APPROVALS, area, y, flow, Counter.GENERIC_DRUG_APPROVALS, 1);
        set(Metrics.DRUG_APPROVALS, area, y, flow[Counter.INNOVATIVE_DRUG_APPROVALS.ordinal()] + flow[Counter.GENERIC_DRUG_APPROVALS.ordinal()]);
        set(Metrics.ALL_DRUG_APPROVALS, area, y, flow[Counter.INNOVATIVE_DRUG_APPROVALS.ordinal()]
                + flow[Counter.GENERIC_DRUG_APPROVALS.ordinal()] + flow[Counter.TCM_APPROVALS.ordinal()]);
        setFlow(Metrics.CLASS3_APPROVALS, area, y, flow, Counter.CLASS3_DEVICE_APPROVALS, 1);
        setFlow(Metrics.FINANCING, area, y, flow, Counter.VENTURE_FINANCING, 1e-3);
        setFlow(Metrics.GUIDANCE_INVESTMENT, area, y, flow, Counter.GUIDANCE_FUND_INVESTMENT, 1e-3);
        setFlow(Metrics.IPO_PROCEEDS, area, y, flow, Counter.IPO_PROCEEDS, 1e-3);
        setFlow(Metrics.LISTINGS, area, y, flow, Counter.LISTINGS, 1);
        setFlow(Metrics.POLICY_OUTLAY, area, y, flow, Counter.POLICY_OUTLAY, 1);
        setFlow(Metrics.POLICY_SHORTFALL, area, y, flow, Counter.POLICY_SHORTFALL, 1);
        setFlow(Metrics.CORPORATE_TAX, area, y, flow, Counter.CORPORATE_TAX, 1);
        set(Metrics.CUM_CLINICAL_APPLICATIONS, area, y, stock.clinicalApplications() + c.get(Counter.CLINICAL_APPLICATIONS) / scale);
        set(Metrics.CUM_INNOVATIVE_CLINICAL_APPLICATIONS, area, y, stock.innovativeClinicalApplications() + c.get(Counter.INNOVATIVE_CLINICAL_APPLICATIONS) / scale);
        set(Metrics.CUM_TRIALS, area, y, stock.clinicalTrials() + c.get(Counter.CLINICAL_TRIALS) / scale);
        set(Metrics.CUM_INNOVATIVE_TRIALS, area, y, stock.innovativeClinicalTrials() + c.get(Counter.INNOVATIVE_CLINICAL_TRIALS) / scale);
        double innovative = stock.innovativeDrugApprovals() + c.get(Counter.INNOVATIVE_DRUG_APPROVALS) / scale;
        double generic = stock.genericDrugApprovals() + c.get(Counter.GENERIC_DRUG_APPROVALS) / scale;
        double other = stock.otherDrugApprovals() + c.get(Counter.TCM_APPROVALS) / scale;
        set(Metrics.CUM_INNOVATIVE_APPROVALS, area, y, innovative);
        set(Metrics.CUM_GENERIC_APPROVALS, area, y, generic);
        set(Metrics.CUM_DRUG_APPROVALS, area, y, innovative + generic + other);
        set(Metrics.CUM_CLASS3_APPROVALS, area, y, stock.class3DeviceApprovals() + c.get(Counter.CLASS3_DEVICE_APPROVALS) / scale);
    }

    private void recordProvision(Region region, int area, int y) {
        set(Metrics.LEADING_TALENT, area, y, region.talent(TalentTier.LEADING));
        set(Metrics.SENIOR_TALENT, area, y, region.talent(TalentTier.SENIOR_RD));
        set(Metrics.SKILLED_STAFF, area, y, region.talent(TalentTier.SKILLED));
        set(Metrics.AFTER_TAX_WAGE_LEADING, area, y, region.afterTaxWage(TalentTier.LEADING));
        set(Metrics.AFTER_TAX_WAGE_SENIOR, area, y, region.afterTaxWage(TalentTier.SENIOR_RD));
        set(Metrics.AFTER_TAX_WAGE_SKILLED, area, y, region.afterTaxWage(TalentTier.SKILLED));
        set(Metrics.TCM_AREA, area, y, region.tcmPlantingAreaMu());
        set(Metrics.TCM_OUTPUT, area, y, region.tcmOutputTonnes());
        set(Metrics.TCM_VALUE, area, y, region.tcmAgriculturalValueBillion());
        set(Metrics.ELDERLY_INSTITUTIONS, area, y, region.elderlyInstitutions());
        set(Metrics.ELDERLY_BEDS, area, y, region.elderlyBeds());
        set(Metrics.NURSING_BEDS, area, y, region.elderlyBeds() * region.spec.elderlyCare().nursingBedShare());
        set(Metrics.PRIVATE_INSTITUTIONS, area, y, region.elderlyInstitutions() * region.spec.elderlyCare().privateShare());
    }

    /**
     * Each policy's outlay and shortfall in the year, from its account's cumulative totals: 0 in a
     * region without the policy, so every province has a row for every policy.
     */
    private void recordOutlays(Region region, int area, int y) {
        List<Government.Account> accounts = region.government().accounts();
        for (Integer m : metricIndex.values()) {
            if (Metrics.perPolicy(metrics.get(m).name()) != null) {
                values[m][area][y] = 0;
            }
        }
        for (int i = 0; i < accounts.size(); i++) {
            Government.Account account = accounts.get(i);
            double paid = account.paidTotal();
            int m = metricIndex.get(Metrics.outlayName(account.name()));
            values[m][area][y] += (paid - previousOutlay[region.index][i]) / world.scale;
            previousOutlay[region.index][i] = paid;
            double refused = account.shortfallTotal();
            int s = metricIndex.get(Metrics.shortfallName(account.name()));
            values[s][area][y] += (refused - previousShortfall[region.index][i]) / world.scale;
            previousShortfall[region.index][i] = refused;
        }
    }

    private void setFlow(Metric metric, int area, int y, double[] flow, Counter counter, double unit) {
        set(metric, area, y, flow[counter.ordinal()] * unit);
    }

    private void set(Metric metric, int area, int y, double value) {
        values[metricIndex.get(metric.name())][area][y] = value;
    }

    private static void addTo(AreaTotals[] byArea, int area, Enterprise firm, double large, double madeElsewhere) {
        if (area < 0) {
            return;
        }
        if (byArea[area] == null) {
            byArea[area] = new AreaTotals(madeElsewhere);
        }
        byArea[area].add(firm, large);
    }

    /** The result of this replication; call after the run. */
    public ReplicationResult result(int replication) {
        return new ReplicationResult(replication, metrics, areas, world.time.startYear(), values);
    }

    /** Sums over the firms of one area at year end. */
    private static final class AreaTotals {
        /** Share of new products' sales made outside the region (RegionSpec.localManufacturingShare). */
        private final double madeElsewhere;
        double biomedicine;
        double income;
        double healthService;
        double rd;
        double pharmaLargeRd;
        double pharmaLargeRevenue;
        double pharmaRevenue;
        double tcmRevenue;
        double firms;
        double hightech;
        double listed;
        double large;
        double clinical;

        AreaTotals(double madeElsewhere) {
            this.madeElsewhere = madeElsewhere;
        }

        void add(Enterprise firm, double largeThreshold) {
            double revenue = firm.revenueYear();
            Sector s = firm.sector();
            income += revenue;
            rd += firm.rdYear();
            firms++;
            clinical += firm.clinicalProjects();
            if (s.biomedicine()) {
                // Industrial output counts what is manufactured in the area; revenue is the firm's.
                biomedicine += revenue - madeElsewhere * firm.productRevenueYear();
            } else {
                healthService += revenue;
            }
            if (s.pharmaceutical()) {
                pharmaRevenue += revenue;
                if (revenue >= largeThreshold) {
                    pharmaLargeRd += firm.rdYear();
                    pharmaLargeRevenue += revenue;
                }
            }
            if (s == Sector.TCM) {
                tcmRevenue += revenue;
            }
            if (firm.hightech()) {
                hightech++;
            }
            // The figures count biomedical companies (002, 004): health services are not among them.
            if (firm.listed() && s.biomedicine()) {
                listed++;
            }
            if (revenue >= largeThreshold && s.biomedicine()) {
                large++;
            }
        }
    }
}

package org.highland.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a planner needs to know about each instrument type beyond its fields' {@code @Param} docs:
 * one line on its mechanism, whether it spends a budget, a one-line YAML example, the meaning of
 * the fields that are not numbers, and what a budget that binds does to it and which fields narrow
 * its claims. Read by the {@code instruments} command, the generated docs/INSTRUMENTS.md and the
 * warnings on a budget that bound; a test fails when a type registered in {@link PolicySpec} has no
 * entry here.
 */
public final class InstrumentNotes {
    /** How an instrument's {@code annualBudgetMillion} is meant. */
    public enum Budget {
        /** Pays out of an annual budget; a policy without its own budget gets a warning. */
        SPENDS,
        /** A tax expenditure: no budget binds by default (a finite one acts as a quota). */
        TAX_EXPENDITURE,
        /** A regulation or price rule: costs the government nothing here. */
        NO_OUTLAY
    }

    /** The notes of one type. */
    public record Note(String summary, Budget budget, String example) {
    }

    private static final Map<Class<? extends PolicySpec>, Note> NOTES = Map.ofEntries(
            Map.entry(RdSubsidyPolicy.class, new Note(
                    "Each January pays back a share of eligible firms' R&D spend of the previous year, up to a cap per"
                            + " firm and year, in a random order while the budget lasts; firms count the grant on each"
                            + " stage's cost (at most the cap per year of the stage) when valuing projects, in the share"
                            + " of claims the budget paid last year.",
                    Budget.SPENDS, "{type: rd-subsidy, region: Zhejiang, annualBudgetMillion: 1000, share: 0.1}")),
            Map.entry(TrialSupportPolicy.class, new Note(
                    "Pays a share of a clinical phase's cost (up to a maximum per phase) when an eligible project"
                            + " enters phase I, II or III; firms count the expected support when starting projects.",
                    Budget.SPENDS, "{type: clinical-trial-support, region: Zhejiang, annualBudgetMillion: 800,"
                            + " costShare: 0.3, phase3MaxMillion: 30}")),
            Map.entry(ApprovalRewardPolicy.class, new Note(
                    "A lump sum when an eligible firm's innovative drug is approved or class III device registered;"
                            + " firms count the reward, weighted by the chance of approval, when valuing projects.",
                    Budget.SPENDS, "{type: approval-reward, region: Zhejiang, annualBudgetMillion: 300,"
                            + " innovativeDrugMillion: 48}")),
            Map.entry(TalentTaxRebatePolicy.class, new Note(
                    "Refunds talents' income tax above a share of income, raising their after-tax wage, on which"
                            + " talent chooses its region.",
                    Budget.SPENDS, "{type: talent-tax-rebate, region: Zhejiang, annualBudgetMillion: 2000,"
                            + " refundShareLeading: 1.0}")),
            Map.entry(TalentProgrammePolicy.class, new Note(
                    "Recruits talents of one tier from outside the four regions, a number of places a year, each"
                            + " with a grant; places go unfilled when the budget binds. Recruits then move between"
                            + " the regions as other talents do.",
                    Budget.SPENDS, "{type: talent-programme, region: Zhejiang, annualBudgetMillion: 100,"
                            + " placesPerYear: 50}")),
            Map.entry(ParkInvestmentPolicy.class, new Note(
                    "Builds out a park (firm places, shared platforms), the construction cost paid first out of"
                            + " each year's budget (a budget below it spreads the build-out over years), and"
                            + " subsidises its rent from what is left; entrants and relocating firms weigh free"
                            + " places, platforms and rent when choosing a location.",
                    Budget.SPENDS, "{type: park-investment, region: Zhejiang, park: Qiantang Pharmaceutical Port,"
                            + " annualBudgetMillion: 600}")),
            Map.entry(GuidanceFundPolicy.class, new Note(
                    "A public contribution each month, levered with social capital, placed alongside venture"
                            + " capital in firms of the target sectors and stages.",
                    Budget.SPENDS, "{type: guidance-fund, region: Zhejiang, annualBudgetMillion: 500,"
                            + " annualPublicMillion: 300}")),
            Map.entry(ListingSupportPolicy.class, new Note(
                    "A lump sum to an eligible firm when it lists, and optionally a shorter wait from qualifying"
                            + " to listing for every firm of the region.",
                    Budget.SPENDS, "{type: listing-support, region: Zhejiang, annualBudgetMillion: 100,"
                            + " rewardPerListingMillion: 3}")),
            Map.entry(ProcurementPolicy.class, new Note(
                    "Volume-based procurement: newly launched generics sell at a cut price (firms foresee it when"
                            + " choosing what to develop) and established generic revenue falls; no outlay.",
                    Budget.NO_OUTLAY, "{type: volume-based-procurement, region: all, priceCut: 0.5}")),
            Map.entry(TcmCultivationPolicy.class, new Note(
                    "A subsidy per mu of TCM planting area, which speeds the growth of the planted area.",
                    Budget.SPENDS, "{type: tcm-cultivation-support, region: Zhejiang, annualBudgetMillion: 200,"
                            + " subsidyPerMuYuan: 200}")),
            Map.entry(ElderlyCarePolicy.class, new Note(
                    "Operating subsidies per bed and construction subsidies per new bed for elderly-care"
                            + " institutions; the operating subsidy speeds the growth of institutions.",
                    Budget.SPENDS, "{type: elderly-care-subsidy, region: Zhejiang, annualBudgetMillion: 1000,"
                            + " operatingSubsidyPerBedYuan: 1200}")),
            Map.entry(ReviewReformPolicy.class, new Note(
                    "Shortens the clinical phases and regulatory reviews of eligible project kinds entered while in"
                            + " force; no outlay.",
                    Budget.NO_OUTLAY, "{type: review-reform, region: all, clinicalMonthsMultiplier: 0.8,"
                            + " reviewMonthsMultiplier: 0.8}")),
            Map.entry(RdSuperDeductionPolicy.class, new Note(
                    "Tax expenditure: eligible firms deduct an extra share of R&D spend from taxable profit, so"
                            + " profitable firms pay less corporate income tax; the tax foregone is the outlay.",
                    Budget.TAX_EXPENDITURE, "{type: rd-super-deduction, region: all, extraDeductionShare: 1.0}")));

    /**
     * What a budget that binds does to an instrument, and how a planner narrows its claims instead
     * of raising the budget.
     *
     * @param effect what the instrument does at the paid share of its claims, a clause that follows
     *               "so" ("firms count only that share of its grant when valuing projects")
     * @param lower  fields whose lower value claims less
     * @param raise  fields whose higher value claims less
     * @param fewer  list fields that claim less when narrowed (sectors, kinds)
     */
    public record Shortfall(String effect, List<String> lower, List<String> raise, List<String> fewer) {
        /** Every field named, for the test that each is a field of its type. */
        public List<String> fields() {
            List<String> all = new ArrayList<>(lower);
            all.addAll(raise);
            all.addAll(fewer);
            return all;
        }

        /** "lower share or capPerFirmMillion, raise minRdShare, or narrow sectors". */
        public String narrowing() {
            List<String> ways = new ArrayList<>();
            if (!lower.isEmpty()) {
                ways.add("lower " + or(lower, false));
            }
            if (!raise.isEmpty()) {
                ways.add("raise " + or(raise, false));
            }
            if (!fewer.isEmpty()) {
                ways.add("narrow " + or(fewer, false));
            }
            return or(ways, true);
        }

        /**
         * "a", "a or b", "a, b or c"; with {@code comma} a comma before the "or" ("a, or b"), which
         * tells the ways apart when each holds an "or" of its own.
         */
        private static String or(List<String> items, boolean comma) {
            if (items.size() <= 1) {
                return items.isEmpty() ? "" : items.get(0);
            }
            return String.join(", ", items.subList(0, items.size() - 1)) + (comma ? ", or " : " or ")
                    + items.get(items.size() - 1);
        }
    }

    private static final Map<Class<? extends PolicySpec>, Shortfall> SHORTFALLS = Map.ofEntries(
            Map.entry(RdSubsidyPolicy.class, new Shortfall(
                    "firms count only that share of its grant when valuing projects",
                    List.of("share", "capPerFirmMillion"), List.of("minRdShare"), List.of("sectors"))),
            Map.entry(TrialSupportPolicy.class, new Shortfall(
                    "firms count only that share of its support when valuing projects",
                    List.of("costShare", "phase1MaxMillion", "phase2MaxMillion", "phase3MaxMillion"), List.of(),
                    List.of("sectors", "kinds"))),
            Map.entry(ApprovalRewardPolicy.class, new Shortfall(
                    "firms count only that share of its reward when valuing projects",
                    List.of("innovativeDrugMillion", "class3DeviceMillion"), List.of(), List.of("sectors"))),
            Map.entry(TalentTaxRebatePolicy.class, new Shortfall(
                    "talents get only that share of its rebate in the after-tax wage they choose their region by",
                    List.of("refundShareLeading", "refundShareSenior", "refundShareSkilled"), List.of("thresholdShare"),
                    List.of())),
            Map.entry(TalentProgrammePolicy.class, new Shortfall(
                    "only that share of its places is filled",
                    List.of("placesPerYear", "grantPerTalentMillion"), List.of(), List.of())),
            Map.entry(ParkInvestmentPolicy.class, new Shortfall(
                    "its build-out waits for the budget (the construction cost not yet paid is claimed again each"
                            + " year, so it counts in every year's shortfall until paid) and its rent subsidy gets"
                            + " what is left",
                    List.of("investmentMillion", "rentSubsidyPerFirmMillion"), List.of(), List.of())),
            Map.entry(GuidanceFundPolicy.class, new Shortfall(
                    "the fund gets only that share of its public contribution, and of the social capital levered"
                            + " with it",
                    List.of("annualPublicMillion"), List.of(), List.of())),
            Map.entry(ListingSupportPolicy.class, new Shortfall(
                    "listing firms get only that share of its rewards",
                    List.of("rewardPerListingMillion"), List.of(), List.of("sectors"))),
            Map.entry(TcmCultivationPolicy.class, new Shortfall(
                    "growers count only that share of its subsidy per mu",
                    List.of("subsidyPerMuYuan"), List.of(), List.of())),
            Map.entry(ElderlyCarePolicy.class, new Shortfall(
                    "care operators count only that share of its subsidies",
                    List.of("operatingSubsidyPerBedYuan", "newBedSubsidyYuan"), List.of(), List.of())),
            Map.entry(RdSuperDeductionPolicy.class, new Shortfall(
                    "the deduction is withdrawn for the rest of a year once its quota is spent",
                    List.of("extraDeductionShare"), List.of(), List.of("sectors"))));

    /** Meanings of the fields that are not numbers (numbers carry theirs in {@code @Param}). */
    private static final Map<String, String> FIELD_DOCS = Map.of(
            "region", "region name as under regions (Zhejiang, Jiangsu, Shanghai, Anhui), or all: one copy per"
                    + " region, each with the whole budget",
            "budgetMode", "when the annual budget runs out: STOP refuses further claims that year, PRORATE scales"
                    + " each claim by last year's budget / claims ratio",
            "sectors", "eligible firm sectors; empty = all",
            "kinds", "eligible project kinds",
            "stages", "target development stages of the firms' projects; empty = all",
            "tier", "talent tier recruited",
            "park", "name of a park of the region, as listed under regions.<region>.parks",
            "startYear", "first year in force (from January)",
            "endYear", "last year in force (to December)");

    private InstrumentNotes() {
    }

    /** The notes of {@code type}, or null when it has none (a test forbids that). */
    public static Note of(Class<?> type) {
        return NOTES.get(type);
    }

    /**
     * What a binding budget does to {@code type} and which fields narrow its claims, or null for a
     * type without outlay (a test requires one for every type that spends a budget or forgoes tax).
     */
    public static Shortfall shortfall(Class<?> type) {
        return SHORTFALLS.get(type);
    }

    /** The meaning of a field that has no {@code @Param} doc, or null. */
    public static String fieldDoc(String field) {
        return FIELD_DOCS.get(field);
    }
}

package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.highland.model.spec.ElderlyCareSpec;
import org.highland.model.spec.TcmCultivationSpec;
import org.junit.jupiter.api.Test;

/**
 * The growers' land-use rule ({@link TcmLandUse}) and the operators' opening rule
 * ({@link CareInvestment}) against values computed by hand: both reproduce their trend exactly
 * without support and respond to the expected subsidy through the logit of a margin or an NPV.
 */
class ProvisionDecisionsTest {
    /** Revenue 10,000 x 0.5 = 5,000 yuan/mu, cost 3,000, grain 0: a gap of 2,000 = one logit scale. */
    private static final TcmCultivationSpec HERBS = new TcmCultivationSpec(1e5, 0.5, 10000, 0.05, 0, 0, 3000, 0, 0.1, 2000);
    /** Fee 2,500 x 12 x 0.5 - cost 12,000 = 3,000 yuan a year for 10 years at rate 0: NPV 0 at 30,000 construction. */
    private static final ElderlyCareSpec CARE = care(0.02, 0);

    /** As CARE, with this trend and closure rate. */
    private static ElderlyCareSpec care(double institutionGrowth, double closureRate) {
        return new ElderlyCareSpec(1000, 100, 0.5, 0.5, institutionGrowth, closureRate, 0.03, 2500, 0.5, 12000, 30000, 10, 30000);
    }

    @Test
    void herbMarginGapIsRevenueLessCostPlusSubsidyLessGrain() {
        assertEquals(2000, TcmLandUse.marginGap(HERBS, 0.5, 10000, 0), 1e-9);
        assertEquals(2500, TcmLandUse.marginGap(HERBS, 0.5, 10000, 500), 1e-9);
        assertEquals(1 / (1 + Math.exp(-1)), TcmLandUse.herbShare(2000, 2000), 1e-15);
    }

    @Test
    void withoutSubsidyTheHerbAreaGrowsAtItsTrendExactly() {
        assertEquals(0.05, TcmLandUse.areaGrowth(HERBS, 0.5, 10000, 0), 0.0);
        assertEquals(0.05, TcmLandUse.areaGrowth(HERBS, 0.7, 6000, 0), 0.0, "whatever the margins");
    }

    @Test
    void aSubsidyOfOneScaleRaisesGrowthByReviewedLandTimesTheShareRatio() {
        // s0 = 1/(1+e^-1) = 0.7310586, s1 = 1/(1+e^-2) = 0.8807971; g' = 0.05 + (0.1 + 0.05)(s1/s0 - 1)
        assertEquals(0.0807236322, TcmLandUse.areaGrowth(HERBS, 0.5, 10000, 2000), 1e-9);
        double half = TcmLandUse.areaGrowth(HERBS, 0.5, 10000, 1000);
        assertTrue(half > 0.05 && half < 0.0807236322, "a smaller subsidy, a smaller response: " + half);
    }

    @Test
    void theSameSubsidyMovesMoreLandWhenHerbsPayLess() {
        double rich = TcmLandUse.areaGrowth(HERBS, 0.5, 10000, 500) - 0.05;
        double poor = TcmLandUse.areaGrowth(HERBS, 0.5, 7000, 500) - 0.05;
        assertTrue(poor > rich, "steeper logit at a lower herb share: " + poor + " vs " + rich);
    }

    @Test
    void annuityAndBedValueByHand() {
        assertEquals(8.513563719758565, CareInvestment.annuity(0.1, 20), 1e-12);
        assertEquals(10, CareInvestment.annuity(0, 10), 0.0);
        assertEquals(0, CareInvestment.bedValue(CARE, 0, 0, 0), 1e-9);
        // + 1,000 a year for 10 years + 5,000 at construction
        assertEquals(15000, CareInvestment.bedValue(CARE, 0, 1000, 5000), 1e-9);
        assertEquals(0.5, CareInvestment.openingShare(0, 30000), 0.0);
    }

    @Test
    void withoutSubsidyInstitutionsGrowAtTheirTrendExactly() {
        assertEquals(0.02, CareInvestment.institutionGrowth(CARE, 0, 0, 0), 0.0);
        assertEquals(0.02, CareInvestment.institutionGrowth(CARE, 0.1, 0, 0), 0.0);
    }

    @Test
    void aConstructionSubsidyOfOneScaleRaisesOpeningsByTheShareRatio() {
        // NPV 0 -> 30,000: share 0.5 -> 1/(1+e^-1); growth 0.02 x 0.7310586 / 0.5
        assertEquals(0.0292423431, CareInvestment.institutionGrowth(CARE, 0, 0, 30000), 1e-9);
        // the default-like case: rate 10 %, 20 years, margin 3,000 -> 4,200, construction 60,000 - 10,000
        ElderlyCareSpec defaults = new ElderlyCareSpec(1000, 100, 0.5, 0.5, 0.02, 0.03, 0.03, 2500, 0.5, 12000, 60000, 20, 30000);
        assertEquals(-34459.3088, CareInvestment.bedValue(defaults, 0.1, 0, 0), 1e-3);
        // openings 0.02 + 0.03 closures, raised by the share ratio 1.5929771
        assertEquals(0.0496488567, CareInvestment.institutionGrowth(defaults, 0.1, 1200, 10000), 1e-9);
    }

    @Test
    void supportMovesOpeningsSoItActsWhereInstitutionsShrink() {
        // Net -1 % a year with 3 % closing: 2 % open; one logit scale of NPV multiplies openings by 1.4621172.
        ElderlyCareSpec shrinking = care(-0.01, 0.03);
        assertEquals(-0.01, CareInvestment.institutionGrowth(shrinking, 0, 0, 0), 0.0);
        assertEquals(-0.01 + 0.02 * 0.4621171573, CareInvestment.institutionGrowth(shrinking, 0, 0, 30000), 1e-9);
        // Closures as fast as the decline: nothing opens, so nothing responds.
        assertEquals(-0.03, CareInvestment.institutionGrowth(care(-0.03, 0.03), 0, 0, 30000), 0.0);
        // The more institutions close (at the same net trend), the more open, the larger the response.
        assertTrue(CareInvestment.institutionGrowth(care(0.02, 0.06), 0, 0, 30000)
                > CareInvestment.institutionGrowth(care(0.02, 0.03), 0, 0, 30000));
    }
}

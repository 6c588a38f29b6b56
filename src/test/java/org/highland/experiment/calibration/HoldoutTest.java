package org.highland.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.highland.experiment.validation.Basis;
import org.highland.experiment.validation.Derivation;
import org.highland.experiment.validation.Figure;
import org.highland.experiment.validation.Synthetic;
import org.highland.experiment.validation.Target;
import org.highland.experiment.validation.Targets;
import org.junit.jupiter.api.Test;

/** Held-out targets never reach the loss; the leave-one-region-out check; the out_of_sample promise. */
class HoldoutTest {
    private static final List<FreeParameter> PARAMS = List.of(
            new FreeParameter("a", -1, 1), new FreeParameter("b", 0, 10), new FreeParameter("c", 100, 3000));
    private static final double[] TRUTH = {0.3, 7.2, 1300};
    private static final double[] START = {-0.5, 2, 2500};
    /** The built-in targets a plain synthetic output can produce (values, not growth rates or ratios). */
    private static final List<Target> DIRECT = Targets.modelled(Targets.load()).stream()
            .filter(t -> t.mapping().derived() == Derivation.VALUE).toList();

    /** A model whose output i misses figure i by the distance of parameter i mod 3 from the truth. */
    private static Simulator model() {
        return v -> {
            Synthetic s = new Synthetic(DIRECT);
            for (int i = 0; i < DIRECT.size(); i++) {
                Target t = DIRECT.get(i);
                int p = i % PARAMS.size();
                double miss = (v[p] - TRUTH[p]) / (PARAMS.get(p).max() - PARAMS.get(p).min());
                s.set(t.mapping().metric(), t.mapping().area(), t.mapping().year(), t.figure().value() * (1 + miss));
            }
            return List.of(s.result(0));
        };
    }

    /** The loss of every candidate of a short search, fitted on the targets as --holdout 2021 labels them. */
    private static List<Double> losses(List<Target> targets) {
        return losses(targets, "none", null);
    }

    private static List<Double> losses(List<Target> targets, String fit, String region) {
        List<Target> relabelled = Holdout.parse("2021", fit, region, targets).relabel(targets);
        Calibrator c = new Calibrator(PARAMS, Scoring.of(model(), relabelled), new Calibrator.Settings(7, 40, 0.3, 0));
        return c.run(START, List.of(), e -> { }).evaluations().stream().map(Evaluation::loss).toList();
    }

    private static List<Target> withFigure(String id, UnaryOperator<Double> change) {
        return DIRECT.stream().map(t -> {
            if (!t.id().equals(id)) {
                return t;
            }
            Figure f = t.figure();
            return new Target(new Figure(f.id(), f.region(), f.scope(), f.metric(), f.year(), change.apply(f.value()),
                    f.unit(), f.relation(), f.source()), t.mapping(), t.reason());
        }).toList();
    }

    @Test
    void changingAHeldOutFigureLeavesTheCalibrationUnchanged() {
        List<Double> base = losses(DIRECT);
        assertEquals(40, base.size());
        assertEquals(base, losses(withFigure("zj_production_approvals_2021", v -> 2 * v)));
        assertEquals(base, losses(withFigure("zj_key_enterprises", v -> 0.3 * v)));
        // The control: a fitted figure does change the search.
        assertNotEquals(base, losses(withFigure("zj_biomed_output_2020", v -> 2 * v)));
    }

    @Test
    void aTargetNamedByFitEntersTheLossUnlessItsRegionIsLeftOut() {
        String fit = "zj_production_approvals_2021";
        List<Target> doubled = withFigure(fit, v -> 2 * v);
        assertNotEquals(losses(DIRECT, fit, null), losses(doubled, fit, null));
        // The other 2021 figures stay out of the loss.
        assertEquals(losses(DIRECT, fit, null), losses(withFigure("zj_key_enterprises", v -> 0.3 * v), fit, null));
        // Leaving Zhejiang out overrides --fit: a leave-one-region-out check sees none of the region.
        assertEquals(losses(DIRECT, fit, "Zhejiang"), losses(doubled, fit, "Zhejiang"));
        assertThrows(CalibrationException.class, () -> Holdout.parse("2021", "no_such_target", null, DIRECT));
    }

    /** A misspelt region gets "did you mean"; another gets the provinces the figures concern, no area within one. */
    @Test
    void aRegionNoTargetConcernsIsRefusedWithTheNearestProvince() {
        List<Target> all = Targets.load();
        String misspelt = assertThrows(CalibrationException.class, () -> Holdout.parse("2021", "Zhejang", all)).getMessage();
        assertTrue(misspelt.endsWith("no target concerns that region. Fix: did you mean 'Zhejiang'?"), misspelt);
        String other = assertThrows(CalibrationException.class, () -> Holdout.parse("2021", "Mars", all)).getMessage();
        assertTrue(other.endsWith("Fix: name one of Zhejiang, Jiangsu, Shanghai, Anhui."), other);
    }

    /**
     * The description names as fitted only what enters the loss: the parenthesis "scored after the
     * fit" belongs to the held-out year, and a left-out region's target named by --fit is held out
     * (as relabel labels it), not listed as fitted.
     */
    @Test
    void theDescriptionNamesAsFittedOnlyWhatEntersTheLoss() {
        List<Target> all = Targets.load();
        String plain = Holdout.parse("2021", Holdout.DEFAULT_FIT, null, all).describe(all);
        assertTrue(plain.startsWith("held out of the fit and scored after it: 2021; fitted although of a held-out year: ")
                && plain.contains("zj_clinical_approvals_2021") && plain.contains("sh_financing_disclosed"), plain);

        Holdout shanghaiOut = Holdout.parse("2021", Holdout.DEFAULT_FIT, "Shanghai", all);
        String text = shanghaiOut.describe(all);
        String fitted = text.substring(text.indexOf("fitted although of a held-out year: "), text.indexOf("; region left out"));
        assertTrue(fitted.contains("zj_rd_intensity_2021"), text);
        assertFalse(fitted.contains("sh_financing_disclosed"), "Shanghai is left out, so its figure is not fitted: " + text);
        assertTrue(text.endsWith("; region left out: Shanghai, every target of it held out of the fit and scored after it"
                + " (sh_financing_disclosed too, although named by --fit)"), text);
        Target financing = shanghaiOut.relabel(all).stream().filter(t -> t.id().equals("sh_financing_disclosed"))
                .findFirst().orElseThrow();
        assertEquals(Basis.OUT_OF_SAMPLE, financing.basis(), "the description and the labels agree");

        // With only the left-out region's target named, nothing is said to be fitted against the hold-out.
        String onlyShanghai = Holdout.parse("2021", "sh_financing_disclosed", "Shanghai", all).describe(all);
        assertFalse(onlyShanghai.contains("fitted although"), onlyShanghai);
    }

    /** Naming a target that can enter no loss would change nothing, yet be listed as fitted or held out. */
    @Test
    void refusesToFitOrHoldOutATargetThatCanEnterNoLoss() {
        List<Target> all = Targets.load();
        CalibrationException late = assertThrows(CalibrationException.class,
                () -> Holdout.parse("2021", "sh_biomed_output_2024", null, all));
        assertTrue(late.getMessage().startsWith("--fit: 'sh_biomed_output_2024' is dated 2024, after 2021"),
                late.getMessage());
        String identity = all.stream().filter(t -> t.modelled() && t.basis() == Basis.IDENTITY).findFirst()
                .orElseThrow().id();
        CalibrationException fitIdentity = assertThrows(CalibrationException.class,
                () -> Holdout.parse("2021", identity, null, all));
        assertTrue(fitIdentity.getMessage().contains("'" + identity + "' is an identity"), fitIdentity.getMessage());
        CalibrationException holdIdentity = assertThrows(CalibrationException.class,
                () -> Holdout.parse("2021," + identity, null, all));
        assertTrue(holdIdentity.getMessage().startsWith("--holdout: '" + identity + "' is an identity")
                && holdIdentity.getMessage().contains("nothing to hold out"), holdIdentity.getMessage());
    }

    @Test
    void theDefaultFitRelabelsTheShippedCalibratedTargetsExactly() {
        List<Target> all = Targets.load();
        List<Target> r = Holdout.parse(Holdout.DEFAULT, Holdout.DEFAULT_FIT, null, all).relabel(all);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).modelled()) {
                assertEquals(all.get(i).basis(), r.get(i).basis(), all.get(i).id()
                        + ": the shipped basis is what the default calibrate options give");
            }
        }
    }

    @Test
    void relabelsFittedHeldOutAndIdentityTargets() {
        List<Target> all = Targets.load();
        List<Target> r = Holdout.parse("2021,hz_listed_2018", "Jiangsu", all).relabel(all);
        for (Target t : r) {
            if (!t.modelled()) {
                continue;
            }
            Target shipped = all.stream().filter(x -> x.id().equals(t.id())).findFirst().orElseThrow();
            if (shipped.basis() == Basis.IDENTITY) {
                assertEquals(Basis.IDENTITY, t.basis(), t.id());
            } else if (shipped.basis() == Basis.EARLIER_FIT && t.figure().year() >= 2021) {
                assertEquals(Basis.EARLIER_FIT, t.basis(), t.id() + ": held out, but an earlier fit saw it");
                assertTrue(!t.calibration(), t.id());
            } else if (t.figure().year() >= 2021 || t.id().equals("hz_listed_2018") || t.concerns("Jiangsu")) {
                assertEquals(Basis.OUT_OF_SAMPLE, t.basis(), t.id());
                assertTrue(!t.calibration(), t.id());
            } else {
                assertEquals(Basis.CALIBRATED, t.basis(), t.id());
            }
        }
        assertEquals(Basis.OUT_OF_SAMPLE, r.stream().filter(t -> t.id().equals("js_biomed_output_2020")).findFirst()
                .orElseThrow().basis());
    }

    @Test
    void refusesToFitOnAFigureLabelledOutOfSampleAndUnknownHoldouts() {
        List<Target> all = Targets.load();
        CalibrationException e = assertThrows(CalibrationException.class,
                () -> Holdout.parse("none", null, all).relabel(all));
        assertTrue(e.getMessage().contains("sh_biomed_output_2021"), e.getMessage());
        assertFalse(e.getMessage().contains("zj_production_approvals_2021"), "an earlier_fit figure may be fitted again");
        assertThrows(CalibrationException.class, () -> Holdout.parse("2021,no_such_target", null, all));
        assertThrows(CalibrationException.class, () -> Holdout.parse("2021", "Atlantis", all));
    }
}

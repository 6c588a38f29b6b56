package org.highland.scenario;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highland.model.Doc;
import org.highland.model.Param;

/**
 * Checks a mapped scenario: every number under a {@link Param} component is finite and within
 * [min, max], and every {@link Checked} record's own constraints hold. Collects all violations
 * rather than stopping at the first, so one run shows everything to fix.
 */
final class RecordValidator {
    /** The unit of a fraction of 1 (a cost share, a refund share), which planners often write in percent. */
    private static final String SHARE = "share";

    /** A violation before it is located in the sources. */
    record Violation(FieldPath path, String expected, String remedy) {
    }

    private RecordValidator() {
    }

    static List<Violation> validate(Record root) {
        List<Violation> violations = new ArrayList<>();
        // The Doc of each record-holding component seen so far, for numbers whose unit and range the owner gives.
        Map<String, Doc> owners = new HashMap<>();
        RecordWalker.walk(root, FieldPath.ROOT, new RecordWalker.Visitor() {
            @Override
            public void record(FieldPath path, Record record) {
                if (record instanceof Checked checked) {
                    checked.check((ok, relativePath, expected, remedy) -> {
                        if (!ok) {
                            violations.add(new Violation(path.resolve(FieldPath.parse(relativePath)), expected, remedy));
                        }
                    });
                }
            }

            @Override
            public void component(FieldPath path, RecordComponent component, Object value) {
                Doc doc = component.getAnnotation(Doc.class);
                if (doc != null) {
                    owners.put(path.dotted(), doc);
                }
                Param param = component.getAnnotation(Param.class);
                if (param != null) {
                    ParamBounds bounds = ParamBounds.of(param, owners, path.dotted());
                    RecordWalker.numbers(value, path, (leafPath, number) -> check(leafPath, bounds, number, violations));
                }
            }
        });
        return violations;
    }

    private static void check(FieldPath path, ParamBounds param, Number number, List<Violation> violations) {
        double value = number.doubleValue();
        boolean finite = Double.isFinite(value);
        if (finite && value >= param.min() && value <= param.max() && exactlyWithin(number, param)) {
            return;
        }
        String kind = isWhole(number) ? "a whole number" : finite ? "a number" : "a finite number";
        String range = Wording.range(param.min(), param.max());
        StringBuilder expected = new StringBuilder(kind);
        if (!range.isEmpty()) {
            expected.append(' ').append(range);
        }
        if (!param.unit().isEmpty()) {
            expected.append(' ').append(param.unit());
        }
        expected.append(", got ").append(isWhole(number) ? number.toString() : Wording.number(value));
        violations.add(new Violation(path, expected.toString(), !finite ? "write an ordinary number, not NaN or infinity"
                : looksLikePercent(param, value) ? "a share is a fraction of 1: for " + Wording.number(value)
                        + " %, write " + Wording.number(value / 100)
                : "set a value in that range"));
    }

    /**
     * A share written as a whole percentage (80 for 80 %): planners read policy documents in
     * percent, and "expected a number in [0, 1] share, got 80" alone does not say that 0.8 is
     * meant. A fractional excess (1.5) is more likely a share too high than 1.5 %, so it is not
     * taken for one.
     */
    private static boolean looksLikePercent(ParamBounds param, double value) {
        double fraction = value / 100;
        return SHARE.equals(param.unit()) && value > param.max() && value == Math.rint(value)
                && fraction >= param.min() && fraction <= param.max();
    }

    /**
     * A whole number beyond 2^53 can round onto a bound as a double (2^53 + 1 to 2^53, e.g. a
     * seed): such numbers are compared exactly.
     */
    private static boolean exactlyWithin(Number number, ParamBounds param) {
        if (!(number instanceof Long || number instanceof BigInteger || number instanceof BigDecimal)) {
            return true;
        }
        BigDecimal exact = number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
        return (Double.isInfinite(param.min()) || exact.compareTo(new BigDecimal(param.min())) >= 0)
                && (Double.isInfinite(param.max()) || exact.compareTo(new BigDecimal(param.max())) <= 0);
    }

    private static boolean isWhole(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger
                || number instanceof BigDecimal && ((BigDecimal) number).scale() <= 0;
    }
}

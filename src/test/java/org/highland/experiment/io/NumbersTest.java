package org.highland.experiment.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void examples() {
        assertEquals("10000000", Numbers.format(1e7));
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("-0.00000025", Numbers.format(-2.5e-7));
        assertEquals("3", Numbers.format(3.0));
        assertEquals("-42.5", Numbers.format(-42.5));
        assertEquals("0.3333333333333333", Numbers.format(1.0 / 3.0));
        assertEquals("123456789012345680000", Numbers.format(1.2345678901234568e20));
    }

    @Test
    void zeroHasNoSign() {
        assertEquals("0", Numbers.format(0.0));
        assertEquals("0", Numbers.format(-0.0));
    }

    @Test
    void shortestEvenWhereOldDoubleToStringIsNot() {
        // JDK 17 prints these as 1.9999999999999998E23, 9.999999999999999E22 and 4.9E-324.
        assertEquals("200000000000000000000000", Numbers.format(2e23));
        assertEquals("100000000000000000000000", Numbers.format(1e23));
        assertEquals("0." + "0".repeat(323) + "5", Numbers.format(Double.MIN_VALUE));
    }

    @Test
    void nonFiniteRejected() {
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> Numbers.format(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class,
                () -> Numbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void roundTripsWithoutExponent() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d)) {
                continue;
            }
            String text = Numbers.format(d);
            assertFalse(text.contains("E") || text.contains("e"), text);
            assertEquals(d == 0.0 ? 0.0 : d, Double.parseDouble(text), text);
        }
    }

    @Test
    void sameResultOnAnyThread() {
        Random random = new Random(7);
        List<Double> values = IntStream.range(0, 5_000)
                .mapToObj(i -> random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10))
                .collect(Collectors.toList());
        List<String> sequential = values.stream().map(Numbers::format).toList();
        List<String> parallel = values.parallelStream().map(Numbers::format).toList();
        assertEquals(sequential, parallel);
    }
}

package org.highland.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathTest {
    @Test
    void parsesNamesAndIndexesAndRendersBothForms() {
        FieldPath path = FieldPath.parse("regions[1].costs.a/b");
        assertEquals(List.of("regions", 1, "costs", "a/b"), path.segments());
        assertEquals("regions[1].costs.a/b", path.dotted());
        assertEquals("/regions/1/costs/a~1b", path.pointer());
    }

    @Test
    void rootIsEmpty() {
        assertEquals(FieldPath.ROOT, FieldPath.parse(""));
        assertEquals("", FieldPath.ROOT.pointer());
    }

    @Test
    void syntaxErrorsCarryTheOffset() {
        assertEquals(2, assertThrows(FieldPath.SyntaxError.class, () -> FieldPath.steps("a..b")).offset());
        assertEquals(1, assertThrows(FieldPath.SyntaxError.class, () -> FieldPath.steps("a[x]")).offset());
        assertEquals(2, assertThrows(FieldPath.SyntaxError.class, () -> FieldPath.steps("a.")).offset());
    }

    @Test
    void suggestionsAllowOneTypoPerThreeLetters() {
        assertEquals("time", Wording.closest("tiem", List.of("seed", "time")).orElseThrow());
        assertEquals(true, Wording.closest("xyz", List.of("seed", "time")).isEmpty());
        assertEquals("0.000001", Wording.number(1e-6));
        assertEquals("12345678901.5", Wording.number(12345678901.5));
    }
}

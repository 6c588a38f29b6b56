package org.highland.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A scenario or experiment file without a name is named after its file, dots within the name kept. */
class FileStemTest {
    @Test
    void theNameLosesItsFolderAndItsEndingAlone() {
        assertEquals("my-variant", FileStem.of(Path.of("study", "my-variant.yaml")));
        assertEquals("zhejiang.rd.v2", FileStem.of(Path.of("zhejiang.rd.v2.yml")));
        assertEquals("plan", FileStem.of(Path.of("plan.json")));
        assertEquals("notes.txt", FileStem.of(Path.of("notes.txt")));
    }
}

package org.highland.scenario;

import java.nio.file.Path;

/**
 * What a scenario or experiment file that states no {@code name:} is named after: its file name
 * without the folder and without its .yaml, .yml or .json ending ({@code my.variant.yaml}:
 * {@code my.variant}).
 */
public final class FileStem {
    private FileStem() {
    }

    public static String of(Path file) {
        Path name = file.getFileName();
        return (name == null ? file.toString() : name.toString()).replaceFirst("\\.(ya?ml|json)$", "");
    }
}

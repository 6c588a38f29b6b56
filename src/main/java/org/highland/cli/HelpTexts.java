package org.highland.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adapts a shared option ({@link ScenarioOptions}) to a command whose behaviour differs from the
 * shared description, so that {@code --help} says what the command does: a command's model
 * transformer rewords the option, or drops it where it does not apply (passing it is then an
 * unknown option, exit 2, rather than silently ignored).
 */
final class HelpTexts {
    private HelpTexts() {
    }

    /** Replaces the description of {@code name}, keeping everything else of the option. */
    static void reword(CommandSpec spec, String name, String description) {
        OptionSpec old = spec.findOption(name);
        if (old == null) {
            throw new IllegalStateException(spec.name() + " has no option " + name);
        }
        spec.remove(old);
        spec.addOption(OptionSpec.builder(old).description(description).build());
    }

    /** Removes {@code name} from the command. */
    static void drop(CommandSpec spec, String name) {
        OptionSpec old = spec.findOption(name);
        if (old == null) {
            throw new IllegalStateException(spec.name() + " has no option " + name);
        }
        spec.remove(old);
    }
}

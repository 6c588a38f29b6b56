package org.highland.cli;

/**
 * {@code --top} of screen and sensitivity: how many factors to print per output. A negative
 * count printed no factor at all, with exit 0, as if the analysis had found none; it is refused
 * before any run, as other bad option values are.
 */
final class TopOption {
    private TopOption() {
    }

    /**
     * @param usual the command's default (its --top option's), given as the example
     * @throws BadInputException for a negative count
     */
    static void require(int top, String usual) {
        if (top < 0) {
            throw new BadInputException("--top " + top + ": expected the number of factors to print per output, 0 or"
                    + " more. Fix: e.g. --top " + usual + " (0 prints no factor).");
        }
    }
}

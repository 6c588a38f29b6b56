package org.highland.experiment.sensitivity;

/**
 * One thing an output's sample cannot support (or its size), in two lengths.
 *
 * @param text  the full sentence printed under the output's table and shown by {@code report}
 * @param brief a few words of it for the foot of the output's tornado chart, where a chart
 *              pasted into a slide must keep the caveat but has no room for the remedy
 */
public record SamplingNote(String text, String brief) {
}

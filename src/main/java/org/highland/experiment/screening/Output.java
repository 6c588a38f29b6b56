package org.highland.experiment.screening;

import java.util.ArrayList;
import java.util.List;
import org.highland.run.Metric;
import org.highland.run.Metrics;

/**
 * A quantity whose policy effect a screen tracks: one metric in one area and year.
 *
 * @param metric metric name, e.g. {@code biomedicine_industrial_output}
 * @param area   area key, e.g. {@code Zhejiang}
 * @param year   calendar year
 */
public record Output(String metric, String area, int year) {
    /** The unit of the metric, as summary.csv names it. */
    public String unit() {
        return unitOf(metric);
    }

    /** The unit of a recorded metric ({@code policy_outlay.<name>}, {@code policy_shortfall.<name>}: million yuan). */
    public static String unitOf(String metric) {
        Metric perPolicy = Metrics.perPolicy(metric);
        if (perPolicy != null) {
            return perPolicy.unit();
        }
        return Metrics.REGION.stream().filter(m -> m.name().equals(metric)).map(Metric::unit).findFirst()
                .orElse("unit of " + metric);
    }

    /** {@code metric:area:year}, as written on the command line and in screening.csv. */
    public String label() {
        return metric + ":" + area + ":" + year;
    }

    /**
     * Parses {@code metric:area:year,...}; an area may hold {@code /} and {@code :} (e.g.
     * {@code Zhejiang/city:Hangzhou}), so the metric is before the first colon and the year after
     * the last.
     *
     * @throws IllegalArgumentException naming the malformed item
     */
    public static List<Output> parseList(String text) {
        List<Output> outputs = new ArrayList<>();
        for (String item : text.split(",")) {
            String s = item.strip();
            int first = s.indexOf(':');
            int last = s.lastIndexOf(':');
            if (first <= 0 || last <= first + 1 || last == s.length() - 1) {
                throw new IllegalArgumentException("'" + s + "': expected metric:area:year");
            }
            try {
                outputs.add(new Output(s.substring(0, first), s.substring(first + 1, last),
                        Integer.parseInt(s.substring(last + 1))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "': the year after the last ':' must be a number");
            }
        }
        return outputs;
    }
}

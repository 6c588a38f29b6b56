package org.highland.experiment.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.highland.run.Metrics;

/**
 * Joins baseline-figures.csv (what the documents say) with targets.csv (how the model produces
 * it). Every figure needs exactly one row in targets.csv whose {@code target_id} is the figure's id:
 * {@code modelled} with its metric, area, derivation, tolerance and loss weight, or
 * {@code not_modelled} with a reason. A figure may have further modelled rows under new ids that
 * name it in {@code figure_id} (the flow bounds of the Table 2 cumulative counts). Values and units
 * come only from the figures file, so a target can never drift from its source; so do relations,
 * except where the derivation implies one ({@link Derivation#impliedRelation}: a flow_since row is
 * always "at most" its figure).
 */
public final class Targets {
    public static final String FIGURES = "highland/baseline-figures.csv";
    /** Figures from outside the seed documents, each with its source; read after {@link #FIGURES}. */
    public static final String EXTERNAL_FIGURES = "highland/external-figures.csv";
    public static final String MAPPING = "highland/targets.csv";

    private Targets() {
    }

    /** The built-in targets, in the order of baseline-figures.csv, then external-figures.csv. */
    public static List<Target> load() {
        try (Reader figures = new StringReader(figuresText()); Reader mapping = resource(MAPPING)) {
            return parse(figures, mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The six headline figures of the model brief, at most. */
    public static final int MAX_HEADLINE = 6;

    /** Only the modelled targets. */
    public static List<Target> modelled(List<Target> all) {
        return all.stream().filter(Target::modelled).toList();
    }

    /**
     * Parses and joins the two files.
     *
     * @throws IllegalArgumentException naming the id when a figure has no mapping row or several,
     *                                  a mapping names an unknown figure, a policy or target row
     *                                  is modelled, or a modelled row is incomplete
     */
    public static List<Target> parse(Reader figures, Reader mapping) throws IOException {
        Map<String, Map<String, String>> primary = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> extra = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Map<String, String> row : rows(mapping)) {
            String id = row.get("target_id");
            if (!ids.add(id)) {
                throw new IllegalArgumentException(MAPPING + ": target " + id + " is listed twice");
            }
            String figureId = figureId(row);
            if (figureId.equals(id)) {
                primary.put(id, row);
            } else {
                extra.computeIfAbsent(figureId, k -> new ArrayList<>()).add(row);
            }
        }
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : rows(figures)) {
            Figure figure = figure(row);
            seen.add(figure.id());
            Map<String, String> m = primary.get(figure.id());
            if (m == null) {
                throw new IllegalArgumentException(MAPPING + ": no row for figure " + figure.id()
                        + "; add it as modelled (metric, area, ...) or not_modelled with a reason");
            }
            targets.add(target(figure, m));
            for (Map<String, String> e : extra.getOrDefault(figure.id(), List.of())) {
                targets.add(extraTarget(figure, e));
            }
        }
        for (String id : primary.keySet()) {
            if (!seen.contains(id)) {
                throw new IllegalArgumentException(MAPPING + ": " + id + " is not a figure of " + FIGURES);
            }
        }
        for (Map.Entry<String, List<Map<String, String>>> e : extra.entrySet()) {
            String target = e.getValue().get(0).get("target_id");
            if (!seen.contains(e.getKey())) {
                throw new IllegalArgumentException(MAPPING + ": " + target + " names figure " + e.getKey()
                        + ", which is not a figure of " + FIGURES);
            }
            for (Map<String, String> row : e.getValue()) {
                if (seen.contains(row.get("target_id"))) {
                    throw new IllegalArgumentException(MAPPING + ": " + row.get("target_id") + " is the id of a"
                            + " figure; a row naming another figure (" + e.getKey() + ") needs a new target_id");
                }
            }
        }
        long headline = targets.stream().filter(t -> t.modelled() && t.mapping().headline()).count();
        if (headline > MAX_HEADLINE) {
            throw new IllegalArgumentException(MAPPING + ": " + headline + " headline targets; the model brief names "
                    + MAX_HEADLINE + " (Zhejiang output 2020 and its growth, Jiangsu output 2020, R&D intensity,"
                    + " drug and clinical approvals 2021)");
        }
        return targets;
    }

    /** The figure_id column, or the target_id when it is empty or absent. */
    private static String figureId(Map<String, String> row) {
        String f = row.get("figure_id");
        return f == null || f.isBlank() ? row.get("target_id") : f.strip();
    }

    /**
     * A second target of a figure, under its own id: value, unit and source stay the figure's;
     * the relation is the one its derivation implies (a flow since the base year is at most a
     * cumulative count), or else the figure's.
     */
    private static Target extraTarget(Figure figure, Map<String, String> m) {
        String id = m.get("target_id");
        if (!"modelled".equals(m.getOrDefault("status", ""))) {
            throw new IllegalArgumentException(MAPPING + ": " + id + " names figure " + figure.id()
                    + " and must be modelled (only a figure's own row can say not_modelled)");
        }
        Relation relation = figure.relation();
        try {
            Relation implied = Derivation.parse(m.get("derived")).impliedRelation();
            if (implied == Relation.LE && figure.relation() == Relation.GE) {
                throw new IllegalArgumentException("figure " + figure.id() + " is a lower bound ('more than'),"
                        + " which bounds no flow from above");
            }
            relation = implied != null ? implied : relation;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(MAPPING + ": " + id + ": " + e.getMessage(), e);
        }
        Figure renamed = new Figure(id, figure.region(), figure.scope(), figure.metric(), figure.year(),
                figure.value(), figure.unit(), relation, figure.source());
        return target(renamed, figure.id(), m);
    }

    private static Target target(Figure figure, Map<String, String> m) {
        return target(figure, figure.id(), m);
    }

    private static Target target(Figure figure, String figureId, Map<String, String> m) {
        String status = m.getOrDefault("status", "");
        String reason = m.getOrDefault("reason", "");
        if (status.equals("not_modelled")) {
            if (reason.isBlank()) {
                throw new IllegalArgumentException(MAPPING + ": " + figure.id() + " is not_modelled without a reason");
            }
            return new Target(figure, null, reason);
        }
        if (!status.equals("modelled")) {
            throw new IllegalArgumentException(MAPPING + ": " + figure.id() + ": status '" + status
                    + "', expected modelled or not_modelled");
        }
        if (figure.scope().equals("policy") || figure.scope().equals("target")) {
            throw new IllegalArgumentException(MAPPING + ": " + figure.id() + " has scope " + figure.scope()
                    + ": policy inputs and government goals are never targets");
        }
        try {
            Derivation derived = Derivation.parse(m.get("derived"));
            int year = Integer.parseInt(m.get("year"));
            if (year != figure.year()) {
                throw new IllegalArgumentException("year " + year + " differs from the figure's " + figure.year());
            }
            if (derived == Derivation.FLOW_SINCE && figureId.equals(figure.id())) {
                throw new IllegalArgumentException("flow_since compares a flow with another figure's cumulative"
                        + " count: give the row a new target_id and name the figure in figure_id");
            }
            if (derived == Derivation.FLOW_SINCE && !isFlow(m.get("metric"))) {
                throw new IllegalArgumentException("flow_since needs a yearly flow metric, not " + m.get("metric"));
            }
            TargetMapping mapping = new TargetMapping(require(m, "metric"), require(m, "area"), year, derived,
                    derived == Derivation.CAGR || derived == Derivation.FLOW_SINCE
                            ? Integer.parseInt(m.get("base_year")) : 0,
                    derived == Derivation.RATIO ? require(m, "ref_area") : "",
                    Double.parseDouble(m.get("tolerance")), Double.parseDouble(m.get("weight")),
                    Boolean.parseBoolean(m.get("headline")), Basis.parse(m.get("basis")), figureId);
            if (!(mapping.tolerance() > 0) || mapping.weight() < 0) {
                throw new IllegalArgumentException("tolerance must be > 0 and weight >= 0");
            }
            if (mapping.headline() && mapping.basis() == Basis.IDENTITY) {
                throw new IllegalArgumentException("an identity cannot be a headline figure (it checks the solver,"
                        + " not the model); set headline false or give the figure another basis");
            }
            return new Target(figure, mapping, reason);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(MAPPING + ": " + figure.id() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isFlow(String metric) {
        return Metrics.REGION.stream().anyMatch(x -> x.name().equals(metric) && x.flow());
    }

    private static String require(Map<String, String> m, String column) {
        String v = m.get(column);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return v;
    }

    private static Figure figure(Map<String, String> row) {
        return new Figure(row.get("id"), row.get("region"), row.get("scope"), row.get("metric"),
                Integer.parseInt(row.get("year")), Double.parseDouble(row.get("value")), row.get("unit"),
                Relation.parse(row.get("relation")), row.get("source"));
    }

    static List<Map<String, String>> rows(Reader in) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
            return it.readAll();
        }
    }

    /** Both figure files as one table: the external file's comments and header dropped. */
    private static String figuresText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (BufferedReader seed = new BufferedReader(resource(FIGURES));
             BufferedReader external = new BufferedReader(resource(EXTERNAL_FIGURES))) {
            seed.lines().forEach(l -> text.append(l).append('\n'));
            String header = null;
            for (String line : (Iterable<String>) external.lines()::iterator) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    continue;
                }
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    private static Reader resource(String name) {
        InputStream in = Targets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}

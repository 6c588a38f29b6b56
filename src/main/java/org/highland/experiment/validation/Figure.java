package org.highland.experiment.validation;

/**
 * One row of baseline-figures.csv: a figure the documents publish.
 *
 * @param id       unique id
 * @param region   province the figure belongs to
 * @param scope    province, city:..., park:..., policy or target
 * @param metric   the documents' quantity
 * @param year     year the figure refers to
 * @param value    the published value
 * @param unit     its unit
 * @param relation eq, approx, ge ("more than") or le ("less than")
 * @param source   seed file and section
 */
public record Figure(String id, String region, String scope, String metric, int year, double value,
                     String unit, Relation relation, String source) {
}

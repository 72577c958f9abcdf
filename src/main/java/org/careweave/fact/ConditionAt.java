package org.careweave.fact;

/**
 * One of the case's {@code conditions[]} with its place in the case, for a rule whose alert names the condition by
 * its JSON pointer rather than by its diagnosis ({@code Condition}, the case's own record, has no place). The engine
 * puts one in per condition, beside the {@code Condition} itself.
 *
 * @param ref      the condition's JSON pointer, {@code /conditions/0}
 * @param code     its ICD-10-CM code, or null when the case gives none
 * @param category its condition category (conditions.csv)
 */
public record ConditionAt(String ref, String code, String category) {}

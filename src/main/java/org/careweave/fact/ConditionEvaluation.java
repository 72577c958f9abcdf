package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/condition-evaluations.csv}: a published guideline calls for an
 * evaluation by {@code discipline} when a patient has condition {@code category}; {@code source} names it.
 */
public record ConditionEvaluation(String category, String discipline, String source) {}

package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/condition-interventions.csv}: a code {@code discipline} adds for a
 * problem it leads when the patient has condition {@code category}; {@code target} is an area or an area domain.
 */
public record ConditionIntervention(String category, String target, String discipline, String code, String source) {}

package org.careweave.fact;

/** Reference row from {@code rules/tables/conditions.csv}: a condition category a case may name, and its label. */
public record ConditionInfo(String category, String label) {}

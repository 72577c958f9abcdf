package org.careweave.fact.billing;

/**
 * Reference row from {@code rules/tables/thresholds.csv}: a yearly dollar amount per Medicare therapy category
 * ({@code kind} is {@code kx} or {@code medical-review}).
 */
public record Threshold(String kind, int year, double amount, String source) {}

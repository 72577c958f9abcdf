package org.careweave.fact.billing;

/** Reference row from {@code rules/tables/fees.csv}: an allowed amount per unit of a billed code. */
public record Fee(String code, double amount, String source) {}

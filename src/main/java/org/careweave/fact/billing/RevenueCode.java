package org.careweave.fact.billing;

/** Reference row from {@code rules/tables/revenue-codes.csv}: the UB-04 revenue code of a discipline's lines. */
public record RevenueCode(String discipline, String revenue, String source) {}

package org.careweave.fact;

/** Reference row from {@code rules/tables/prior-function-levels.csv}: the Section GG level (1-6) a CMS GG0100 answer stands for. */
public record PriorFunctionLevel(String value, int level) {}

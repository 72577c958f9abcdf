package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/areas.csv}: how an area reads in a plan and how its findings are
 * scored. {@code scale} is {@code gg} (Section GG 1-6), a named score scale, or {@code presence}.
 */
public record AreaInfo(String area, String label, String domain, String scale) {}

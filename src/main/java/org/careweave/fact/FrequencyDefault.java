package org.careweave.fact;

/** Reference row from {@code rules/tables/frequency.csv}: a discipline's usual visits per week and weeks. */
public record FrequencyDefault(String setting, String discipline, int visitsPerWeek, int weeks, String source) {}

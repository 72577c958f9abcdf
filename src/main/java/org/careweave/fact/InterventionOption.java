package org.careweave.fact;

/** Reference row from {@code rules/tables/interventions.csv}: a code a discipline may use for an area. */
public record InterventionOption(String area, String discipline, String code) {}

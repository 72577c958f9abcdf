package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/interventions.csv}: a code a discipline may use for an area, for the
 * area's usual meaning ({@code nature} null) or for a finding of that nature only (FindingNature: sensory modulation
 * in autism is treated with sensory integrative techniques, not neuromuscular re-education).
 *
 * @param area       the area
 * @param discipline the discipline
 * @param code       the CPT/HCPCS code
 * @param nature     the finding's nature the row is for, or null
 */
public record InterventionOption(String area, String discipline, String code, String nature) {}

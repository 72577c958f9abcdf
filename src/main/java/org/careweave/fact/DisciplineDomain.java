package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/discipline-domains.csv}: an area domain (areas.csv {@code domain}) whose
 * findings tell whether a discipline's part of the patient was assessed.
 */
public record DisciplineDomain(String discipline, String domain, String source) {}

package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/discipline-domains.csv}: an area domain (areas.csv {@code domain}) whose
 * findings tell whether a discipline's part of the patient was assessed. With a {@code scale}, only a score on that
 * standard test counts (a Berg Balance Scale score is PT's balance assessment, while a body-function finding without
 * it assesses neither discipline); without one, every finding in the domain does.
 *
 * @param discipline the discipline, {@code pt} or {@code ot}
 * @param domain     the area domain, as in {@code areas.csv}
 * @param source     where the row's knowledge comes from
 * @param scale      the standard test whose score counts, or null for every finding of the domain
 */
public record DisciplineDomain(String discipline, String domain, String source, String scale) {}

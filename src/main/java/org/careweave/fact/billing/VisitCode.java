package org.careweave.fact.billing;

/**
 * Reference row from {@code rules/tables/visit-codes.csv}: the home health visit code (G0151...) for a discipline's
 * visit by a therapist ({@code assistant} false) or an assistant.
 */
public record VisitCode(String discipline, boolean assistant, String code, String source) {}

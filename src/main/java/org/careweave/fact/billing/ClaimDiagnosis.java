package org.careweave.fact.billing;

/**
 * An ICD-10-CM code every claim line points to, {@code position} 0 for the primary (the case's first condition
 * with a code). Read by the plan.
 */
public record ClaimDiagnosis(String code, int position) {}

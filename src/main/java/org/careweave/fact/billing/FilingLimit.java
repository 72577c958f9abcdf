package org.careweave.fact.billing;

/**
 * Reference row from {@code rules/tables/filing-limits.csv}: a payer programme's time limit for filing a claim,
 * counted from the date of service (Medicare: no later than 12 months after it, 42 CFR 424.44). A visit dated more
 * than {@code months} months before the plan's as-of date gets a {@code timely-filing} warning
 * (rules/billing/dates.drl).
 *
 * @param payerKind the contract's payer kind (payers.csv), e.g. {@code medicare-part-b}
 * @param months    the filing limit in whole months after the date of service (at least 1)
 * @param source    the reference
 */
public record FilingLimit(String payerKind, int months, String source) {}

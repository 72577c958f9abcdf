package org.careweave.fact.billing;

/**
 * The allowed amount a billed line adds to a Medicare therapy threshold category in a year. {@code order} sorts
 * lines in billing order (date, discipline, code) so running totals are well defined. Not inserted: the rule that
 * keeps the running totals ({@code rules/billing/threshold.drl}) makes one per billed line in its collect and
 * hands the list to {@link BillingMath#runningTotals}.
 */
public record LineAllowed(Line line, String category, int year, String order, double amount) {}

package org.careweave.fact.billing;

/**
 * A discipline's share of its own co-treated minutes on a date (see {@link BillingMath#keptMinutes}).
 *
 * @param kept     the minutes it keeps of its co-treated timed services
 * @param total    those services' net minutes together
 * @param leftover how many services keep one minute more than their proportional floor
 */
public record KeptMinutes(int kept, int total, int leftover) {}

package org.careweave.fact.billing;

import java.time.LocalDate;

/**
 * A threshold category's allowed amount for the year before the first and after the last billed line of one date of
 * service: the running totals of the date summed up once, so that the per-date KX checks match one fact per date
 * instead of comparing each line's total with every other of its date.
 *
 * @param category the threshold category ({@code pt-slp}, {@code ot})
 * @param year     the calendar year of the date
 * @param date     the date of service
 * @param before   the lowest running total before a line of the date (before its first line)
 * @param after    the highest running total after a line of the date (after its last line)
 */
public record DateTotal(String category, int year, LocalDate date, double before, double after) {}

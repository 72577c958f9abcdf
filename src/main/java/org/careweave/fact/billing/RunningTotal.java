package org.careweave.fact.billing;

/** A threshold category's allowed amount for the year before and after a billed line, in billing order. */
public record RunningTotal(Line line, String category, int year, double before, double after) {}

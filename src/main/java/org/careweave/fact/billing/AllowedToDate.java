package org.careweave.fact.billing;

/** Allowed amounts already incurred in a threshold category and year before this claim. */
public record AllowedToDate(String category, int year, double amount) {}

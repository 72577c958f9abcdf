package org.careweave.fact.billing;

/**
 * The code a delivered code is billed under for the case's payer: itself ({@code because} null), or the payer's
 * own code for the same service (Medicare pays 97014 as G0283: {@code because} says so). A service's minutes join
 * the line of the code it is billed under, so a date's services that the payer pays under one code make one line.
 */
public record BilledCode(String code, String billedAs, String because) {}

package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/** The fee per unit (US dollars) a line's charge is computed from, and where it comes from. Read by the plan. */
public record LineFee(Line line, double perUnit, String because) implements Explained {}

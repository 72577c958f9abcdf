package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/** A line that is not paid: it stays on the claim with 0 units. */
public record LineDenied(Line line, String because) implements Explained {}

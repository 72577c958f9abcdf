package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/** The units a line bills before any denial. */
public record LineUnits(Line line, int units, String because) implements Explained {}

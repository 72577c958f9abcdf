package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/** A modifier a line carries. */
public record LineModifier(Line line, String modifier, String because) implements Explained {}

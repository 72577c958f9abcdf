package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/** Something a biller must know about a line (a suggested modifier, a payment reduction). */
public record LineNote(Line line, String because) implements Explained {}

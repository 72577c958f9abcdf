package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/** The code a line is billed under: its delivered code, or the payer's equivalent ({@code because} says so). */
public record LineCode(Line line, String code, String because) implements Explained {}
